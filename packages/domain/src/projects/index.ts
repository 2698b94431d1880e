export * from './project';
export * from './benefit-profile';
