export * from './observation';
export * from './observation-record';
export * from './flags';
export * from './formula-text';
export * from './sdmx-vocabulary';
export * from './text-safety';
export * from './review';
