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
import type { CuratedSuggestion, DataSuggestion, SuggestionsView } from '../interlinkages/index';
import { NO_NETWORK, type NetworkRequest, type NetworkSuggester } from './network-suggester';
import { loadProject } from './project-access';
import type { ClaimView } from './project-view';

type Claimed<T> = T & { claimed: boolean };

/**
 * Targets linked to the project's primary targets in its country's interlinkage network
 * (METHODS §5–6): synergies are likely co-benefits, trade-offs risks to manage; data-derived
 * links (with ρ, n and the series pairs) and curated links (with their citation) listed apart.
 */
export interface NetworkSuggestions {
  /** False when no network is wired in (then everything else is empty). */
  available: boolean;
  /** The primary targets asked about; no primary claim, no network suggestion. */
  targets: string[];
  /** The scope asked for and the one whose run was used; null when nothing was asked. */
  scope: SuggestionsView['scope'] | null;
  basis: SuggestionsView['basis'] | null;
  run: SuggestionsView['run'];
  dataDerived: { coBenefits: Claimed<DataSuggestion>[]; risks: Claimed<DataSuggestion>[] };
  curated: { coBenefits: Claimed<CuratedSuggestion>[]; risks: Claimed<CuratedSuggestion>[] };
}

/** Suggestions for a project, each with its evidence; never added without {@link acceptSuggestion}. */
export interface ProjectSuggestions {
  /** From the project's title, summary and description, with the terms matched and the system. */
  text: Claimed<TagSuggestion>[];
  network: NetworkSuggestions;
}

/** Options of the suggestion services: the network to ask (none by default). */
export interface SuggestionOptions {
  network?: NetworkSuggester | undefined;
}

/** Every target the network suggests, data-derived or curated. */
function networkTargets(n: NetworkSuggestions): string[] {
  return [
    ...n.dataDerived.coBenefits,
    ...n.dataDerived.risks,
    ...n.curated.coBenefits,
    ...n.curated.risks,
  ].map((s) => s.target);
}

async function askNetwork(
  db: Executor,
  network: NetworkSuggester,
  request: NetworkRequest,
  claimed: ReadonlySet<string>,
): Promise<NetworkSuggestions> {
  const view = request.targets.length > 0 ? await network(db, request) : null;
  const mark = <T extends { target: string }>(list: readonly T[]): Claimed<T>[] =>
    list.map((s) => ({ ...s, claimed: claimed.has(s.target) }));
  return {
    available: network !== NO_NETWORK,
    targets: [...request.targets],
    scope: view?.scope ?? null,
    basis: view?.basis ?? null,
    run: view?.run ?? null,
    dataDerived: {
      coBenefits: mark(view?.dataDerived.coBenefits ?? []),
      risks: mark(view?.dataDerived.risks ?? []),
    },
    curated: {
      coBenefits: mark(view?.curated.coBenefits ?? []),
      risks: mark(view?.curated.risks ?? []),
    },
  };
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
  { network = NO_NETWORK }: SuggestionOptions = {},
): Promise<ProjectSuggestions> {
  const { view } = await loadProject(db, ctx.actor, projectId, 'project.read');
  const claims = await repo.listClaims(db, [view.id]);
  const claimedTargets = new Set(claims.map((c) => c.target_code));
  const claimedGoals = new Set(claims.map((c) => goalOfTarget(c.target_code)));
  const text = [view.title, view.summary, view.description].filter(Boolean).join('\n');
  const primaries = [
    ...new Set(claims.filter((c) => c.kind === 'primary').map((c) => c.target_code)),
  ];
  const request = { targets: primaries, country: view.city.country };
  return {
    text: tagText(productTagger(), text).map((s) => ({
      ...s,
      claimed: s.target ? claimedTargets.has(s.target) : claimedGoals.has(s.goal),
    })),
    network: await askNetwork(db, network, request, claimedTargets),
  };
}

/**
 * Accepts a suggestion: creates a benefit claim (audited) whose origin records where it came
 * from. The target must be one suggested now: a suggested target, a target of a suggested goal,
 * or a target the network links to a primary target (data-derived or curated).
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
  { clock, network = NO_NETWORK }: SuggestionOptions & { clock: Clock },
): Promise<ClaimView> {
  const suggestions = await projectSuggestions(db, ctx, request.projectId, { network });
  const goal = goalOfTarget(request.target);
  const suggested =
    request.source === 'tagger'
      ? suggestions.text.some((s) => (s.target ? s.target === request.target : s.goal === goal))
      : networkTargets(suggestions.network).includes(request.target);
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
