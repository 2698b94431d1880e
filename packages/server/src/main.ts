import pino from 'pino';
import { createApp } from './app';
import { prepareAccounts, prepareDatabase } from './bootstrap';
import { ConfigError, describeConfig, loadConfig } from './config';
import { ensureWebBuild } from './web-build';

/** Starts the whole platform: database, web build, HTTP server. */
export async function main(): Promise<void> {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const log = pino({ level: config.logLevel });
  log.info({ config: describeConfig(config) }, 'starting Frontrunner');
  const handle = await prepareDatabase(config, log);
  await prepareAccounts(handle, config, log);
  await ensureWebBuild(config.webDist, log);
  const app = await createApp({
    db: handle.db,
    dialect: handle.dialect,
    webDist: config.webDist,
    logger: { level: config.logLevel },
    publicUrl: config.publicUrl,
    secureCookies: config.secureCookies,
    demo: config.demo,
    trustProxy: config.trustProxy,
  });
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
    await handle.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  log.info(
    { ms: Math.round(performance.now() - started) },
    `Frontrunner is ready on http://${shown}:${config.port}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `Frontrunner failed to start: ${err instanceof Error ? err.stack : String(err)}\n`,
    );
    process.exit(1);
  });
}
