export * from './example-entries';
export * from './example-stages';
