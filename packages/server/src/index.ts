export { createApp, CONTENT_SECURITY_POLICY, type AppDeps } from './app';
export { loadConfig, describeConfig, ConfigError, REPOSITORY_ROOT, type Config } from './config';
export { prepareAccounts, prepareDatabase } from './bootstrap';
export { routePolicy, type RoutePolicy, type RequestAuth } from './auth/route-policy';
export { MissingRoutePolicyError, UNSAFE_METHODS } from './auth/auth.hooks';
export { ensureWebBuild } from './web-build';
export { main } from './main';
