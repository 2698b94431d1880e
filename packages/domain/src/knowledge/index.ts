export * from './case';
export * from './recommend';
