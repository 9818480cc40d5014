export * from './movement-lifecycle';
export * from './movement-types';
export * from './national-movements';
export * from './registration';
export * from './registration-warnings';
