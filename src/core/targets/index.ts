export * from './target';
export * from './target-fields';
export * from './target-status';
export * from './target-validation';
export * from './targets-summary';
