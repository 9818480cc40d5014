export * from './example-stages';
export * from './example-entries';
