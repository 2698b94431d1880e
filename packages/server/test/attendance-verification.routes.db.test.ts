import { trainingRepository } from '@frontrunner/db';
import {
  attendanceService,
  certificateReference,
  LOCAL_OPERATOR,
  trainingService,
} from '@frontrunner/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp, call } from './accounts-fixtures';

/**
 * Verifying a certificate of attendance: anyone may ask with the printed reference and the
 * holder's name; a bare `{ valid: false }` for every way of being wrong.
 */
let t: Awaited<ReturnType<typeof buildAccountsApp>>;
const ops = { actor: LOCAL_OPERATOR };
const URL = '/api/v1/attendance-certificates/verify';
const ref: Record<'planner' | 'guest' | 'absent', string> = { planner: '', guest: '', absent: '' };

beforeAll(async () => {
  t = await buildAccountsApp();
  const deps = { db: t.handle.db, clock: t.clock };
  const training = await trainingService.createTraining(deps, ops, {
    kind: 'workshop',
    title: 'Localising SDG targets',
    startsOn: '2030-02-01',
    endsOn: '2030-02-02',
    place: 'Vientiane',
    online: true,
    organisers: ['IGES', 'ASEAN Secretariat'],
    topics: [],
    materials: [],
  });
  for (const day of ['01', '02'])
    await trainingService.addSession(deps, ops, training.id, {
      title: `Day ${day}`,
      startsAt: `2030-02-${day}T09:00:00+07:00`,
      endsAt: `2030-02-${day}T17:00:00+07:00`,
    });
  const registered = await attendanceService.addParticipants(deps, ops, training.id, [
    { name: 'Sok Dara Planner', city: 'phnom-penh', role: 'planning officer', gender: 'female' },
    { name: 'Nguyễn Văn An', role: 'observer', gender: 'male' },
    { name: 'Absent Person', city: 'vientiane', role: 'statistician', gender: 'other' },
  ]);
  // Sorted by role: observer (the guest), planning officer, statistician.
  const [guest, planner, absent] = [...registered.participants].sort((a, b) =>
    a.role.localeCompare(b.role),
  );
  const [sessionOne, sessionTwo] = registered.sessions;
  if (!guest || !planner || !absent || !sessionOne || !sessionTwo) throw new Error('no fixture');
  await attendanceService.setAttendance(deps, ops, training.id, sessionOne.id, [
    planner.id,
    guest.id,
  ]);
  await attendanceService.setAttendance(deps, ops, training.id, sessionTwo.id, [guest.id]);
  ref.guest = certificateReference(training.id, guest.id);
  ref.planner = certificateReference(training.id, planner.id);
  ref.absent = certificateReference(training.id, absent.id);
});
afterAll(async () => t.close());

const verify = (body: unknown, headers: Record<string, string> = {}) =>
  call(t.app, 'POST', URL, { body, headers });

describe('POST /attendance-certificates/verify', () => {
  it('confirms a certificate with the training’s facts, for anyone and without the name', async () => {
    const res = await verify({ reference: ref.planner, name: 'Sok Dara Planner' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      valid: true,
      reference: ref.planner,
      training: {
        title: 'Localising SDG targets',
        kind: 'workshop',
        startsOn: '2030-02-01',
        endsOn: '2030-02-02',
        place: 'Vientiane',
        online: true,
        organisers: ['IGES', 'ASEAN Secretariat'],
      },
      sessionsAttended: 1,
      sessionsTotal: 2,
      cityName: 'Phnom Penh',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/sok|dara|planning officer|female/i);
  });

  it('matches a name typed in another case, with extra spaces, and a reference typed loosely', async () => {
    const res = await verify({
      reference: ` ${ref.planner.toLowerCase().replace(/-/g, ' - ')} `,
      name: '  sok   DARA\tplanner ',
    });
    expect(res.body).toMatchObject({ valid: true, reference: ref.planner, sessionsAttended: 1 });
  });

  it('matches a guest’s name written with combining accents (NFC), and says no city', async () => {
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n An';
    const res = await verify({ reference: ref.guest, name: decomposed.toUpperCase() });
    expect(res.body).toMatchObject({ valid: true, sessionsAttended: 2, cityName: null });
  });

  it('answers a bare { valid: false } for a wrong name, an unknown reference or no session attended', async () => {
    const unknown = 'FR-ATT-00000000-00000000';
    const otherTraining = `FR-ATT-00000000-${ref.planner.slice(-8)}`;
    for (const body of [
      { reference: ref.planner, name: 'Sok Dara' },
      { reference: ref.planner, name: 'Nguyễn Văn An' },
      { reference: unknown, name: 'Sok Dara Planner' },
      { reference: otherTraining, name: 'Sok Dara Planner' },
      { reference: ref.absent, name: 'Absent Person' },
    ]) {
      const res = await verify(body);
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(res.body, JSON.stringify(body)).toEqual({ valid: false });
      expect(res.res.body).toBe('{"valid":false}');
    }
  });

  it('refuses a malformed reference and a blank name with a 400 naming each field', async () => {
    const res = await verify({ reference: 'FR-ATT-1234', name: '   ' });
    expect(res.status).toBe(400);
    const details = (res.body.error as { details: { field: string; message: string }[] }).details;
    expect(details.map((d) => d.field)).toEqual(['reference', 'name']);
    expect(details[0]?.message).toContain('FR-ATT-1A2B3C4D-5E6F7A8B');
    const missing = await verify({ name: 'Sok Dara Planner' });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('body.reference');
  });

  it('answers a signed-in user the same, and writes nothing to the audit trail', async () => {
    const count = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('audit_entry')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const user = await t.createUser([{ role: 'city_editor', city: 'vientiane' }]);
    const headers = await t.sessionHeaders(user.id);
    const before = await count();
    const res = await verify({ reference: ref.planner, name: 'Sok Dara Planner' }, headers);
    expect(res.body.valid).toBe(true);
    expect(await count()).toBe(before);
  });
});

describe('finding a participant by the eight-digit prefixes of the ids', () => {
  const training = (id: string) => ({
    id,
    cohort_id: null,
    kind: 'training' as const,
    title: `Training ${id.slice(0, 8)}`,
    starts_on: '2030-03-01',
    ends_on: '2030-03-01',
    place: null,
    online: 0,
    organisers: '[]',
    topics: '[]',
    materials: '[]',
    created_at: '2030-01-01T00:00:00.000Z',
  });
  const participant = (id: string, trainingId: string, name: string) => ({
    id,
    training_id: trainingId,
    name,
    city_id: null,
    role: 'officer',
    gender: 'undisclosed' as const,
    created_at: '2030-01-01T00:00:00.000Z',
  });

  beforeAll(async () => {
    const db = t.handle.db;
    const rows = [
      ['1a2b3c4d-0000-4000-8000-000000000001', '5e6f7a8b-0000-4000-8000-000000000001', 'One'],
      ['1a2b3c4d-0000-4000-8000-000000000001', '5e6f7a8b-0000-4000-8000-000000000002', 'Two'],
      ['1a2b3c4e-0000-4000-8000-000000000001', '5e6f7a8b-0000-4000-8000-000000000003', 'One'],
      ['ffffffff-0000-4000-8000-000000000001', 'ffffffff-0000-4000-8000-000000000004', 'Last'],
    ] as const;
    for (const [trainingId, participantId, name] of rows) {
      if (!(await trainingRepository.findTraining(db, trainingId)))
        await trainingRepository.insertTraining(db, training(trainingId));
      await trainingRepository.insertParticipants(db, [
        participant(participantId, trainingId, name),
      ]);
      const sessionId = `session-of-${participantId}`;
      await trainingRepository.insertSession(db, {
        id: sessionId,
        training_id: trainingId,
        title: 'Only session',
        starts_at: '2030-03-01T09:00:00Z',
        ends_at: '2030-03-01T17:00:00Z',
      });
      await trainingRepository.replaceAttendance(db, sessionId, [participantId]);
    }
  });

  it('finds every participant sharing both prefixes and nothing of the neighbouring prefix', async () => {
    const found = await trainingRepository.listParticipantsByIdPrefixes(
      t.handle.db,
      '1a2b3c4d',
      '5e6f7a8b',
    );
    expect(found.map((p) => p.name)).toEqual(['One', 'Two']);
  });

  it('lets the name decide between two people whose ids share the prefix', async () => {
    const reference = 'FR-ATT-1A2B3C4D-5E6F7A8B';
    const one = await verify({ reference, name: 'one' });
    const two = await verify({ reference, name: 'TWO' });
    expect(one.body).toMatchObject({ valid: true, training: { title: 'Training 1a2b3c4d' } });
    expect(two.body).toMatchObject({ valid: true, training: { title: 'Training 1a2b3c4d' } });
    const neighbour = await verify({ reference: 'FR-ATT-1A2B3C4E-5E6F7A8B', name: 'One' });
    expect(neighbour.body).toMatchObject({ training: { title: 'Training 1a2b3c4e' } });
  });

  it('finds ids at the very top of the range (ffffffff)', async () => {
    const res = await verify({ reference: 'FR-ATT-FFFFFFFF-FFFFFFFF', name: 'last' });
    expect(res.body).toMatchObject({ valid: true, sessionsAttended: 1, sessionsTotal: 1 });
  });

  it('refuses prefixes that are not eight hex digits before any SQL runs', async () => {
    await expect(
      trainingRepository.listParticipantsByIdPrefixes(t.handle.db, '1a2b%', '5e6f7a8b'),
    ).rejects.toThrow(RangeError);
  });
});

describe('rate limiting', () => {
  it('answers 429 once an address has verified as often as it may sign in', async () => {
    const limited = await buildAccountsApp({ authRateLimit: 2 });
    try {
      const body = { reference: 'FR-ATT-00000000-00000000', name: 'Anyone' };
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await call(limited.app, 'POST', URL, { body })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
