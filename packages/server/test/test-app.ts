import { seedReferenceData } from '@frontrunner/db';
import { createTestDatabase } from '@frontrunner/db/testing';
import type { FastifyInstance } from 'fastify';
import { createApp, type AppDeps } from '../src/app';

/** A migrated, seeded database of the test dialect and an app around it; call `close()` after. */
export async function buildTestApp(options: Omit<AppDeps, 'db' | 'dialect'> = {}): Promise<{
  app: FastifyInstance;
  handle: Awaited<ReturnType<typeof createTestDatabase>>;
  close: () => Promise<void>;
}> {
  const handle = await createTestDatabase();
  await seedReferenceData(handle);
  const app = await createApp({ ...options, db: handle.db, dialect: handle.dialect });
  return {
    app,
    handle,
    close: async () => {
      await app.close();
      await handle.destroy();
    },
  };
}
