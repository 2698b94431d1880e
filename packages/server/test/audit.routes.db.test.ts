import { seriesRepository } from '@frontrunner/db';
import { seedCodebook } from '@frontrunner/db';
import { cityProgrammeService, LOCAL_OPERATOR } from '@frontrunner/services';
import { sql } from 'kysely';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSAFE_METHODS } from '../src/auth/auth.hooks';
import { buildAccountsApp, call, headersFrom, PASSWORD } from './accounts-fixtures';

let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const unsafeRoutes = new Set<string>();
let adminId: string;
const NEW_PASSWORD = 'yet another passphrase';

beforeAll(async () => {
  t = await buildAccountsApp({
    onRoute: (route: RouteOptions) => {
      for (const m of [route.method].flat())
        if (UNSAFE_METHODS.has(m)) unsafeRoutes.add(`${m} ${route.url}`);
    },
  });
  adminId = (await t.createUser([{ role: 'secretariat' }], 'admin@example.org')).id;
  const now = new Date().toISOString();
  await seriesRepository.insertSeries(t.handle.db, [
    {
      id: 'series-audit',
      code: 'FR_AUDIT',
      indicator_id: null,
      local_indicator_id: null,
      name: 'Audit test',
      unit: 'count',
      direction: null,
      decimals: 0,
      source: null,
      created_at: now,
      updated_at: now,
    },
  ]);
  await cityProgrammeService.updateCityProgramme(
    { db: t.handle.db, clock: t.clock },
    { actor: LOCAL_OPERATOR },
    'siem-reap',
    { stage: 'candidate' },
  );
  await seedCodebook(t.handle);
});
afterAll(async () => t.close());

type Res = Awaited<ReturnType<typeof call>>;
const admin = () => t.sessionHeaders(adminId);
let invitedId = '';
let tokenId = '';
let observationIds: string[] = [];
const made: Record<string, string> = {};
/** Calls a capacity route as the admin and keeps the id it answers under `key`. */
const capacity = async (method: 'POST' | 'PUT', url: string, body: unknown, key?: string) => {
  const res = await call(t.app, method, url, { headers: await admin(), body });
  if (key) made[key] = String(res.body.id);
  return res;
};
const CAPACITY_WRITES: [string, string, () => Promise<Res>][] = [
  [
    'POST /api/v1/cohorts',
    'cohort.manage',
    () => capacity('POST', '/api/v1/cohorts', { name: 'Audit cohort', year: 2030 }, 'cohort'),
  ],
  [
    'POST /api/v1/cohorts/:id/cities',
    'city.update',
    () => capacity('POST', `/api/v1/cohorts/${made.cohort}/cities`, { cities: ['battambang'] }),
  ],
  [
    'POST /api/v1/trainings',
    'training.manage',
    () =>
      capacity(
        'POST',
        '/api/v1/trainings',
        {
          kind: 'workshop',
          title: 'Kick-off',
          startsOn: '2030-02-01',
          endsOn: '2030-02-02',
          online: true,
        },
        'training',
      ),
  ],
  [
    'POST /api/v1/trainings/:id/sessions',
    'training.manage',
    async () => {
      const res = await capacity('POST', `/api/v1/trainings/${made.training}/sessions`, {
        title: 'Day 1',
        startsAt: '2030-02-01T09:00:00Z',
        endsAt: '2030-02-01T17:00:00Z',
      });
      made.session = String((res.body.sessions as { id: string }[])[0]?.id);
      return res;
    },
  ],
  [
    'POST /api/v1/trainings/:id/participants',
    'training.manage',
    async () => {
      const res = await capacity('POST', `/api/v1/trainings/${made.training}/participants`, {
        participants: [{ name: 'Sokha', city: 'battambang', role: 'planner', gender: 'female' }],
      });
      made.participant = String((res.body.participants as { id: string }[])[0]?.id);
      return res;
    },
  ],
  [
    'PUT /api/v1/trainings/:id/attendance',
    'training.manage',
    () =>
      capacity('PUT', `/api/v1/trainings/${made.training}/attendance`, {
        sessionId: made.session,
        participantIds: [made.participant],
      }),
  ],
  [
    'POST /api/v1/cities/:slug/competency-assessments',
    'competency.assess',
    () =>
      capacity('POST', '/api/v1/cities/battambang/competency-assessments', {
        phase: 'before',
        levels: { reporting: 2 },
        assessedOn: '2030-02-01',
      }),
  ],
  [
    'POST /api/v1/cities/:slug/surveys',
    'survey.manage',
    () =>
      capacity(
        'POST',
        '/api/v1/cities/battambang/surveys',
        { round: 'baseline', title: 'Baseline', opensOn: '2030-02-01' },
        'survey',
      ),
  ],
  [
    'POST /api/v1/surveys/:id/codes',
    'survey.manage',
    async () => {
      const res = await capacity('POST', `/api/v1/surveys/${made.survey}/codes`, { count: 1 });
      made.code = String((res.body.codes as string[])[0]);
      return res;
    },
  ],
  [
    'POST /api/v1/surveys/:id/answers',
    'survey.answer',
    () =>
      call(t.app, 'POST', `/api/v1/surveys/${made.survey}/answers`, {
        body: {
          code: made.code,
          answers: { heard_of_sdgs: 'yes', understanding: 4, knows_city_priorities: 'no' },
        },
      }),
  ],
  [
    'POST /api/v1/surveys/:id/close',
    'survey.manage',
    () => capacity('POST', `/api/v1/surveys/${made.survey}/close`, undefined),
  ],
  [
    'POST /api/v1/rubric/versions',
    'rubric.manage',
    async () => {
      const rubric = (await call(t.app, 'GET', '/api/v1/rubric')).body;
      return capacity('POST', '/api/v1/rubric/versions', {
        minimum: rubric.minimum,
        criteria: rubric.criteria,
      });
    },
  ],
  [
    'POST /api/v1/cities/:slug/assessments',
    'assessment.write',
    () => capacity('POST', '/api/v1/cities/siem-reap/assessments', undefined, 'assessment'),
  ],
  [
    'PUT /api/v1/assessments/:id/self',
    'assessment.write',
    () =>
      capacity('PUT', `/api/v1/assessments/${made.assessment}/self`, {
        criteria: [
          'sdgs_localised',
          'data',
          'model_project',
          'capacity',
          'reporting',
          'sharing',
        ].map((key) => ({ key, level: 2 })),
      }),
  ],
  [
    'POST /api/v1/assessments/:id/submit',
    'assessment.write',
    () => capacity('POST', `/api/v1/assessments/${made.assessment}/submit`, undefined),
  ],
  [
    'PUT /api/v1/assessments/:id/review',
    'assessment.score',
    () =>
      capacity('PUT', `/api/v1/assessments/${made.assessment}/review`, {
        criteria: [{ key: 'data', level: 1, comment: 'baselines missing' }],
      }),
  ],
  [
    'POST /api/v1/assessments/:id/decision',
    'assessment.decide',
    () =>
      capacity('POST', `/api/v1/assessments/${made.assessment}/decision`, {
        decision: 'not_yet',
        comment: 'data first',
      }),
  ],
];

/** One successful call of every route that changes data, and the audit action it must record. */
/** Project writes, in an order where each finds what the one before made. */
const project = (method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => async () =>
  call(t.app, method, `/api/v1/projects/${made['project'] ?? ''}${path}`, {
    headers: await admin(),
    ...(body === undefined ? {} : { body }),
  });
const PROJECT_DRAFT = {
  title: 'Audit composting',
  description: 'Composting of municipal solid waste and recycling',
  status: 'planned',
};
const PROJECT_WRITES: [string, string, () => Promise<Res>][] = [
  [
    'POST /api/v1/cities/:slug/projects',
    'project.write',
    () => capacity('POST', '/api/v1/cities/battambang/projects', PROJECT_DRAFT, 'project'),
  ],
  ['PUT /api/v1/projects/:id', 'project.write', project('PUT', '', PROJECT_DRAFT)],
  [
    'POST /api/v1/projects/:id/claims',
    'project.write',
    async () => {
      const res = await project('POST', '/claims', {
        target: '11.6',
        kind: 'primary',
        size: 'high',
      })();
      made['claim'] = String(res.body.id);
      return res;
    },
  ],
  [
    'DELETE /api/v1/projects/:id/claims/:claimId',
    'project.write',
    async () => project('DELETE', `/claims/${made['claim'] ?? ''}`)(),
  ],
  [
    'PUT /api/v1/projects/:id/results',
    'project.write',
    project('PUT', '/results', {
      results: [{ level: 'objective', title: 'Less waste', indicators: [], children: [] }],
    }),
  ],
  [
    'POST /api/v1/projects/:id/progress-updates',
    'project.write',
    async () => {
      const res = await project('POST', '/progress-updates', {
        period: '2025',
        narrative: 'Begun',
      })();
      made['update'] = String(res.body.id);
      return res;
    },
  ],
  [
    'POST /api/v1/projects/:id/progress-updates/:updateId/submit',
    'project.write',
    async () => project('POST', `/progress-updates/${made['update'] ?? ''}/submit`)(),
  ],
  [
    'POST /api/v1/projects/:id/progress-updates/:updateId/review',
    'project.review',
    async () =>
      project('POST', `/progress-updates/${made['update'] ?? ''}/review`, { action: 'approve' })(),
  ],
  [
    'POST /api/v1/projects/:id/suggestions/accept',
    'project.write',
    async () => {
      const found = await call(
        t.app,
        'GET',
        `/api/v1/projects/${made['project'] ?? ''}/suggestions`,
      );
      const text = found.body.text as { target: string | null }[];
      const target = text.find((s) => s.target !== null)?.target;
      return project('POST', '/suggestions/accept', {
        source: 'tagger',
        target,
        kind: 'co_benefit',
        size: 'low',
      })();
    },
  ],
];

/** Curated interlinkage writes: add, change, remove one link. */
const curated = (method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) => async () => {
  const id = method === 'POST' ? '' : `/${made.curated ?? ''}`;
  const res = await call(t.app, method, `/api/v1/interlinkages/curated${id}`, {
    headers: await admin(),
    ...(body === undefined ? {} : { body }),
  });
  if (method === 'POST') made.curated = String(res.body.id);
  return res;
};
const INTERLINKAGE_WRITES: [string, string, () => Promise<Res>][] = [
  [
    'POST /api/v1/interlinkages/curated',
    'interlinkage.curate',
    curated('POST', { a: '7.2', b: '13.2', kind: 'synergy', citation: 'Audit (2030)' }),
  ],
  [
    'PATCH /api/v1/interlinkages/curated/:id',
    'interlinkage.curate',
    curated('PATCH', { note: 'x' }),
  ],
  ['DELETE /api/v1/interlinkages/curated/:id', 'interlinkage.curate', curated('DELETE')],
];

const SCORE_WRITES: [string, string, () => Promise<Res>][] = [
  [
    'PUT /api/v1/codebook/entries/:series',
    'codebook.write',
    async () =>
      call(t.app, 'PUT', '/api/v1/codebook/entries/FR_AUDIT', {
        headers: await admin(),
        body: {
          goal: 11,
          targets: ['11.6'],
          optimum: 0,
          green: 1,
          red: 5,
          lowerBound: 10,
          justification: 'Audit test',
          source: 'Audit test',
          note: 'Adds the audit series',
        },
      }),
  ],
  [
    'POST /api/v1/peer-groups/:kind/:key/lower-bounds',
    'peer_group.set_bounds',
    async () =>
      call(t.app, 'POST', '/api/v1/peer-groups/country/KHM/lower-bounds', {
        headers: await admin(),
        body: { series: ['FR_AUDIT'] },
      }),
  ],
];
const knowledge =
  (method: 'POST' | 'PATCH', url: () => string, body: unknown, key?: string) => async () => {
    const res = await call(t.app, method, url(), { headers: await admin(), body });
    if (key) made[key] = String(res.body.id);
    return res;
  };
const KNOWLEDGE_WRITES: [string, string, () => Promise<Res>][] = [
  [
    'POST /api/v1/cities/:slug/cases',
    'case.write',
    knowledge(
      'POST',
      () => '/api/v1/cities/battambang/cases',
      { lang: 'en', text: { title: 'Audit case' } },
      'case',
    ),
  ],
  [
    'PATCH /api/v1/cases/:id',
    'case.write',
    knowledge('PATCH', () => `/api/v1/cases/${made['case'] ?? ''}`, {
      lang: 'th',
      text: { title: 'กรณีศึกษา' },
    }),
  ],
  [
    'POST /api/v1/cases/:id/review',
    'case.write',
    knowledge('POST', () => `/api/v1/cases/${made['case'] ?? ''}/review`, { action: 'submit' }),
  ],
  [
    'POST /api/v1/pairings',
    'pairing.manage',
    knowledge(
      'POST',
      () => '/api/v1/pairings',
      { kind: 'exchange', mentor: 'battambang', mentee: 'phnom-penh' },
      'pairing',
    ),
  ],
  [
    'POST /api/v1/pairings/:id/messages',
    'pairing.message',
    knowledge('POST', () => `/api/v1/pairings/${made['pairing'] ?? ''}/messages`, {
      body: 'Hello',
    }),
  ],
  [
    'POST /api/v1/cities/:slug/pairing-requests',
    'pairing.request',
    knowledge(
      'POST',
      () => '/api/v1/cities/siem-reap/pairing-requests',
      { kind: 'exchange', mentor: 'battambang', message: 'May we visit?' },
      'request',
    ),
  ],
  [
    'POST /api/v1/pairings/:id/decision',
    'pairing.accept',
    knowledge('POST', () => `/api/v1/pairings/${made['request'] ?? ''}/decision`, {
      decision: 'accept',
    }),
  ],
  [
    'POST /api/v1/pairings/:id/withdraw',
    'pairing.withdraw',
    async () => {
      // An open request written straight to the table, so that the withdrawal is the one entry.
      const at = new Date().toISOString();
      const [mentor, mentee] = [await t.city('phnom-penh'), await t.city('siem-reap')];
      made['open'] = '00000000-0000-4000-8000-0000000000aa';
      await t.handle.db
        .insertInto('city_pairing')
        .values({
          id: made['open'],
          kind: 'study_visit',
          mentor_city_id: mentor.id,
          mentee_city_id: mentee.id,
          status: 'proposed',
          goals: '[]',
          created_at: at,
          created_by: adminId,
          updated_at: at,
          request_status: 'requested',
          requested_by: adminId,
        })
        .execute();
      return knowledge('POST', () => `/api/v1/pairings/${made['open'] ?? ''}/withdraw`, {})();
    },
  ],
];

const report = (method: 'POST' | 'PATCH', path: string, body?: unknown) =>
  knowledge(method, () => `/api/v1/reports/${made['report'] ?? ''}${path}`, body);
const REPORT_WRITES: [string, string, () => Promise<Res>][] = [
  [
    'POST /api/v1/cities/:slug/reports',
    'report.write',
    knowledge('POST', () => '/api/v1/cities/battambang/reports', { title: 'Audit VLR' }, 'report'),
  ],
  [
    'PATCH /api/v1/reports/:id',
    'report.write',
    report('PATCH', '', { narratives: { highlights: 'Cleaner air' } }),
  ],
  [
    'POST /api/v1/reports/:id/consultations',
    'report.write',
    report('POST', '/consultations', {
      date: '2030-01-02',
      stakeholders: 'Youth council',
      summary: 'Priorities',
    }),
  ],
  ['POST /api/v1/reports/:id/submit', 'report.write', report('POST', '/submit')],
  [
    'POST /api/v1/reports/:id/review',
    'report.approve',
    report('POST', '/review', { decision: 'approve' }),
  ],
];

const WRITES: [route: string, action: string, run: () => Promise<Res>][] = [
  [
    'POST /api/v1/session',
    'session.create',
    () =>
      call(t.app, 'POST', '/api/v1/session', {
        body: { email: 'admin@example.org', password: PASSWORD },
      }),
  ],
  [
    'DELETE /api/v1/session',
    'session.delete',
    async () => call(t.app, 'DELETE', '/api/v1/session', { headers: await admin() }),
  ],
  [
    'POST /api/v1/session/sign-out-everywhere',
    'session.delete_all',
    async () =>
      call(t.app, 'POST', '/api/v1/session/sign-out-everywhere', { headers: await admin() }),
  ],
  [
    'POST /api/v1/users',
    'user.invite',
    async () => {
      const res = await call(t.app, 'POST', '/api/v1/users', {
        headers: await admin(),
        body: {
          email: 'invitee@example.org',
          name: 'Invitee',
          assignments: [{ role: 'city_viewer', city: 'phnom-penh' }],
        },
      });
      invitedId = String(res.body.id);
      return res;
    },
  ],
  [
    'POST /api/v1/invitations/accept',
    'invitation.accept',
    () =>
      call(t.app, 'POST', '/api/v1/invitations/accept', {
        body: { token: t.mailer.lastToken('invitee@example.org'), password: PASSWORD },
      }),
  ],
  [
    'POST /api/v1/password-reset',
    'password_reset.request',
    () => call(t.app, 'POST', '/api/v1/password-reset', { body: { email: 'invitee@example.org' } }),
  ],
  [
    'POST /api/v1/password-reset/confirm',
    'password_reset.confirm',
    () =>
      call(t.app, 'POST', '/api/v1/password-reset/confirm', {
        body: { token: t.mailer.lastToken('invitee@example.org'), password: NEW_PASSWORD },
      }),
  ],
  [
    'PATCH /api/v1/account',
    'account.update',
    async () =>
      call(t.app, 'PATCH', '/api/v1/account', { headers: await admin(), body: { language: 'lo' } }),
  ],
  [
    'POST /api/v1/account/tokens',
    'token.create',
    async () => {
      const res = await call(t.app, 'POST', '/api/v1/account/tokens', {
        headers: await admin(),
        body: { name: 'ci' },
      });
      tokenId = String(res.body.id);
      return res;
    },
  ],
  [
    'DELETE /api/v1/account/tokens/:id',
    'token.revoke',
    async () =>
      call(t.app, 'DELETE', `/api/v1/account/tokens/${tokenId}`, { headers: await admin() }),
  ],
  [
    'PATCH /api/v1/users/:id',
    'user.manage',
    async () =>
      call(t.app, 'PATCH', `/api/v1/users/${invitedId}`, {
        headers: await admin(),
        body: { name: 'Renamed' },
      }),
  ],
  [
    'POST /api/v1/users/:id/deactivate',
    'user.deactivate',
    async () =>
      call(t.app, 'POST', `/api/v1/users/${invitedId}/deactivate`, { headers: await admin() }),
  ],
  [
    'PUT /api/v1/cities/:slug/observations',
    'observation.write',
    async () =>
      call(t.app, 'PUT', '/api/v1/cities/battambang/observations', {
        headers: await admin(),
        body: { entries: [{ series: 'FR_AUDIT', year: 2020, value: 1 }] },
      }),
  ],
  [
    'POST /api/v1/cities/:slug/observations/submit',
    'observation.write',
    async () => {
      const listed = await call(
        t.app,
        'GET',
        '/api/v1/cities/battambang/observations?view=working',
        {
          headers: await admin(),
        },
      );
      observationIds = (listed.body.items as { id: string }[]).map((o) => o.id);
      return call(t.app, 'POST', '/api/v1/cities/battambang/observations/submit', {
        headers: await admin(),
        body: { ids: observationIds },
      });
    },
  ],
  [
    'POST /api/v1/observations/review',
    'observation.approve',
    async () =>
      call(t.app, 'POST', '/api/v1/observations/review', {
        headers: await admin(),
        body: { ids: observationIds, decision: 'approve' },
      }),
  ],
  [
    'POST /api/v1/cities/:slug/imports',
    'observation.import',
    async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cities/battambang/imports?format=csv&dryRun=false',
        headers: { ...(await admin()), 'content-type': 'text/csv' },
        payload: 'series,year,value\nFR_AUDIT,2021,2\n',
      });
      return { status: res.statusCode, body: res.json() as Record<string, unknown>, res };
    },
  ],
  [
    'PUT /api/v1/cities/:slug/targets',
    'city_target.write',
    async () =>
      call(t.app, 'PUT', '/api/v1/cities/battambang/targets', {
        headers: await admin(),
        body: { series: 'FR_AUDIT', targetValue: 10, targetYear: 2030 },
      }),
  ],
  [
    'PATCH /api/v1/cities/:slug',
    'city.update',
    async () =>
      call(t.app, 'PATCH', '/api/v1/cities/battambang', {
        headers: await admin(),
        body: { priorityGoals: [6] },
      }),
  ],
  ...CAPACITY_WRITES,
  ...PROJECT_WRITES,
  ...INTERLINKAGE_WRITES,
  ...SCORE_WRITES,
  ...KNOWLEDGE_WRITES,
  ...REPORT_WRITES,
];

/**
 * POST by method, not by effect: verifying a certificate of attendance reads and changes
 * nothing. It is POSTed to keep the holder's name out of URLs and logs, and is not audited,
 * since an entry would keep the names strangers typed (personal data) for as long as the trail.
 */
const READS_BY_POST = ['POST /api/v1/attendance-certificates/verify'];

const latestEntries = async (n: number) => {
  const res = await call(t.app, 'GET', `/api/v1/audit?limit=${n}`, { headers: await admin() });
  return res.body as {
    total: number;
    items: { action: string; requestId: string; actor: { kind: string } }[];
  };
};

describe('the audit trail', () => {
  it('has a successful call for every route that changes data', () => {
    const writes = [...unsafeRoutes].filter((route) => !READS_BY_POST.includes(route));
    expect(writes.sort()).toEqual(WRITES.map(([route]) => route).sort());
    expect(READS_BY_POST.filter((route) => !unsafeRoutes.has(route))).toEqual([]);
  });

  it('records nothing for a POST that only reads', async () => {
    const before = (await latestEntries(1)).total;
    const res = await call(t.app, 'POST', '/api/v1/attendance-certificates/verify', {
      body: { reference: 'FR-ATT-00000000-00000000', name: 'Somebody' },
    });
    expect(res.body).toEqual({ valid: false });
    expect((await latestEntries(1)).total).toBe(before);
  });

  it('records one entry with who, what and the request id for every write', async () => {
    for (const [route, action, run] of WRITES) {
      const before = (await latestEntries(1)).total;
      const res = await run();
      expect(res.status, `${route}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
      const after = await latestEntries(1);
      expect(after.total, route).toBe(before + 1);
      expect(after.items[0], route).toMatchObject({
        action,
        requestId: res.res.headers['x-request-id'],
      });
      // Asking for a reset link and answering a survey are the writes by nobody in particular.
      if (action !== 'password_reset.request' && action !== 'survey.answer')
        expect(after.items[0]?.actor.kind, route).not.toBe('anonymous');
    }
  });

  it('never records a secret', async () => {
    const rows = await t.handle.db
      .selectFrom('audit_entry')
      .select(['before_json', 'after_json'])
      .execute();
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2|fr_[A-Za-z0-9_-]{43}|hash/i);
    expect(text).not.toContain(PASSWORD);
  });

  it('writes the change and its entry in one transaction: no entry, no change', async () => {
    if (t.handle.dialect === 'postgres') {
      await sql`create function refuse_insert() returns trigger language plpgsql as $$
        begin raise exception 'audit unavailable'; end; $$`.execute(t.handle.db);
      await sql`create trigger refuse_audit before insert on audit_entry for each row execute function refuse_insert()`.execute(
        t.handle.db,
      );
    } else {
      await sql`create trigger refuse_audit before insert on audit_entry begin select raise(abort, 'audit unavailable'); end`.execute(
        t.handle.db,
      );
    }
    const res = await call(t.app, 'PATCH', '/api/v1/cities/battambang', {
      headers: await admin(),
      body: { priorityGoals: [1, 2] },
    });
    expect(res.status).toBe(500);
    const city = await call(t.app, 'GET', '/api/v1/cities/battambang');
    expect(city.body.priorityGoals).toEqual([6]);
    await sql`drop trigger refuse_audit${sql.raw(t.handle.dialect === 'postgres' ? ' on audit_entry' : '')}`.execute(
      t.handle.db,
    );
  });

  it('signs in a session whose headers still work after all this', async () => {
    const res = await call(t.app, 'POST', '/api/v1/session', {
      body: { email: 'admin@example.org', password: PASSWORD },
    });
    expect(
      (await call(t.app, 'GET', '/api/v1/audit?entity=session', { headers: headersFrom(res.res) }))
        .status,
    ).toBe(200);
  });
});
