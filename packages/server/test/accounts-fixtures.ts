import { geoRepository } from '@frontrunner/db';
import {
  accountsDeps,
  adminService,
  LOCAL_OPERATOR,
  manualClock,
  sessionService,
  type AssignmentInput,
  type MailMessage,
  type Mailer,
  type UserView,
} from '@frontrunner/services';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppDeps } from '../src/app';
import { buildTestApp } from './test-app';

/** A mailer that keeps messages, for reading the links a real mailer would send. */
export class CapturingMailer implements Mailer {
  readonly messages: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.messages.push(message);
  }
  /** The token in the last link sent to an address. */
  lastToken(to: string): string {
    const message = this.messages.filter((m) => m.to === to).at(-1);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(message?.text ?? '')?.[1];
    if (!token) throw new Error(`no link was sent to ${to}`);
    return token;
  }
}

/** The password every fixture user has. */
export const PASSWORD = 'correct horse battery staple';

/** An app on a fresh database with a movable clock and a capturing mailer. */
export async function buildAccountsApp(
  options: Pick<AppDeps, 'authRateLimit' | 'secureCookies' | 'onRoute'> = {},
) {
  const clock = manualClock('2030-01-01T00:00:00.000Z');
  const mailer = new CapturingMailer();
  const built = await buildTestApp({
    clock,
    mailer,
    authRateLimit: options.authRateLimit ?? 10_000,
    secureCookies: options.secureCookies,
    onRoute: options.onRoute,
    publicUrl: 'https://frontrunner.test',
  });
  const deps = accountsDeps({ db: built.handle.db, clock, mailer });
  let n = 0;
  /** Creates an active user with {@link PASSWORD} and these assignments. */
  const createUser = async (
    assignments: AssignmentInput[],
    email = `user${++n}@example.org`,
  ): Promise<UserView> =>
    adminService.createActiveUser(
      deps,
      { actor: LOCAL_OPERATOR },
      { email, name: email, password: PASSWORD, assignments },
    );
  /** Headers of a fresh browser session of a user: the cookies and the CSRF header. */
  const sessionHeaders = async (userId: string): Promise<Record<string, string>> => {
    const s = await sessionService.createSession(deps, built.handle.db, userId);
    return { cookie: `fr_session=${s.token}; fr_csrf=${s.csrfToken}`, 'x-csrf-token': s.csrfToken };
  };
  const city = async (slug: string) => {
    const [ref] = await geoRepository.listCityRefsBySlug(built.handle.db, [slug]);
    if (!ref) throw new Error(`no city ${slug}`);
    return ref;
  };
  return { ...built, clock, mailer, deps, createUser, sessionHeaders, city };
}

/** `app.inject` with a JSON body, answering status, JSON body and the response. */
export async function call(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  options: { headers?: Record<string, string>; body?: unknown; remoteAddress?: string } = {},
): Promise<{ status: number; body: Record<string, unknown>; res: LightMyRequestResponse }> {
  const res = await app.inject({
    method,
    url,
    headers: options.headers,
    remoteAddress: options.remoteAddress,
    ...(options.body !== undefined ? { payload: options.body as object } : {}),
  });
  const isJson = String(res.headers['content-type'] ?? '').includes('json');
  const body = res.body && isJson ? (JSON.parse(res.body) as Record<string, unknown>) : {};
  return { status: res.statusCode, body, res };
}

/** The cookies a response sets, by name. */
export function setCookies(
  res: LightMyRequestResponse,
): Map<string, { value: string; raw: string }> {
  const header = res.headers['set-cookie'];
  const list = Array.isArray(header) ? header : header ? [header] : [];
  return new Map(
    list.map((raw) => {
      const [pair = ''] = raw.split(';');
      const i = pair.indexOf('=');
      return [pair.slice(0, i), { value: pair.slice(i + 1), raw }];
    }),
  );
}

/** Request headers that carry the session a sign-in response set. */
export function headersFrom(res: LightMyRequestResponse): Record<string, string> {
  const cookies = setCookies(res);
  const session = cookies.get('fr_session')?.value ?? '';
  const csrf = cookies.get('fr_csrf')?.value ?? '';
  return { cookie: `fr_session=${session}; fr_csrf=${csrf}`, 'x-csrf-token': csrf };
}
