export * from './rubric';
export * from './default-rubric';
export * from './readiness';
export * from './awareness';
export * from './competency';
export * from './learning-path';
export * from './attendance-reference';
export * from './graduation-reference';
