import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text the browser fetches (source maps are left to devtools). */
const TEXT_FILE = /\.(?:js|mjs|css|html|json|svg|geojson|webmanifest)$/;

/** Bytes: smaller files are served as they are (the same threshold as the API's answers). */
export const PRECOMPRESS_THRESHOLD = 1024;

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/** Every file below a folder (full paths). */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) beside one file, or
 * removes stale ones when the file is too small or compression would not make it smaller.
 */
async function precompressFile(file: string): Promise<void> {
  const content = await readFile(file);
  const siblings = [
    {
      path: `${file}.br`,
      make: () =>
        compressBrotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
    },
    { path: `${file}.gz`, make: () => compressGzip(content, { level: 9 }) },
  ];
  for (const { path, make } of siblings) {
    const compressed = content.length >= PRECOMPRESS_THRESHOLD ? await make() : undefined;
    if (compressed && compressed.length < content.length) await writeFile(path, compressed);
    else await rm(path, { force: true });
  }
}

/**
 * Gives every text file below `dir` its `.br` and `.gz` siblings (see {@link precompressFile}).
 *
 * @example await precompressFolder('packages/web/dist')
 */
export async function precompressFolder(dir: string): Promise<void> {
  const files = (await listFiles(dir)).filter((f) => TEXT_FILE.test(f));
  await Promise.all(files.map(precompressFile));
}

/**
 * Compresses the build's text files once, at the best settings, so the server sends them
 * without compressing per request (@fastify/static's `preCompressed`). Runs after Vite has
 * written everything, public files included, into the output folder.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'frontrunner:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => precompressFolder(outDir),
  };
}
