export * from './city';
export * from './city-slugs';
export * from './country';
export * from './distance';
export * from './merge-city-registries';
export * from './name-similarity';
export * from './city-corrections';
export * from './country-names';
