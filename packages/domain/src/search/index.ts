export * from './segment';
export * from './typo';
export * from './query';
export * from './highlight';
export * from './facets';
