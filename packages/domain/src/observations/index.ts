export * from './observation';
export * from './text-safety';
