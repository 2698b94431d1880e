import {
  frameworkRepository,
  interlinkageRunsRepository as runs,
  type Executor,
} from '@frontrunner/db';
import { linkedTargets, NotFoundError } from '@frontrunner/domain';
import { listCuratedLinks, type CuratedLinkView } from './curated-links.service';
import { ensureRun, type RunOptions } from './run.service';
import {
  byCode,
  evidenceByTargetPair,
  runView,
  targetPairKey,
  type RunView,
  type SeriesPairView,
} from './run-view';
import { countryScope, presentScope, type InterlinkageScope, type ScopeView } from './scope';

/** A target suggested by a data-derived link, with its evidence. */
export interface DataSuggestion {
  /** The suggested target. */
  target: string;
  /** The primary target it is linked to. */
  from: string;
  /** Mean ρ of the target link. */
  rho: number;
  pairs: number;
  seriesPairs: SeriesPairView[];
}

/** A target suggested by a curated link, with its citation. */
export interface CuratedSuggestion {
  target: string;
  from: string;
  link: CuratedLinkView;
}

/** Suggestions for a project's primary targets: data-derived and curated, listed apart. */
export interface SuggestionsView {
  /** The scope asked for. */
  scope: ScopeView;
  /** The scope whose network was used: a city without enough data falls back to its country. */
  basis: ScopeView;
  run: RunView | null;
  targets: string[];
  /** Synergies: likely co-benefits; trade-offs: risks to manage. */
  dataDerived: { coBenefits: DataSuggestion[]; risks: DataSuggestion[] };
  curated: { coBenefits: CuratedSuggestion[]; risks: CuratedSuggestion[] };
}

/**
 * Targets linked to the given primary targets (METHODS §6): by a synergy (likely co-benefits)
 * or a trade-off (risks), from the scope's data-derived network with the series pairs behind
 * each link, and from the curated links with their citations — listed apart, never merged. A
 * city without a network of its own uses its country's.
 * @throws NotFoundError for a target code that does not exist
 */
export async function suggestLinkedTargets(
  db: Executor,
  request: { targets: readonly string[]; scope: InterlinkageScope },
  options: RunOptions,
): Promise<SuggestionsView> {
  const targets = [...new Set(request.targets)];
  const known = new Set(
    (await frameworkRepository.listTargets(db, { codes: targets })).map((t) => t.code),
  );
  const unknown = targets.find((t) => !known.has(t));
  if (unknown !== undefined) throw new NotFoundError('target', unknown);
  let basis = request.scope;
  let outcome = await ensureRun(db, basis, options);
  if (!outcome.run && basis.kind === 'city') {
    basis = countryScope(basis.country);
    outcome = await ensureRun(db, basis, options);
  }
  const curated = linkedTargets(targets, await listCuratedLinks(db, { targets }));
  const empty = { coBenefits: [], risks: [] };
  let dataDerived: SuggestionsView['dataDerived'] = empty;
  if (outcome.run) {
    const runId = outcome.run.id;
    const strong = (await runs.listTargetLinks(db, runId))
      .filter((t) => t.kind !== 'none')
      .map((t) => ({
        a: t.target_a,
        b: t.target_b,
        kind: t.kind,
        rho: Number(t.rho),
        pairs: Number(t.pairs),
      }));
    const found = linkedTargets(targets, strong);
    const evidence = evidenceByTargetPair(await runs.listSeriesLinks(db, runId));
    const withEvidence = (s: (typeof found.coBenefits)[number]): DataSuggestion => ({
      target: s.target,
      from: s.from,
      rho: s.link.rho,
      pairs: s.link.pairs,
      seriesPairs: evidence.get(targetPairKey(s.link.a, s.link.b)) ?? [],
    });
    dataDerived = {
      coBenefits: found.coBenefits.map(withEvidence),
      risks: found.risks.map(withEvidence),
    };
  }
  return {
    scope: presentScope(request.scope),
    basis: presentScope(basis),
    run: outcome.run ? runView(outcome.run) : null,
    targets: targets.sort(byCode),
    dataDerived,
    curated: {
      coBenefits: curated.coBenefits,
      risks: curated.risks,
    },
  };
}
