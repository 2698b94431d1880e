import {
  DASHBOARD_COLOUR_LABELS,
  DEFAULT_PEER_PERCENTILE,
  MIN_PEER_CITIES,
  PEER_GROUP_PRECEDENCE,
  POPULATION_CLASSES,
  SCORING_METHOD,
  SDSN_TREND_LABELS,
} from '@frontrunner/domain';
import type { scoreService } from '@frontrunner/services';

type CodebookVersionView = scoreService.CodebookVersionView;
type CodebookEntryView = scoreService.CodebookEntryView;

/** A codebook version's header. */
export function presentVersion(v: CodebookVersionView) {
  return {
    version: v.version,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    note: v.note,
    current: v.current,
  };
}

/** A codebook entry. */
export function presentEntry(e: CodebookEntryView) {
  return {
    series: e.series,
    name: e.name,
    unit: e.unit,
    goal: e.goal,
    targets: e.targets,
    optimum: e.optimum,
    green: e.green,
    red: e.red,
    lowerBound: e.lowerBound,
    direction: e.direction,
    trendFrom: e.trendFrom,
    justification: e.justification,
    source: e.source,
  };
}

/** A codebook version with its entries, bounds and the list of versions. */
export function presentCodebook(c: scoreService.CodebookView) {
  return {
    codebook: presentVersion(c.codebook),
    entries: c.entries.map(presentEntry),
    peerGroupBounds: c.peerGroupBounds.map((b) => ({
      group: { kind: b.group.kind, key: b.group.key },
      series: b.series,
      lowerBound: b.lowerBound,
      percentile: b.percentile,
      cities: b.cities,
      computedAt: b.computedAt,
      computedBy: b.computedBy,
    })),
    versions: c.versions.map(presentVersion),
  };
}

function presentIndicator(i: scoreService.IndicatorScoreView) {
  return {
    series: i.series,
    name: i.name,
    unit: i.unit,
    goal: i.goal,
    score: i.score,
    colour: i.colour,
    colourLabel: i.colourLabel,
    trend: i.trend,
    trendLabel: i.trendLabel,
    year: i.year,
    value: i.value,
    observation: i.observation && { id: i.observation.id, version: i.observation.version },
    base: i.base && {
      year: i.base.year,
      observation: { id: i.base.observation.id, version: i.base.observation.version },
    },
    entry: presentEntry(i.entry),
    lowerBoundFrom:
      i.lowerBoundFrom.kind === 'codebook'
        ? { kind: 'codebook' as const }
        : {
            kind: 'peer_group' as const,
            group: { kind: i.lowerBoundFrom.group.kind, key: i.lowerBoundFrom.group.key },
            percentile: i.lowerBoundFrom.percentile,
            cities: i.lowerBoundFrom.cities,
            computedAt: i.lowerBoundFrom.computedAt,
          },
    target: i.target && { value: i.target.value, year: i.target.year },
    distance: i.distance && {
      score: i.distance.score,
      distance: i.distance.distance,
      endValue: i.distance.endValue,
    },
  };
}

/** A city's scores: index, goals and indicators, each traceable. */
export function presentCityScores(s: scoreService.CityScoresView) {
  return {
    city: { slug: s.city.slug, name: s.city.name, country: s.city.country },
    codebook: presentVersion(s.codebook),
    computedAt: s.computedAt,
    fingerprint: s.fingerprint,
    index: s.index,
    missingShare: s.missingShare,
    maxMissingShare: s.maxMissingShare,
    goals: s.goals.map((g) => ({
      goal: g.goal,
      score: g.score,
      colour: g.colour,
      colourLabel: g.colourLabel,
      trend: g.trend,
      trendLabel: g.trendLabel,
      distance: g.distance,
      scored: g.scored,
      indicators: g.indicators,
    })),
    indicators: s.indicators.map(presentIndicator),
  };
}

/** A country's or ASEAN's roll-up. */
export function presentRollUp(r: scoreService.RollUpView) {
  return {
    unit:
      r.unit.kind === 'country'
        ? { kind: r.unit.kind, iso3: r.unit.iso3, name: r.unit.name }
        : { kind: r.unit.kind, name: r.unit.name },
    codebook: presentVersion(r.codebook),
    computedAt: r.computedAt,
    rule: r.rule,
    index: r.index,
    indexMembers: r.indexMembers,
    goals: r.goals.map((g) => ({
      goal: g.goal,
      score: g.score,
      members: g.members,
      colours: { ...g.colours },
    })),
    members: r.members.map((m) => ({ key: m.key, name: m.name, index: m.index })),
  };
}

/** The "How we compute this" page: the method in plain words, from the domain core. */
export function presentMethod() {
  return {
    steps: SCORING_METHOD.map((s) => ({ title: s.title, text: s.text, source: s.source })),
    colours: { ...DASHBOARD_COLOUR_LABELS },
    trends: { ...SDSN_TREND_LABELS },
    populationClasses: POPULATION_CLASSES.map((c) => ({
      key: c.key,
      label: c.label,
      min: c.min,
      max: Number.isFinite(c.max) ? c.max : null,
    })),
    peerGroupPrecedence: [...PEER_GROUP_PRECEDENCE],
    peerPercentile: DEFAULT_PEER_PERCENTILE,
    minPeerCities: MIN_PEER_CITIES,
    maxMissingShare: 0.2,
  };
}
