import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built web app, with index.html for every client-side route. Hashed files under
 * `assets/` are cached for a year, other files for an hour, index.html revalidated each time.
 * A client that accepts brotli or gzip gets the `.br` or `.gz` sibling the build wrote
 * (`preCompressed`, with `Vary: accept-encoding`); `cacheControl: false` keeps @fastify/send
 * from replacing these cache headers with its own `max-age=0`.
 */
export async function serveWeb(app: FastifyInstance, dist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dist,
    serve: false,
    preCompressed: true,
    cacheControl: false,
  });
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', dist);
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api') return reply.callNotFound();
    const file = path.slice(1);
    if (file.includes('.') && existsSync(join(dist, file)) && !file.includes('..')) {
      const immutable = file.startsWith('assets/');
      return reply
        .header(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        )
        .sendFile(file, dist);
    }
    if (file.includes('.')) return reply.callNotFound();
    return sendIndex(reply);
  });
}
