export * from './award-spread';
export * from './dashboard';
export * from './review-figures';
