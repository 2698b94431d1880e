import { decide, type Actor, type Decision, type Resource } from '@frontrunner/services';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { MissingRoutePolicyError, UNSAFE_METHODS } from '../src/auth/auth.hooks';
import type { RoutePolicy } from '../src/auth/route-policy';
import { buildAccountsApp, call } from './accounts-fixtures';

/**
 * THE AUTHORIZATION MATRIX: every registered API route that changes data or declares a policy,
 * for every role and scope, answers what the policy decides: allowed (anything but 401/403),
 * 401 for the public, 403 for the rest. Routes are collected by an onRoute hook of our own,
 * independent of the hook that enforces the policy.
 */
interface CollectedRoute {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

const routes: CollectedRoute[] = [];
let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const actors = new Map<string, { actor: Actor; userId?: string }>();
const TARGET_CITY = 'phnom-penh';
const SOME_ID = '00000000-0000-4000-8000-000000000001';

beforeAll(async () => {
  t = await buildAccountsApp({
    onRoute: (route: RouteOptions) => {
      for (const method of [route.method].flat())
        if (method !== 'HEAD' && route.url.startsWith('/api/v1/'))
          routes.push({ method, url: route.url, policy: route.config?.policy });
    },
  });
  const cases: [string, Parameters<typeof t.createUser>[0]][] = [
    ['secretariat', [{ role: 'secretariat' }]],
    ['focal point, own country', [{ role: 'focal_point', country: 'KHM' }]],
    ['focal point, other country', [{ role: 'focal_point', country: 'LAO' }]],
    ['city editor, own city', [{ role: 'city_editor', city: TARGET_CITY }]],
    ['city editor, other city', [{ role: 'city_editor', city: 'vientiane' }]],
    ['city viewer, own city', [{ role: 'city_viewer', city: TARGET_CITY }]],
    ['reviewer, assigned', [{ role: 'reviewer', city: TARGET_CITY }]],
    ['reviewer, not assigned', [{ role: 'reviewer', city: 'siem-reap' }]],
  ];
  actors.set('anonymous', { actor: { kind: 'anonymous' } });
  for (const [name, assignments] of cases) {
    const user = await t.createUser(assignments);
    actors.set(name, {
      actor: { kind: 'user', userId: user.id, assignments: user.assignments },
      userId: user.id,
    });
  }
});
afterAll(async () => t.close());

async function resourceOf(policy: RoutePolicy): Promise<Resource | undefined> {
  if (policy.cityParam === undefined) return undefined;
  const city = await t.city(TARGET_CITY);
  return { cityId: city.id, country: city.country_iso3 };
}

function expectAnswer(decision: Decision, status: number, where: string) {
  if (decision === 'allowed') expect([401, 403], where).not.toContain(status);
  else expect(status, where).toBe(decision === 'unauthenticated' ? 401 : 403);
}

describe('the authorization matrix', () => {
  it('finds a policy on every route that changes data', () => {
    const unsafe = routes.filter((r) => UNSAFE_METHODS.has(r.method));
    expect(unsafe.length).toBeGreaterThanOrEqual(13);
    expect(unsafe.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('answers as the policy decides, for every guarded route × role × scope', async () => {
    const guarded = routes.filter(
      (r) => r.policy && (UNSAFE_METHODS.has(r.method) || r.policy.action !== 'session.read'),
    );
    let checked = 0;
    for (const route of guarded) {
      const policy = route.policy!;
      const resource = await resourceOf(policy);
      const url = route.url.replace(':slug', TARGET_CITY).replace(':id', SOME_ID);
      for (const [name, { actor, userId }] of actors) {
        const headers = userId ? await t.sessionHeaders(userId) : {};
        const body = route.method === 'DELETE' || route.method === 'GET' ? undefined : {};
        const { status } = await call(t.app, route.method as 'POST', url, { headers, body });
        expectAnswer(
          decide(actor, policy.action, resource),
          status,
          `${route.method} ${route.url} as ${name} → ${status}`,
        );
        checked++;
      }
    }
    const unsafeCount = guarded.filter((r) => UNSAFE_METHODS.has(r.method)).length;
    console.info(
      `authorization matrix: ${guarded.length} guarded routes (${unsafeCount} that change data) × ${actors.size} roles and scopes = ${checked} checks`,
    );
    expect(checked).toBe(guarded.length * actors.size);
  });

  it('lets exactly the secretariat, the focal point of the country and the city’s editors edit a city', async () => {
    const policy: RoutePolicy = { action: 'city.update', cityParam: 'slug' };
    const resource = await resourceOf(policy);
    const allowed = [...actors]
      .filter(([, a]) => decide(a.actor, policy.action, resource) === 'allowed')
      .map(([n]) => n);
    expect(allowed).toEqual(['secretariat', 'focal point, own country', 'city editor, own city']);
  });

  it('lets everyone, signed in or not, verify a certificate of attendance, and shows no name', async () => {
    const route = routes.find((r) => r.url === '/api/v1/attendance-certificates/verify');
    expect(route?.policy?.action).toBe('attendance_certificate.verify');
    for (const [name, { actor, userId }] of actors) {
      expect(decide(actor, 'attendance_certificate.verify'), name).toBe('allowed');
      const headers = userId ? await t.sessionHeaders(userId) : {};
      const body = { reference: 'FR-ATT-00000000-00000000', name: 'Somebody' };
      const res = await call(t.app, 'POST', route!.url, { headers, body });
      expect([res.status, res.body], name).toEqual([200, { valid: false }]);
    }
  });

  it('refuses at startup to register a route that changes data without a policy', async () => {
    const app = await createApp({ db: t.handle.db, dialect: t.handle.dialect });
    try {
      expect(() => app.post('/api/v1/unguarded', async () => ({}))).toThrow(
        MissingRoutePolicyError,
      );
      expect(() => app.get('/api/v1/public-read', async () => ({}))).not.toThrow();
    } finally {
      await app.close();
    }
  });
});
