import type { FastifyInstance, FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { promisify } from 'node:util';
import {
  brotliCompress,
  constants,
  createBrotliCompress,
  createGzip,
  gzip,
  type BrotliCompress,
  type Gzip,
} from 'node:zlib';

/** The encodings the API compresses into, in the order preferred at equal quality. */
export type ContentEncoding = 'br' | 'gzip';

/** Bytes: smaller answers are sent as they are (a header and a round trip cost more). */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Text worth compressing: JSON (also `geo+json`), XML, HTML, CSV and other `text/*`, SVG.
 * Never `text/event-stream` (each event must reach the client when written), and never PDF,
 * zip or images, which are compressed already.
 */
const COMPRESSIBLE_TYPE =
  /^(?:application\/(?:[\w.-]+\+)?(?:json|xml)|text\/(?!event-stream)[\w.+-]+|image\/svg\+xml)\s*(?:;|$)/i;

/** Settings per answer: brotli 5 and gzip 6 take milliseconds even for the largest lists. */
const FAST = {
  br: brotliOptions(5),
  gzip: { level: 6 },
};
/**
 * Settings for public answers, compressed once and kept: brotli 11 makes the country outlines
 * a third smaller than brotli 5 (35 kB instead of 52 kB) but takes about 300 ms.
 */
const BEST = {
  br: brotliOptions(constants.BROTLI_MAX_QUALITY),
  gzip: { level: 9 },
};
/** Public answers kept compressed (the same for everyone, so safe to keep and to lose). */
const PUBLIC_CACHE_ENTRIES = 32;

function brotliOptions(quality: number) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  };
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/**
 * Whether a content type is text that compresses well.
 *
 * @example isCompressibleType('application/json; charset=utf-8') // true
 * @example isCompressibleType('application/pdf') // false
 */
export function isCompressibleType(contentType: string | undefined): boolean {
  return contentType !== undefined && COMPRESSIBLE_TYPE.test(contentType);
}

/**
 * The encoding to answer in for an `Accept-Encoding` header: the one with the highest quality
 * (`q`), brotli before gzip at equal quality; `*` stands for any not named; `q=0` refuses.
 *
 * @example chooseEncoding('gzip, deflate, br') // 'br'
 * @example chooseEncoding('br;q=0.5, gzip') // 'gzip'
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    if (name) quality.set(name, Number.isFinite(value) ? value : 0);
  }
  let chosen: ContentEncoding | undefined;
  let best = 0;
  for (const encoding of ['br', 'gzip'] as const) {
    const q = quality.get(encoding) ?? quality.get('*') ?? 0;
    if (q > best) [chosen, best] = [encoding, q];
  }
  return chosen;
}

/**
 * An ETag for the compressed answer: a strong one becomes weak, since the compressed bytes
 * differ from those it was computed for (what nginx does when it compresses).
 */
export function etagForCompressed(etag: string): string {
  return etag.startsWith('W/') ? etag : `W/${etag}`;
}

/** A reply header as one text, its values joined by commas; '' when it is not set. */
function headerText(reply: Pick<FastifyReply, 'getHeader'>, name: string): string {
  const value = reply.getHeader(name);
  return Array.isArray(value) ? value.join(', ') : (value?.toString() ?? '');
}

/** Whether an answer is marked `Cache-Control: no-store`, as those carrying a secret are. */
export function carriesSecret(reply: Pick<FastifyReply, 'getHeader'>): boolean {
  return /(^|[,\s])no-store($|[,\s])/i.test(headerText(reply, 'cache-control'));
}

/** An answer sent as a stream (a data export, a file). */
const isStream = (payload: unknown): payload is Readable =>
  typeof (payload as Readable | null)?.pipe === 'function';

/**
 * Whether an answer is one to compress at all (whatever the client accepts): text of at least
 * the threshold, by its length or by its `Content-Length` for a stream (a stream without one,
 * such as a data export, is taken to be large).
 */
function isCandidate(reply: FastifyReply, payload: unknown): payload is string | Buffer | Readable {
  const buffered = typeof payload === 'string' || Buffer.isBuffer(payload);
  if (!buffered && !isStream(payload)) return false;
  if (reply.statusCode === 204 || reply.statusCode === 206 || reply.statusCode === 304)
    return false;
  if (reply.hasHeader('content-encoding') || reply.hasHeader('content-range')) return false;
  // Answers that carry a secret (the session's CSRF token, a new API token) say `no-store`;
  // they stay uncompressed so their length cannot leak the secret (BREACH).
  if (carriesSecret(reply)) return false;
  const type = reply.getHeader('content-type');
  if (!isCompressibleType(typeof type === 'string' ? type : undefined)) return false;
  const length = buffered ? Buffer.byteLength(payload) : Number(reply.getHeader('content-length'));
  return Number.isNaN(length) || length >= COMPRESSION_THRESHOLD;
}

/** Appends `accept-encoding` to the reply's `Vary` header unless it is there already. */
export function varyOnAcceptEncoding(reply: FastifyReply): void {
  const value = headerText(reply, 'vary');
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  if (names.includes('accept-encoding') || names.includes('*')) return;
  reply.header('vary', value ? `${value}, accept-encoding` : 'accept-encoding');
}

/** Compressed answers by encoding and content digest, least recently used dropped first. */
type CompressedCache = Map<string, Promise<Buffer>>;

/** A buffered answer compressed on libuv's thread pool, at the given settings. */
function compress(
  payload: string | Buffer,
  encoding: ContentEncoding,
  settings: typeof FAST,
): Promise<Buffer> {
  return encoding === 'br'
    ? compressBrotli(payload, settings.br)
    : compressGzip(payload, settings.gzip);
}

/** A streamed answer compressed as it is written; an error in either stream ends both. */
function compressStream(payload: Readable, encoding: ContentEncoding): BrotliCompress | Gzip {
  const compressor = encoding === 'br' ? createBrotliCompress(FAST.br) : createGzip(FAST.gzip);
  pipeline(payload, compressor, () => {});
  return compressor;
}

/**
 * A public answer compressed at the best settings, once per content: concurrent requests for
 * the same answer share one compression.
 */
function compressPublic(
  payload: string | Buffer,
  encoding: ContentEncoding,
  cache: CompressedCache,
): Promise<Buffer> {
  const key = `${encoding}:${createHash('sha256').update(payload).digest('base64')}`;
  const kept = cache.get(key);
  if (kept) {
    cache.delete(key);
    cache.set(key, kept);
    return kept;
  }
  const body = compress(payload, encoding, BEST);
  cache.set(key, body);
  body.catch(() => cache.delete(key));
  if (cache.size > PUBLIC_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return body;
}

/** Whether an answer says any cache may keep it (`Cache-Control: public`). */
function isPublic(reply: FastifyReply): boolean {
  return /(?:^|,)\s*public\s*(?:,|$)/i.test(headerText(reply, 'cache-control'));
}

/**
 * Compresses text answers (the API's JSON, the printed reports' HTML, data exports in CSV and
 * JSON, IATI XML) of at least {@link COMPRESSION_THRESHOLD} bytes with brotli or gzip,
 * whichever the client prefers. The web app's files already have a `Content-Encoding` when
 * @fastify/static sends a precompressed sibling, and PDFs and zips are not text, so none is
 * compressed twice. Compression runs on libuv's thread pool, so a large answer does not block
 * other requests. Public answers (the country outlines) are compressed at the best settings
 * once and kept in memory.
 */
export function installCompression(app: FastifyInstance): void {
  const publicCache: CompressedCache = new Map();
  app.addHook('onSend', async (request, reply, payload) => {
    if (!isCandidate(reply, payload)) return payload;
    varyOnAcceptEncoding(reply);
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string') reply.header('etag', etagForCompressed(etag));
    reply.header('content-encoding', encoding);
    if (isStream(payload)) {
      reply.removeHeader('content-length');
      return compressStream(payload, encoding);
    }
    const body = isPublic(reply)
      ? await compressPublic(payload, encoding, publicCache)
      : await compress(payload, encoding, FAST);
    reply.header('content-length', body.length);
    return body;
  });
}
