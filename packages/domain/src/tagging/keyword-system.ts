/** The level a keyword system tags at: a whole goal, or a target within it. */
export type KeywordLevel = 'goal' | 'target';

/**
 * One keyword: `[goal, target code or null, term, extra terms]`. With extra terms the keyword
 * counts only when the text also holds one of them (SIRIS's `"kw" AND ("a" OR "b")` form).
 */
export type KeywordEntry = readonly [
  goal: number,
  target: string | null,
  term: string,
  extra: readonly string[],
];

/** A published keyword system as bundled in `tagging/data/` (see its README for licences). */
export interface KeywordSystemData {
  /** Short id shown beside every suggestion: `jrc`, `sdsn`, `siris`. */
  readonly system: string;
  /** Human-readable name with version. */
  readonly name: string;
  readonly level: KeywordLevel;
  readonly entries: readonly KeywordEntry[];
}
