import { resolve } from 'node:path';
import type { DatabaseConfig } from '@frontrunner/db';

/** Everything the server is configured with, read once from the environment. */
export interface Config {
  /** TCP port to listen on. */
  readonly port: number;
  /** Address to bind. */
  readonly host: string;
  readonly database: DatabaseConfig;
  /** Where the built web app lives. */
  readonly webDist: string;
  /** Log level for pino. */
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** True behind TLS (cookies get `Secure`). */
  readonly secureCookies: boolean;
  /** Seed demo users and content; marked as demo everywhere. */
  readonly demo: boolean;
  /** Base URL the web app is reached at, for links in emails (no trailing slash). */
  readonly publicUrl: string;
  /**
   * Whose X-Forwarded-For to believe for the client address (rate limits and lockout use it):
   * `loopback` (a proxy on this host, the default), an address or CIDR list, true or false.
   */
  readonly trustProxy: boolean | string;
}

/** Thrown with every configuration problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The repository root, from this file's place in it. */
export const REPOSITORY_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Reads and validates the configuration. The only reader of `process.env` in the product.
 * Variables: PORT, HOST, DATABASE_URL (postgres://…), FRONTRUNNER_DB (SQLite file),
 * LOG_LEVEL, FRONTRUNNER_SECURE_COOKIES, FRONTRUNNER_DEMO (or the `--demo` argument),
 * FRONTRUNNER_WEB_DIST, FRONTRUNNER_PUBLIC_URL, FRONTRUNNER_TRUST_PROXY.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): Config {
  const problems: string[] = [];
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be 0–65535, got "${env.PORT}"`);
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  let database: DatabaseConfig;
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      problems.push('DATABASE_URL must start with postgres:// or postgresql://');
    database = { dialect: 'postgres', url };
  } else {
    database = {
      dialect: 'sqlite',
      file: resolve(env.FRONTRUNNER_DB ?? resolve(REPOSITORY_ROOT, 'data/frontrunner.db')),
    };
  }
  const publicUrl = (env.FRONTRUNNER_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl))
    problems.push('FRONTRUNNER_PUBLIC_URL must be an http:// or https:// URL');
  const proxy = env.FRONTRUNNER_TRUST_PROXY?.trim() || 'loopback';
  const trustProxy = ['1', 'true', 'yes'].includes(proxy)
    ? true
    : ['0', 'false', 'no'].includes(proxy)
      ? false
      : proxy;
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host: env.HOST ?? '0.0.0.0',
    database,
    webDist: resolve(env.FRONTRUNNER_WEB_DIST ?? resolve(REPOSITORY_ROOT, 'packages/web/dist')),
    logLevel,
    secureCookies: flag(env.FRONTRUNNER_SECURE_COOKIES),
    demo: flag(env.FRONTRUNNER_DEMO) || argv.includes('--demo'),
    publicUrl,
    trustProxy,
  });
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}

/** The configuration with secrets removed, safe to log. */
export function describeConfig(config: Config): Record<string, unknown> {
  const database =
    config.database.dialect === 'sqlite'
      ? { dialect: 'sqlite', file: config.database.file }
      : { dialect: 'postgres', url: config.database.url.replace(/\/\/([^@/]*)@/, '//***@') };
  return {
    port: config.port,
    host: config.host,
    database,
    logLevel: config.logLevel,
    demo: config.demo,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
  };
}
