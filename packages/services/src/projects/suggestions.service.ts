import { projectsRepository as repo, type Executor } from '@frontrunner/db';
import {
  compileTagger,
  goalOfTarget,
  tagText,
  ValidationError,
  type ClaimKind,
  type ClaimSize,
  type TagSuggestion,
  type Tagger,
} from '@frontrunner/domain';
import { KEYWORD_SYSTEMS } from '@frontrunner/domain/sdg-keywords';
import type { ActionContext } from '../access/actor';
import type { Clock } from '../clock';
import { addClaim } from './claims.service';
import { loadProject } from './project-access';
import type { ClaimView } from './project-view';

/** A target linked to a project's primary targets in the interlinkage network (METHODS §5–6). */
export interface NetworkSuggestion {
  target: string;
  /** `synergy` → a likely co-benefit; `trade_off` → a risk to manage. */
  link: 'synergy' | 'trade_off';
  /** The primary target it is linked to. */
  from: string;
  /** Why: the link's source and strength, as the network reports it. */
  evidence: string;
}

/**
 * The seam to the interlinkage network: given primary targets, the linked targets. The network
 * service (services/src/interlinkages/) is being built beside this one; until it is wired in, the
 * default finds none and the API says so (`network.available: false`).
 */
export type NetworkSuggester = (
  db: Executor,
  primaryTargets: readonly string[],
) => Promise<NetworkSuggestion[]>;

/** No network yet: no linked-target suggestions. */
export const NO_NETWORK: NetworkSuggester = async () => [];

/** Suggestions for a project, each with its evidence; never added without {@link acceptSuggestion}. */
export interface ProjectSuggestions {
  /** From the project's title, summary and description, with the terms matched and the system. */
  text: (TagSuggestion & { claimed: boolean })[];
  network: { available: boolean; suggestions: (NetworkSuggestion & { claimed: boolean })[] };
}

let tagger: Tagger | undefined;
/** The product's tagger (JRC targets, SIRIS goals), compiled once. */
function productTagger(): Tagger {
  tagger ??= compileTagger(KEYWORD_SYSTEMS);
  return tagger;
}

/** Suggested targets and goals for a project from its text and from the interlinkage network. */
export async function projectSuggestions(
  db: Executor,
  ctx: ActionContext,
  projectId: string,
  network: NetworkSuggester = NO_NETWORK,
): Promise<ProjectSuggestions> {
  const { view } = await loadProject(db, ctx.actor, projectId, 'project.read');
  const claims = await repo.listClaims(db, [view.id]);
  const claimedTargets = new Set(claims.map((c) => c.target_code));
  const claimedGoals = new Set(claims.map((c) => goalOfTarget(c.target_code)));
  const text = [view.title, view.summary, view.description].filter(Boolean).join('\n');
  const primaries = claims.filter((c) => c.kind === 'primary').map((c) => c.target_code);
  const linked = await network(db, primaries);
  return {
    text: tagText(productTagger(), text).map((s) => ({
      ...s,
      claimed: s.target ? claimedTargets.has(s.target) : claimedGoals.has(s.goal),
    })),
    network: {
      available: network !== NO_NETWORK,
      suggestions: linked.map((s) => ({ ...s, claimed: claimedTargets.has(s.target) })),
    },
  };
}

/**
 * Accepts a suggestion: creates a benefit claim (audited) whose origin records where it came
 * from. The target must be one suggested now: a suggested target, a target of a suggested goal,
 * or a linked target of the network.
 */
export async function acceptSuggestion(
  db: Executor,
  ctx: ActionContext,
  request: {
    projectId: string;
    source: 'tagger' | 'network';
    target: string;
    kind: ClaimKind;
    size: ClaimSize;
    evidence?: string | null | undefined;
  },
  clock: Clock,
  network: NetworkSuggester = NO_NETWORK,
): Promise<ClaimView> {
  const suggestions = await projectSuggestions(db, ctx, request.projectId, network);
  const goal = goalOfTarget(request.target);
  const suggested =
    request.source === 'tagger'
      ? suggestions.text.some((s) => (s.target ? s.target === request.target : s.goal === goal))
      : suggestions.network.suggestions.some((s) => s.target === request.target);
  if (!suggested)
    throw new ValidationError('Not a current suggestion', [
      {
        field: 'target',
        message: `target ${request.target} is not suggested by the ${request.source}`,
      },
    ]);
  return addClaim(
    db,
    ctx,
    {
      projectId: request.projectId,
      claim: {
        target: request.target,
        kind: request.kind,
        size: request.size,
        evidence: request.evidence ?? null,
      },
      origin: request.source,
    },
    clock,
  );
}
