import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { DialectName, Executor } from '@frontrunner/db';
import {
  accountsDeps,
  LogMailer,
  verifyPassword,
  type AccountSettings,
  type Clock,
  type Mailer,
} from '@frontrunner/services';
import Fastify, {
  type FastifyInstance,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installAuth } from './auth/auth.hooks';
import { installCompression } from './compression';
import { installErrorHandlers } from './http-error';
import { accountRoutes } from './routes/account/account.routes';
import { auditRoutes } from './routes/audit/audit.routes';
import { cohortRoutes } from './routes/capacity/cohorts.routes';
import { graduationRoutes } from './routes/capacity/graduation.routes';
import { surveyRoutes } from './routes/capacity/surveys.routes';
import { frameworkRoutes } from './routes/framework/framework.routes';
import { geoRoutes } from './routes/geo/geo.routes';
import { healthRoutes } from './routes/health/health.routes';
import { curatedLinkRoutes } from './routes/interlinkages/curated-links.routes';
import { interlinkageRoutes } from './routes/interlinkages/interlinkages.routes';
import { dataFileRoutes } from './routes/observations/data-files.routes';
import { projectRoutes } from './routes/projects/projects.routes';
import { observationRoutes } from './routes/observations/observations.routes';
import { seriesRoutes } from './routes/observations/series.routes';
import { codebookRoutes } from './routes/scores/codebook.routes';
import { scoreRoutes } from './routes/scores/scores.routes';
import { recoveryRoutes } from './routes/session/recovery.routes';
import { sessionRoutes } from './routes/session/session.routes';
import { usersRoutes } from './routes/users/users.routes';
import { caseRoutes } from './routes/knowledge/cases.routes';
import { networkRoutes } from './routes/knowledge/network.routes';
import { reportRoutes } from './routes/reports/reports.routes';
import { savedReportRoutes } from './routes/reports/saved-reports.routes';
import { attendanceCertificateRoutes } from './routes/capacity/attendance-certificates.routes';
import { searchRoutes } from './routes/knowledge/search.routes';
import { serveWeb } from './web-static';

/** What the app is composed from. Nothing here opens a port. */
export interface AppDeps {
  readonly db: Executor;
  readonly dialect: DialectName;
  /** Folder of the built web app; when absent, only the API is served. */
  readonly webDist?: string | undefined;
  /** Pino options or `false` for silence (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** Time for sessions, tokens and writes; the system clock when absent (tests move it). */
  readonly clock?: Clock | undefined;
  /** Where emails go; written to the log when absent (see LogMailer). */
  readonly mailer?: Mailer | undefined;
  /** Base URL of the web app, for links in emails. */
  readonly publicUrl?: string | undefined;
  /** Add `Secure` to cookies (behind TLS). */
  readonly secureCookies?: boolean | undefined;
  /** Demo mode: GET /api/v1/session says so, for a banner. */
  readonly demo?: boolean | undefined;
  /** Session, token and lockout settings; defaults for what is absent. */
  readonly accountSettings?: Partial<AccountSettings> | undefined;
  /** Requests per minute per address to sign-in and recovery routes (default 20). */
  readonly authRateLimit?: number | undefined;
  /** Called for every route as it is registered (tests enumerate routes with it). */
  readonly onRoute?: ((route: RouteOptions) => void) | undefined;
  /** Whose X-Forwarded-For to believe (Fastify `trustProxy`); default: a proxy on loopback only. */
  readonly trustProxy?: boolean | string | undefined;
}

/** The Content-Security-Policy every page is served with; the web app is built to pass it. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
};

/**
 * The composition root: builds the whole HTTP application (API, docs, web app) around the
 * given database. Tests call `app.inject()`; only `main.ts` listens.
 */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: deps.trustProxy ?? 'loopback',
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installCompression(app);
  installErrorHandlers(app);
  const accounts = accountsDeps({
    db: deps.db,
    clock: deps.clock,
    mailer: deps.mailer ?? new LogMailer(app.log),
    publicUrl: deps.publicUrl,
    settings: deps.accountSettings,
  });
  const cookies = { secure: deps.secureCookies ?? false };
  installAuth(app, { accounts, cookies });
  // Prepares the dummy hash that unknown emails are checked against, for even timing.
  void verifyPassword(null, '');
  const auth = {
    accounts,
    cookies,
    demo: deps.demo ?? false,
    authRateLimit: deps.authRateLimit ?? 20,
  };

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Frontrunner API',
        description:
          'SDG localisation for ASEAN cities: the SDG framework, countries and cities, accounts and the audit trail. Errors always answer `{ error: { code, message, details?, requestId } }`. Browsers sign in with POST /api/v1/session (cookie session; unsafe requests then need the `x-csrf-token` header); machine clients send `Authorization: Bearer fr_…`.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(healthRoutes({ db: deps.db, dialect: deps.dialect }));
  await app.register(
    async (api) => {
      await api.register(frameworkRoutes({ db: deps.db }));
      await api.register(geoRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(sessionRoutes(auth));
      await api.register(recoveryRoutes(auth));
      await api.register(accountRoutes(auth));
      await api.register(usersRoutes(auth));
      await api.register(auditRoutes({ db: deps.db }));
      await api.register(seriesRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(observationRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(dataFileRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(scoreRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(codebookRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(interlinkageRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(curatedLinkRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(projectRoutes({ db: deps.db, clock: deps.clock }));
      const links = { db: deps.db, clock: deps.clock, publicUrl: accounts.publicUrl };
      await api.register(cohortRoutes(links));
      await api.register(surveyRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(graduationRoutes(links));
      await api.register(caseRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(searchRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(networkRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(reportRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(savedReportRoutes({ db: deps.db, clock: deps.clock }));
      await api.register(
        attendanceCertificateRoutes({ db: deps.db, authRateLimit: auth.authRateLimit }),
      );
    },
    { prefix: '/api/v1' },
  );
  if (deps.webDist && existsSync(join(deps.webDist, 'index.html')))
    await serveWeb(app, deps.webDist);
  return app;
}
