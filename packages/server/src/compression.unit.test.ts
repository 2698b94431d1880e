import Fastify from 'fastify';
import { Readable } from 'node:stream';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  carriesSecret,
  chooseEncoding,
  etagForCompressed,
  installCompression,
  isCompressibleType,
} from './compression';

describe('choosing an encoding from Accept-Encoding', () => {
  it('prefers brotli, then gzip, and answers nothing without a header', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding('')).toBeUndefined();
  });

  it('follows quality values, treats * as any other encoding and q=0 as a refusal', () => {
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('br;q=0, *;q=0.3')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('GZIP;Q=1')).toBe('gzip');
  });
});

describe('what is worth compressing', () => {
  it('is JSON, GeoJSON, HTML, CSV, XML and SVG', () => {
    for (const type of [
      'application/json; charset=utf-8',
      'application/geo+json',
      'text/html; charset=utf-8',
      'text/csv',
      'application/xml',
      'image/svg+xml',
    ])
      expect(isCompressibleType(type), type).toBe(true);
  });

  it('is never a PDF, zip, image, event stream or an answer without a type', () => {
    for (const type of [
      'application/pdf',
      'application/zip',
      'image/png',
      'text/event-stream',
      'application/octet-stream',
      'application/jsonl-nope',
      undefined,
    ])
      expect(isCompressibleType(type), String(type)).toBe(false);
  });
});

describe('the ETag of a compressed answer', () => {
  it('becomes weak, since its bytes differ from the plain answer’s', () => {
    expect(etagForCompressed('"abc"')).toBe('W/"abc"');
    expect(etagForCompressed('W/"abc"')).toBe('W/"abc"');
  });
});

describe('the compression hook', () => {
  const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `city ${i}` })) };
  const app = Fastify();
  installCompression(app);
  app.get('/tagged', (_request, reply) => reply.header('etag', '"v1"').send(big));
  app.get('/public', (_request, reply) =>
    reply.header('cache-control', 'public, max-age=3600').send(big),
  );
  app.get('/stream', (_request, reply) =>
    reply.type('text/csv').send(Readable.from([JSON.stringify(big)])),
  );
  app.get('/small-file', (_request, reply) =>
    reply
      .type('text/css')
      .header('content-length', 14)
      .send(Readable.from(['body{margin:0}'])),
  );
  // A secret in the body (a CSRF token beside user input) must not be guessable by length.
  app.get('/secret', (_request, reply) =>
    reply.header('cache-control', 'private, no-store').send({ ...big, csrfToken: 's3cr3t' }),
  );
  app.get('/pdf', (_request, reply) =>
    reply.type('application/pdf').send(Buffer.from(`%PDF-${'x'.repeat(5000)}`)),
  );

  it('compresses a large JSON answer, weakens its ETag and keeps Vary', async () => {
    const res = await app.inject({ url: '/tagged', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['etag']).toBe('W/"v1"');
    expect(res.headers['vary']).toBe('accept-encoding');
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString())).toEqual(big);
    const plain = await app.inject({ url: '/tagged' });
    expect(plain.headers['etag']).toBe('"v1"');
    expect(plain.headers['vary']).toBe('accept-encoding');
  });

  it('compresses a public answer at brotli’s best quality once, and answers the kept bytes after', async () => {
    const best = brotliCompressSync(JSON.stringify(big), {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    const first = await app.inject({ url: '/public', headers: { 'accept-encoding': 'br' } });
    const again = await app.inject({ url: '/public', headers: { 'accept-encoding': 'br' } });
    expect(first.rawPayload.equals(best)).toBe(true);
    expect(again.rawPayload.equals(best)).toBe(true);
  });

  it('compresses a streamed export as it is written', async () => {
    const res = await app.inject({ url: '/stream', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBeUndefined();
    expect(JSON.parse(gunzipSync(res.rawPayload).toString())).toEqual(big);
  });

  it('leaves a PDF and a small file alone', async () => {
    for (const url of ['/small-file', '/pdf']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.headers['content-encoding'], url).toBeUndefined();
      expect(res.headers['vary'], url).toBeUndefined();
    }
  });

  it('leaves an answer marked no-store, which carries a secret, uncompressed (BREACH)', async () => {
    const res = await app.inject({ url: '/secret', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ csrfToken: 's3cr3t' });
  });
});

describe('answers that carry a secret', () => {
  it('are those whose Cache-Control says no-store, in any position or case', () => {
    const with_ = (value: string | string[] | undefined) => ({ getHeader: () => value });
    expect(carriesSecret(with_('no-store'))).toBe(true);
    expect(carriesSecret(with_('private, No-Store'))).toBe(true);
    expect(carriesSecret(with_(['private', 'no-store']))).toBe(true);
    expect(carriesSecret(with_('no-cache'))).toBe(false);
    expect(carriesSecret(with_('public, max-age=3600'))).toBe(false);
    expect(carriesSecret(with_(undefined))).toBe(false);
  });
});
