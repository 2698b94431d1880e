import {
  cityRefsRepository,
  surveyRepository as repo,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import {
  AWARENESS_QUESTIONNAIRE,
  awarenessOverTime,
  checkAnswers,
  ConflictError,
  isAware,
  NotFoundError,
  ValidationError,
  type AwarenessPoint,
  type SurveyAnswers,
  type SurveyQuestion,
  type SurveyRound,
} from '@frontrunner/domain';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ActionContext } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/audit.service';
import type { Clock } from '../clock';
import { cityResource } from '../geo/city-programme.service';

type Deps = { db: Executor; clock: Clock };

/** A survey as its city's team sees it: never a code, never an answer sheet. */
export interface SurveyView {
  id: string;
  city: string;
  round: SurveyRound;
  title: string;
  opensOn: string;
  closed: boolean;
  questions: readonly SurveyQuestion[];
}

/** The most codes one request generates. */
export const MAX_CODES_PER_REQUEST = 5000;
/** Letters of a code: no 0/O, 1/I/L, so a code reads aloud and types without mistakes. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** SHA-256 hex of a normalised code (upper case, no spaces or dashes). */
export function hashCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

/** A random code of 10 letters (about 49 bits), shown as XXXXX-XXXXX. */
function newCode(): string {
  const bytes = randomBytes(10);
  const letters = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

/** Creates an awareness survey of a city with the standard questionnaire. */
export async function createSurvey(
  deps: Deps,
  ctx: ActionContext,
  slug: string,
  input: { round: SurveyRound; title: string; opensOn: string },
): Promise<SurveyView> {
  const resource = await cityResource(deps.db, slug);
  authorize(ctx.actor, 'survey.manage', resource);
  const id = randomUUID();
  await withTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const row = {
      id,
      city_id: resource.cityId,
      round: input.round,
      title: input.title.trim(),
      opens_on: input.opensOn,
      questionnaire: JSON.stringify(AWARENESS_QUESTIONNAIRE),
      closed: 0,
      created_at: now.toISOString(),
    };
    await repo.insertSurvey(trx, row);
    await recordAudit(trx, ctx, now, {
      action: 'survey.manage',
      entityType: 'survey',
      entityId: id,
      cityId: resource.cityId,
      country: resource.country,
      after: row,
    });
  });
  return getSurvey(deps.db, id, slug);
}

/** A survey and its questions (public: the answering page shows them). */
export async function getSurvey(db: Executor, id: string, citySlug?: string): Promise<SurveyView> {
  const row = await repo.findSurvey(db, id);
  if (!row) throw new NotFoundError('survey', id);
  const slug =
    citySlug ?? (await cityRefsRepository.listCityRefsById(db, [row.city_id]))[0]?.slug ?? '';
  return {
    id: row.id,
    city: slug,
    round: row.round,
    title: row.title,
    opensOn: row.opens_on,
    closed: Number(row.closed) === 1,
    questions: JSON.parse(row.questionnaire) as SurveyQuestion[],
  };
}

/**
 * Generates single-use invitation codes for a survey. Only their hashes are stored: the codes
 * are in this answer and nowhere else, for the city to hand out. A closed survey takes no more
 * answers, so it gets no more codes either (409).
 */
export async function generateCodes(
  deps: Deps,
  ctx: ActionContext,
  surveyId: string,
  count: number,
): Promise<{ codes: string[] }> {
  const survey = await getSurvey(deps.db, surveyId);
  const resource = await cityResource(deps.db, survey.city);
  authorize(ctx.actor, 'survey.manage', resource);
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_REQUEST)
    throw new ValidationError('Invalid count', [
      { field: 'count', message: `must be 1–${MAX_CODES_PER_REQUEST}` },
    ]);
  const codes = Array.from({ length: count }, newCode);
  await withTransaction(deps.db, async (trx) => {
    // Read again in the transaction: a close between the two reads must not let codes through.
    if ((await getSurvey(trx, surveyId)).closed)
      throw new ConflictError(
        `The survey "${survey.title}" is closed: it takes no more answers, so no invitation codes can be generated for it`,
        { surveyId },
      );
    const now = deps.clock();
    await repo.insertCodeHashes(trx, surveyId, codes.map(hashCode));
    await recordAudit(trx, ctx, now, {
      action: 'survey.manage',
      entityType: 'survey',
      entityId: surveyId,
      cityId: resource.cityId,
      country: resource.country,
      after: { codesGenerated: count },
    });
  });
  return { codes };
}

/**
 * Closes a survey: it takes no more answers (unused codes stay unused); its results stay. A
 * survey closed already answers 409.
 */
export async function closeSurvey(deps: Deps, ctx: ActionContext, id: string): Promise<SurveyView> {
  const survey = await getSurvey(deps.db, id);
  const resource = await cityResource(deps.db, survey.city);
  authorize(ctx.actor, 'survey.manage', resource);
  await withTransaction(deps.db, async (trx) => {
    if (!(await repo.closeSurvey(trx, id))) throw new ConflictError('The survey is closed already');
    await recordAudit(trx, ctx, deps.clock(), {
      action: 'survey.manage',
      entityType: 'survey',
      entityId: id,
      cityId: resource.cityId,
      country: resource.country,
      before: { closed: false },
      after: { closed: true },
    });
  });
  return getSurvey(deps.db, id, survey.city);
}

/**
 * Stores one anonymous answer sheet. The code is marked used (one answer per code) and the
 * answers are stored apart, with no code, no person, no time; the audit entry names the survey
 * only and leaves out the client address.
 */
export async function answerSurvey(
  deps: Deps,
  ctx: ActionContext,
  surveyId: string,
  input: { code: string; answers: SurveyAnswers },
): Promise<{ accepted: true }> {
  authorize(ctx.actor, 'survey.answer');
  const survey = await getSurvey(deps.db, surveyId);
  if (survey.closed) throw new ConflictError('This survey is closed');
  const problems = checkAnswers(survey.questions, input.answers);
  if (problems.length > 0) throw new ValidationError('Some answers are not valid', problems);
  await withTransaction(deps.db, async (trx) => {
    if (!(await repo.useCode(trx, surveyId, hashCode(input.code))))
      throw new ConflictError('This code is not one of this survey’s, or it has been used');
    await repo.insertResponse(trx, {
      id: randomUUID(),
      survey_id: surveyId,
      answers: JSON.stringify(input.answers),
      aware: isAware(input.answers) ? 1 : 0,
    });
    await recordAudit(trx, { actor: ctx.actor, requestId: ctx.requestId }, deps.clock(), {
      action: 'survey.answer',
      entityType: 'survey',
      entityId: surveyId,
    });
  });
  return { accepted: true };
}

/**
 * The share aware of a city's surveys over time, with n and the Wilson interval (public); each
 * point also names its survey and says whether it is closed, so it doubles as the survey list.
 */
export async function cityAwareness(
  db: Executor,
  slug: string,
): Promise<{
  points: (AwarenessPoint & { title: string; closed: boolean })[];
  change: number | null;
}> {
  const { cityId } = await cityResource(db, slug);
  const tallies = await repo.listSurveyTallies(db, [cityId]);
  const [series] = awarenessOverTime(
    tallies.map((t) => ({
      surveyId: t.id,
      cityId: t.city_id,
      round: t.round,
      opensOn: t.opens_on,
      responses: t.responses,
      aware: t.aware,
    })),
  );
  const byId = new Map(tallies.map((t) => [t.id, t]));
  return {
    points: (series?.points ?? []).map((p) => ({
      ...p,
      title: byId.get(p.surveyId)?.title ?? '',
      closed: Number(byId.get(p.surveyId)?.closed) === 1,
    })),
    change: series?.change ?? null,
  };
}
