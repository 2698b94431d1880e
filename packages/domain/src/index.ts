/**
 * The pure domain core of Frontrunner: model and rules, no I/O.
 * Each feature folder exports its public surface here.
 */
export * from './errors';
export * from './text/index';
export * from './framework/index';
export * from './geo/index';
export * from './interlinkages/index';
export * from './scoring/index';
export * from './observations/index';
export * from './capacity/index';
export * from './tagging/index';
export * from './projects/index';
export * from './search/index';
export * from './knowledge/index';
export * from './reports/index';
