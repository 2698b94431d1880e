export * from './observation';
export * from './text-safety';
export * from './review';
