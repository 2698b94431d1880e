export * from './build-framework';
export * from './framework';
export * from './goal-colours';
export * from './language';
