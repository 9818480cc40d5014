export * from './example-entries';
export * from './example-stages';
export * from './example-subjects';
