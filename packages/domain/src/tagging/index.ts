export * from './keyword-system';
export * from './normalise';
export * from './tagger';
export * from './evaluation';
export * from './evaluation-report';
