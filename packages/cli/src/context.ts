import type { DatabaseHandle } from '@frontrunner/db';
import { loadConfig, prepareDatabase, type Config } from '@frontrunner/server';
import pino from 'pino';

/** Exit codes that follow the error code of the failure. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  validation: 4,
  conflict: 5,
  forbidden: 6,
  config: 78,
} as const;

/** Writes a human message to stderr (stdout is for data). */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Writes data to stdout: JSON when asked, else the given text. */
export function output(data: unknown, asJson: boolean, text: () => string): void {
  process.stdout.write(asJson ? `${JSON.stringify(data, null, 2)}\n` : `${text()}\n`);
}

/** Opens the configured database, migrated and seeded, runs `work`, and closes it. */
export async function withDatabase<T>(
  work: (handle: DatabaseHandle, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const log = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const handle = await prepareDatabase(config, log);
  try {
    return await work(handle, config);
  } finally {
    await handle.destroy();
  }
}
