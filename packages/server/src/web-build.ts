import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { REPOSITORY_ROOT } from './config';

/** Builds the web app with Vite when `dist/index.html` is missing, so `npm start` is enough. */
export async function ensureWebBuild(dist: string, log: Logger): Promise<void> {
  if (existsSync(join(dist, 'index.html'))) return;
  log.info('building the web app (first start only)…');
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--workspace', '@frontrunner/web', '--silent'], {
      cwd: REPOSITORY_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed with exit code ${code}`)),
    );
  });
  log.info({ ms: Math.round(performance.now() - started) }, 'web app built');
}
