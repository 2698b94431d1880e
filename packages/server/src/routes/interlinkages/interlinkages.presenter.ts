import type { interlinkageService as il } from '@frontrunner/services';

type NetworkView = il.NetworkView;
type LinkEvidenceView = il.LinkEvidenceView;
type SuggestionsView = il.SuggestionsView;
type CuratedLinkView = il.CuratedLinkView;
type RunView = il.RunView;
type SeriesPairView = il.SeriesPairView;
type ScopeView = il.ScopeView;

/** The public fields of a scope. */
export function presentScope(s: ScopeView) {
  return { kind: s.kind, key: s.key, code: s.code, country: s.country };
}

/** The public fields of a run. */
export function presentRun(r: RunView) {
  const c = r.counts;
  return {
    id: r.id,
    computedAt: r.computedAt,
    fingerprint: r.fingerprint,
    method: r.method,
    minYears: r.minYears,
    threshold: r.threshold,
    counts: {
      series: c.series,
      observations: c.observations,
      seriesPairs: c.seriesPairs,
      seriesSynergies: c.seriesSynergies,
      seriesTradeOffs: c.seriesTradeOffs,
      targetPairs: c.targetPairs,
      targetSynergies: c.targetSynergies,
      targetTradeOffs: c.targetTradeOffs,
    },
  };
}

/** The public fields of a series pair. */
export function presentSeriesPair(p: SeriesPairView) {
  return {
    a: p.a,
    b: p.b,
    targetA: p.targetA,
    targetB: p.targetB,
    rho: p.rho,
    n: p.n,
    units: p.units,
    kind: p.kind,
  };
}

/** The public fields of a curated link (not who recorded it: that is in the audit trail). */
export function presentCurated(l: CuratedLinkView) {
  return {
    id: l.id,
    a: l.a,
    b: l.b,
    kind: l.kind,
    citation: l.citation,
    note: l.note,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
  };
}

/** The public network of a scope. */
export function presentNetwork(v: NetworkView) {
  return {
    scope: presentScope(v.scope),
    run: v.run ? presentRun(v.run) : null,
    reason: v.reason,
    nodes: v.nodes.map((n) => ({
      target: n.target,
      goal: n.goal,
      series: n.series,
      degree: n.degree,
      strength: n.strength,
      eigenvector: n.eigenvector,
    })),
    edges: v.edges.map((e) => ({
      a: e.a,
      b: e.b,
      kind: e.kind,
      rho: e.rho,
      pairs: e.pairs,
      seriesPairs: e.seriesPairs.map(presentSeriesPair),
    })),
    goalMatrix: v.goalMatrix.map((c) => ({
      a: c.a,
      b: c.b,
      synergies: c.synergies,
      tradeOffs: c.tradeOffs,
    })),
    curated: v.curated.map(presentCurated),
  };
}

/** The public evidence of a link. */
export function presentLinkEvidence(v: LinkEvidenceView) {
  return {
    scope: presentScope(v.scope),
    run: presentRun(v.run),
    level: v.level,
    a: v.a,
    b: v.b,
    link: { rho: v.link.rho, kind: v.link.kind, pairs: v.link.pairs },
    seriesPairs: v.seriesPairs.map(presentSeriesPair),
    series: v.series.map((s) => ({
      code: s.code,
      name: s.name,
      unit: s.unit,
      direction: s.direction,
      target: s.target,
      values: s.values.map((p) => ({
        area: p.area,
        year: p.year,
        value: p.value,
        aligned: p.aligned,
      })),
    })),
  };
}

/** The public suggestions for primary targets. */
export function presentSuggestions(v: SuggestionsView) {
  const data = (s: SuggestionsView['dataDerived']['coBenefits'][number]) => ({
    target: s.target,
    from: s.from,
    rho: s.rho,
    pairs: s.pairs,
    seriesPairs: s.seriesPairs.map(presentSeriesPair),
  });
  const curated = (s: SuggestionsView['curated']['coBenefits'][number]) => ({
    target: s.target,
    from: s.from,
    link: presentCurated(s.link),
  });
  return {
    scope: presentScope(v.scope),
    basis: presentScope(v.basis),
    run: v.run ? presentRun(v.run) : null,
    targets: [...v.targets],
    dataDerived: {
      coBenefits: v.dataDerived.coBenefits.map(data),
      risks: v.dataDerived.risks.map(data),
    },
    curated: {
      coBenefits: v.curated.coBenefits.map(curated),
      risks: v.curated.risks.map(curated),
    },
  };
}
