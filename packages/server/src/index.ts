export { createApp, CONTENT_SECURITY_POLICY, type AppDeps } from './app';
export { loadConfig, describeConfig, ConfigError, REPOSITORY_ROOT, type Config } from './config';
export { prepareDatabase } from './bootstrap';
export { ensureWebBuild } from './web-build';
export { main } from './main';
