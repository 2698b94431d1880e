import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { REPOSITORY_ROOT } from './config';

/** What the web build is made from: when any of it is newer than the build, it is rebuilt. */
const WEB_SOURCES = [
  'packages/web/src',
  'packages/web/public',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/web/vite-precompress.ts',
  'packages/domain/src',
];

/** Latest modification time (ms) of a file or of every file below a folder; 0 when absent. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether `dist` lacks a build, or holds one older than the web app's sources (after a pull). */
export function webBuildIsStale(dist: string): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return true;
  const sources = Math.max(...WEB_SOURCES.map((p) => newestMtime(join(REPOSITORY_ROOT, p))));
  return sources > statSync(index).mtimeMs;
}

/**
 * Builds the web app with Vite into `dist` when it is missing or older than its sources, so
 * `npm start` is enough on a fresh clone and after every pull.
 */
export async function ensureWebBuild(dist: string, log: Logger): Promise<void> {
  if (!webBuildIsStale(dist)) return;
  log.info({ dist }, 'building the web app…');
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'npm',
      [
        'run',
        'build',
        '--workspace',
        '@frontrunner/web',
        '--silent',
        '--',
        '--outDir',
        dist,
        '--emptyOutDir',
      ],
      { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed with exit code ${code}`)),
    );
  });
  log.info({ ms: Math.round(performance.now() - started) }, 'web app built');
}
