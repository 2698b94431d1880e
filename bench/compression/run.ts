// Bytes on the wire and time to serve what a first visit in Khmer fetches (the main chunk, the
// Khmer strings chunk) plus a large API answer (the country outlines GeoJSON): our server
// (precompressed files, compressed JSON) against nginx serving the same build with gzip_static
// and gzipping the proxied API. Prints one JSON line. Run: npx tsx bench/compression/run.ts
import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { createApp } from '@frontrunner/server';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const RUNS = 30;
const OUT = resolve('bench/out/compression');
const DIST = join(OUT, 'dist');
/** What a browser sends; `identity` is the uncompressed baseline. */
const ACCEPT = { browser: 'gzip, deflate, br', gzip: 'gzip', identity: 'identity' } as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

interface Fetched {
  readonly bytes: number;
  readonly encoding: string;
  readonly body: Buffer;
}

/** One GET over a kept-alive connection: body bytes as sent and decoded content. */
function fetchRaw(agent: Agent, port: number, path: string, accept: string): Promise<Fetched> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': accept } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'] ?? 'identity';
          if (res.statusCode !== 200) fail(new Error(`${path}: ${res.statusCode}`));
          const body =
            encoding === 'br'
              ? brotliDecompressSync(raw)
              : encoding === 'gzip'
                ? gunzipSync(raw)
                : raw;
          done({ bytes: raw.length, encoding, body });
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

function nginxConfig(dir: string, port: number, apiPort: number): string {
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  gzip_static on;
  gzip on;
  gzip_vary on;
  gzip_proxied any;
  gzip_comp_level 6;
  gzip_min_length 1024;
  gzip_types application/json application/geo+json text/css application/javascript image/svg+xml;
  server {
    listen 127.0.0.1:${port};
    root ${DIST};
    location /api/ {
      proxy_pass http://127.0.0.1:${apiPort};
      proxy_http_version 1.1;
      proxy_set_header Accept-Encoding "";
    }
    location / { try_files $uri /index.html; }
  }
}
`;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
execFileSync(
  'npm',
  ['run', 'build', '--workspace', '@frontrunner/web', '--silent', '--', '--outDir', DIST],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const assets = readdirSync(join(DIST, 'assets'));
const chunk = (prefix: string) =>
  `/assets/${assets.find((f) => f.startsWith(prefix) && f.endsWith('.js'))!}`;
const resources = {
  main: chunk('index-'),
  km: chunk('km-'),
  outlines: '/api/v1/countries/outlines',
};

const handle = await createTestDatabase('sqlite');
const app = await createApp({ db: handle.db, dialect: handle.dialect, webDist: DIST });
const nginxDir = join(OUT, 'nginx');
mkdirSync(nginxDir);
let nginx: ReturnType<typeof spawn> | undefined;
try {
  await seedReferenceData(handle);
  const ours = await freePort();
  await app.listen({ port: ours, host: '127.0.0.1' });
  const peer = await freePort();
  writeFileSync(join(nginxDir, 'nginx.conf'), nginxConfig(nginxDir, peer, ours));
  nginx = spawn('nginx', ['-c', join(nginxDir, 'nginx.conf'), '-e', join(nginxDir, 'error.log')], {
    stdio: 'inherit',
  });
  const agents = { ours: new Agent({ keepAlive: true }), nginx: new Agent({ keepAlive: true }) };
  const ports = { ours, nginx: peer };
  for (let tries = 0; ; tries++) {
    try {
      await fetchRaw(agents.nginx, peer, '/', 'identity');
      break;
    } catch (err) {
      if (tries > 50) throw err;
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Fetches every resource once; answers bytes and encodings per resource. */
  const visit = async (server: 'ours' | 'nginx', accept: string) => {
    const got: Record<string, Fetched> = {};
    for (const [name, path] of Object.entries(resources))
      got[name] = await fetchRaw(agents[server], ports[server], path, accept);
    return got;
  };

  const plain = await visit('ours', ACCEPT.identity);
  const seen = {
    ours: await visit('ours', ACCEPT.browser),
    ours_gzip: await visit('ours', ACCEPT.gzip),
    nginx: await visit('nginx', ACCEPT.browser),
    nginx_identity: await visit('nginx', ACCEPT.identity),
  };
  const sameContent = Object.values(seen).every((got) =>
    Object.keys(resources).every((name) => got[name]!.body.equals(plain[name]!.body)),
  );

  const ms = { ours: [] as number[], nginx: [] as number[] };
  for (let i = 0; i < RUNS; i++)
    for (const server of ['ours', 'nginx'] as const) {
      const started = performance.now();
      await visit(server, ACCEPT.browser);
      ms[server].push(performance.now() - started);
    }

  const total = (got: Record<string, Fetched>) =>
    Object.values(got).reduce((sum, f) => sum + f.bytes, 0);
  const perResource = Object.fromEntries(
    Object.keys(resources).map((name) => [
      name,
      {
        identity: plain[name]!.bytes,
        ours: `${seen.ours[name]!.bytes} ${seen.ours[name]!.encoding}`,
        ours_gzip: seen.ours_gzip[name]!.bytes,
        nginx: `${seen.nginx[name]!.bytes} ${seen.nginx[name]!.encoding}`,
      },
    ]),
  );
  const oursBytes = total(seen.ours);
  const nginxBytes = total(seen.nginx);
  const oursMs = median(ms.ours);
  const nginxMs = median(ms.nginx);
  process.stdout.write(
    `${JSON.stringify({
      bench: 'compression',
      runs: RUNS,
      resources: perResource,
      identity_bytes: total(plain),
      ours_bytes: oursBytes,
      ours_gzip_bytes: total(seen.ours_gzip),
      nginx_bytes: nginxBytes,
      bytes_ratio: round(nginxBytes / oursBytes),
      ours_median_ms: round(oursMs, 1),
      nginx_median_ms: round(nginxMs, 1),
      time_ratio: round(nginxMs / oursMs),
      ours_at_1mbit_s: round((oursBytes * 8) / 1e6),
      nginx_at_1mbit_s: round((nginxBytes * 8) / 1e6),
      same_content: sameContent,
    })}\n`,
  );
  agents.ours.destroy();
  agents.nginx.destroy();
} finally {
  nginx?.kill('SIGQUIT');
  await app.close();
  await handle.destroy();
}
