export * from './commune-deadlines';
export * from './deadline';
export * from './legal-deadlines';
