import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import { createApp, ensureWebBuild, REPOSITORY_ROOT } from '@frontrunner/server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';

/** The whole platform on a fresh database of the test dialect, on a free port. */
export async function startTestServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const webDist = join(REPOSITORY_ROOT, 'packages/web/dist');
  await ensureWebBuild(webDist, pino({ level: 'warn' }));
  const handle = await createTestDatabase();
  await seedReferenceData(handle);
  const app = await createApp({ db: handle.db, dialect: handle.dialect, webDist });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await handle.destroy();
    },
  };
}
