import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PRECOMPRESS_THRESHOLD, precompressFolder } from './vite-precompress';

/** Text of about `bytes` bytes that compresses well, as a built chunk does. */
const text = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / 40) }, (_, i) => `export const value${i} = ${i};\n`)
    .join('')
    .slice(0, bytes);

describe('precompressing the web build', () => {
  it('writes brotli and gzip siblings that decode to the file, for text files of at least 1 kB only', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'fr-precompress-'));
    mkdirSync(join(dist, 'assets'));
    const chunk = text(20_000);
    writeFileSync(join(dist, 'assets', 'index-abc.js'), chunk);
    writeFileSync(join(dist, 'assets', 'index-abc.js.map'), text(20_000));
    writeFileSync(join(dist, 'assets', 'tiny-abc.js'), text(PRECOMPRESS_THRESHOLD - 1));
    writeFileSync(join(dist, 'index.html'), `<!doctype html>${text(3_000)}`);
    writeFileSync(join(dist, 'logo.png'), text(5_000));

    await precompressFolder(dist);

    const br = readFileSync(join(dist, 'assets', 'index-abc.js.br'));
    const gz = readFileSync(join(dist, 'assets', 'index-abc.js.gz'));
    expect(brotliDecompressSync(br).toString()).toBe(chunk);
    expect(gunzipSync(gz).toString()).toBe(chunk);
    expect(br.length).toBeLessThan(gz.length);
    expect(existsSync(join(dist, 'index.html.br'))).toBe(true);
    expect(existsSync(join(dist, 'assets', 'tiny-abc.js.br'))).toBe(false);
    expect(existsSync(join(dist, 'assets', 'index-abc.js.map.br'))).toBe(false);
    expect(existsSync(join(dist, 'logo.png.gz'))).toBe(false);
  });

  it('removes a stale sibling when the file no longer compresses', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'fr-precompress-'));
    writeFileSync(join(dist, 'app.js'), 'x');
    writeFileSync(join(dist, 'app.js.br'), 'from an older build');
    await precompressFolder(dist);
    expect(existsSync(join(dist, 'app.js.br'))).toBe(false);
  });
});
