import { ForbiddenError, UnauthenticatedError } from '@frontrunner/domain';
import type { Actor, Assignment, Role } from './actor';

/**
 * How far a role reaches for an action: `all` (anything), `country` (resources of the
 * assignment's country), `city` (the assignment's city).
 */
export type Scope = 'all' | 'country' | 'city';

/** Who may perform an action. */
export type Rule =
  /** Anyone, signed in or not. */
  | { readonly who: 'anyone' }
  /** Any signed-in user (or token), whatever their roles. */
  | { readonly who: 'signed-in'; readonly sessionOnly?: boolean }
  /** Users holding one of these roles, each within the given scope. */
  | {
      readonly who: 'roles';
      readonly roles: Partial<Record<Role, Scope>>;
      readonly sessionOnly?: boolean;
    };

const anyone: Rule = { who: 'anyone' };
const signedIn: Rule = { who: 'signed-in' };
/** Account and token management: a browser session only, so a leaked API token cannot mint more. */
const ownAccount: Rule = { who: 'signed-in', sessionOnly: true };
const roles = (r: Partial<Record<Role, Scope>>): Rule => ({ who: 'roles', roles: r });

/**
 * THE policy: every action of the product × role × scope, in one table. Routes declare their
 * action; a Fastify hook and the services call {@link authorize}. Nothing else decides access.
 */
export const POLICY = {
  /** Sign in. */
  'session.create': anyone,
  /** Who am I. */
  'session.read': anyone,
  /** Sign out (a no-op without a session). */
  'session.delete': anyone,
  /** Sign out of every browser. */
  'session.delete_all': ownAccount,
  'password_reset.request': anyone,
  'password_reset.confirm': anyone,
  'invitation.accept': anyone,
  /** See one's own account. */
  'account.read': signedIn,
  /** Change one's own name, language or password. */
  'account.update': ownAccount,
  'token.read': ownAccount,
  'token.create': ownAccount,
  'token.revoke': ownAccount,
  /** List and see users. */
  'user.read': roles({ secretariat: 'all' }),
  'user.invite': roles({ secretariat: 'all' }),
  /** Change roles and status of users, deactivate them. */
  'user.manage': roles({ secretariat: 'all' }),
  'audit.read': roles({ secretariat: 'all', focal_point: 'country' }),
  /** Edit a city's programme fields (priority goals). */
  'city.update': roles({ secretariat: 'all', focal_point: 'country', city_editor: 'city' }),
  /** Change a city's programme stage. */
  'city.set_stage': roles({ secretariat: 'all' }),
  /** Change a city's cohort. */
  'city.set_cohort': roles({ secretariat: 'all' }),
  /** Read unpublished work of a city (for later features). */
  'city.read_drafts': roles({
    secretariat: 'all',
    focal_point: 'country',
    city_editor: 'city',
    city_viewer: 'city',
    reviewer: 'city',
  }),
  /** Read observations: the public sees approved values; the city's team also its drafts. */
  'observation.read': anyone,
  /** Set a city's own targets and baselines. */
  'city_target.write': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Enter or import observations (for later). */
  'observation.write': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Approve a city's data and reports (for later). */
  'observation.approve': roles({ secretariat: 'all', focal_point: 'country' }),
  /** Read projects: the public sees every project past the idea stage; the city's team also ideas. */
  'project.read': anyone,
  /** Plan and edit a city's projects, their results framework and benefit claims; accept suggestions. */
  'project.write': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Approve or return a project's progress updates. */
  'project.review': roles({ secretariat: 'all', focal_point: 'country' }),
  /** Score a submitted graduation assessment, criterion by criterion, with comments. */
  'assessment.score': roles({ secretariat: 'all', reviewer: 'city' }),
  /** Create cohorts and put cities in them. */
  'cohort.manage': roles({ secretariat: 'all' }),
  /** Schedule trainings and workshops, their sessions, participants and attendance. */
  'training.manage': roles({ secretariat: 'all' }),
  /** See trainings and workshops: the public sees how many took part, by city and gender. */
  'training.read': anyone,
  /**
   * See the names of a training's participants, who attended which session, and download their
   * certificates of attendance (personal data): per participant's city; guests the secretariat only.
   */
  'training.read_participants': roles({
    secretariat: 'all',
    focal_point: 'country',
    city_editor: 'city',
    city_viewer: 'city',
  }),
  /**
   * Verify a certificate of attendance by its printed reference and the holder's name: anyone
   * (an employer, a ministry). The answer is yes with the training's facts, or a bare no; it
   * never gives a name away, so it is no door to `training.read_participants`.
   */
  'attendance_certificate.verify': anyone,
  /** Record a competency self-assessment of a city's team. */
  'competency.assess': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Create a city's awareness surveys and their invitation codes. */
  'survey.manage': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Answer a survey with an invitation code: no account needed. */
  'survey.answer': anyone,
  /** Publish a new version of the graduation rubric. */
  'rubric.manage': roles({ secretariat: 'all' }),
  /** Read a city's graduation assessments and readiness. */
  'assessment.read': roles({
    secretariat: 'all',
    focal_point: 'country',
    city_editor: 'city',
    city_viewer: 'city',
    reviewer: 'city',
  }),
  /** Start, fill in and submit a city's graduation self-assessment. */
  'assessment.write': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Decide a graduation: moves the city's stage and issues a certificate. */
  'assessment.decide': roles({ secretariat: 'all' }),
  /**
   * Download or verify a graduation certificate: anyone. That a city graduated, to which stage,
   * when and by which rubric version is a public fact (the stage is on its public page); the
   * assessment behind it (levels, comments, evidence) stays with `assessment.read`.
   */
  'graduation_certificate.read': anyone,
  /** Add, change and remove curated interlinkages (links from the literature, with citations). */
  'interlinkage.curate': roles({ secretariat: 'all' }),
  /** Change the scoring codebook (bounds, thresholds, sources): writes a new version. */
  'codebook.write': roles({ secretariat: 'all' }),
  /** Set a peer group's lower bounds at its percentile: writes a new codebook version. */
  'peer_group.set_bounds': roles({ secretariat: 'all' }),
  /** Recompute stored scores on demand (they are otherwise kept fresh on their own). */
  'score.recompute': roles({ secretariat: 'all' }),
  /** Read cases: the public sees published cases; the city's team also its drafts. */
  'case.read': anyone,
  /** Write a city's cases (from its projects), their language versions, and submit them. */
  'case.write': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Publish a submitted case, or return it to the city with a comment. */
  'case.publish': roles({ secretariat: 'all' }),
  /** Read saved reports: the public sees published versions; the city's team also drafts. */
  'report.read': anyone,
  /** Write a city's report (narratives, consultation log) and submit it. */
  'report.write': roles({ secretariat: 'all', city_editor: 'city' }),
  /** Approve (publish a frozen version) or return a submitted report. */
  'report.approve': roles({ secretariat: 'all', focal_point: 'country' }),
  /** Search cases, projects, cities and indicators; see recommendations. */
  'search.read': anyone,
  /** Pair cities (mentoring, exchanges, study visits) and change a pairing's status. */
  'pairing.manage': roles({ secretariat: 'all' }),
  /** Read and write a pairing's message thread: the teams of either city and the secretariat. */
  'pairing.message': roles({
    secretariat: 'all',
    city_editor: 'city',
    city_viewer: 'city',
    reviewer: 'city',
  }),
  /**
   * Read a pairing's thread, and see requests not (yet) accepted: whoever may write it, and the
   * focal points of either city's country (they follow, they do not write).
   */
  'pairing.read_thread': roles({
    secretariat: 'all',
    focal_point: 'country',
    city_editor: 'city',
    city_viewer: 'city',
    reviewer: 'city',
  }),
  /**
   * Ask a mentor city to pair with one's own city (a first message goes with it), or withdraw
   * the request while it is open: on the learning city.
   */
  'pairing.request': roles({ secretariat: 'all', city_editor: 'city' }),
  /**
   * Accept or decline (with a reason) a request: on the mentor city, by its editors, the focal
   * point of its country and the secretariat.
   */
  'pairing.decide': roles({ secretariat: 'all', focal_point: 'country', city_editor: 'city' }),
} as const satisfies Record<string, Rule>;

/** An action of the policy, e.g. `city.update`. */
export type Action = keyof typeof POLICY;

/** Every action, for documentation and tests. */
export const ACTIONS = Object.keys(POLICY) as Action[];

/** What an action is performed on: a city (with its country) or a country; none for global actions. */
export interface Resource {
  /** ISO3 of the country the resource belongs to. */
  readonly country?: string | undefined;
  /** Id of the city the resource belongs to. */
  readonly cityId?: string | undefined;
}

/** The policy's answer. */
export type Decision = 'allowed' | 'unauthenticated' | 'forbidden';

/**
 * Decides an action. Without a resource, a scoped rule allows anyone holding one of its roles:
 * the caller then narrows what it returns with {@link readableScope}.
 */
export function decide(actor: Actor, action: Action, resource?: Resource): Decision {
  const rule: Rule = POLICY[action];
  if (rule.who === 'anyone') return 'allowed';
  if (actor.kind === 'cli' || actor.kind === 'system') return 'allowed';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (rule.sessionOnly && actor.kind === 'token') return 'forbidden';
  if (rule.who === 'signed-in') return 'allowed';
  const reach = rule.roles;
  const ok = actor.assignments.some((a) => {
    const scope = reach[a.role];
    return scope !== undefined && covers(a, scope, resource);
  });
  return ok ? 'allowed' : 'forbidden';
}

function covers(a: Assignment, scope: Scope, resource: Resource | undefined): boolean {
  if (scope === 'all' || resource === undefined) return true;
  if (scope === 'country') return a.country !== null && a.country === resource.country;
  return a.city !== null && a.city.id === resource.cityId;
}

/** Whether the policy allows an action. */
export function isAllowed(actor: Actor, action: Action, resource?: Resource): boolean {
  return decide(actor, action, resource) === 'allowed';
}

/**
 * Enforces the policy: throws {@link UnauthenticatedError} for the public where a user is
 * needed, {@link ForbiddenError} where the actor's roles do not reach.
 */
export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  const decision = decide(actor, action, resource);
  if (decision === 'unauthenticated') throw new UnauthenticatedError();
  if (decision === 'forbidden') throw new ForbiddenError(action);
}

/** What a reader may see of a scoped action: everything, or some countries and cities. */
export type ReadableScope =
  | { readonly all: true }
  | {
      readonly all: false;
      readonly countries: readonly string[];
      readonly cityIds: readonly string[];
    };

/** The part of the world an actor may perform `action` on (empty when none). */
export function readableScope(actor: Actor, action: Action): ReadableScope {
  const rule: Rule = POLICY[action];
  if (rule.who === 'anyone' || actor.kind === 'cli' || actor.kind === 'system')
    return { all: true };
  if (actor.kind === 'anonymous') return { all: false, countries: [], cityIds: [] };
  if (rule.who === 'signed-in') return { all: true };
  const countries = new Set<string>();
  const cityIds = new Set<string>();
  for (const a of actor.assignments) {
    const scope = rule.roles[a.role];
    if (scope === 'all') return { all: true };
    if (scope === 'country' && a.country) countries.add(a.country);
    if (scope === 'city' && a.city) cityIds.add(a.city.id);
  }
  return { all: false, countries: [...countries], cityIds: [...cityIds] };
}
