import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSION_THRESHOLD } from '../src/compression';
import { buildTestApp } from './test-app';

/** A built web app in miniature: index.html and a hashed chunk with their siblings, a favicon. */
function buildDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'fr-web-'));
  mkdirSync(join(dist, 'assets'));
  const chunk = Array.from({ length: 400 }, (_, i) => `export const v${i} = ${i};`).join('\n');
  const index = `<!doctype html><html><head><title>Frontrunner</title></head><body><div id="root">${'<span></span>'.repeat(100)}</div></body></html>`;
  for (const [file, content] of [
    ['assets/index-abc123.js', chunk],
    ['index.html', index],
  ] as const) {
    writeFileSync(join(dist, file), content);
    writeFileSync(join(dist, `${file}.br`), brotliCompressSync(content));
    writeFileSync(join(dist, `${file}.gz`), gzipSync(content));
  }
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

const chromiumMissing = existsSync('/usr/bin/chromium')
  ? undefined
  : 'Chromium not found at /usr/bin/chromium: the PDF check is skipped';

let t: Awaited<ReturnType<typeof buildTestApp>>;
const dist = buildDist();
beforeAll(async () => {
  t = await buildTestApp({ webDist: dist });
});
afterAll(async () => t.close());

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('the web app’s files', () => {
  it('come as the brotli file the build wrote, with Vary and a year’s immutable cache, to a client that accepts brotli', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.equals(readFileSync(join(dist, 'assets/index-abc123.js.br')))).toBe(true);
  });

  it('come as the gzip file to a client that accepts only gzip', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toBe(
      readFileSync(join(dist, 'assets/index-abc123.js'), 'utf8'),
    );
  });

  it('come plain, still varying on Accept-Encoding, to a client that accepts no compression', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe(readFileSync(join(dist, 'assets/index-abc123.js'), 'utf8'));
  });

  it('come plain when the build wrote no compressed sibling, cached for an hour outside assets/', async () => {
    const res = await get('/favicon.svg', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.body).toContain('<svg');
  });

  it('answer a client-side route with index.html, compressed and revalidated each time', async () => {
    for (const url of ['/', '/cities/battambang?tab=data']) {
      const res = await get(url, 'br');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString()).toContain('<div id="root">');
    }
    const plain = await get('/cities/battambang');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('<div id="root">');
  });

  it('answer 404 for a missing file and leave unknown API paths to the API', async () => {
    expect((await get('/assets/missing-abc.js', 'br')).statusCode).toBe(404);
    const api = await get('/api/v1/nothing-here', 'br');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/json');
  });
});

describe('the API’s answers', () => {
  it('come compressed as the client prefers when large, and decode to the same JSON', async () => {
    const plain = await get('/api/v1/countries/outlines');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    expect(plain.rawPayload.length).toBeGreaterThan(100_000);

    const br = await get('/api/v1/countries/outlines', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=3600');
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await get('/api/v1/cities?limit=100', 'br;q=0.5, gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const cities = await get('/api/v1/cities?limit=100');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(cities.json());
  });

  it('come plain when small, or when the client refuses every encoding', async () => {
    const small = await get('/api/v1/countries/KHM', 'br, gzip');
    expect(small.statusCode).toBe(200);
    expect(small.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD);
    expect(small.headers['content-encoding']).toBeUndefined();
    const refused = await get('/api/v1/countries/outlines', 'br;q=0, gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.json()).toHaveProperty('type');
  });

  it('leave a data zip as it is', async () => {
    const res = await get('/api/v1/asean/report.zip', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.skipIf(chromiumMissing)('leave a PDF as it is: it is compressed already', async () => {
    const res = await get('/api/v1/cities/battambang/report.pdf', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
