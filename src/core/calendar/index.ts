export * from './anniversaries';
export * from './calendar-validation';
export * from './iso-date';
export * from './national-days';
export * from './phase-suggestions';
