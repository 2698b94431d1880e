export * from './outline';
export * from './citation';
export * from './narrative';
export * from './report-document';
export * from './consultation';
