import type { KeywordSystemData } from './keyword-system';
import { normaliseForTagging, taggingWords } from './normalise';

/** One keyword that matched, as the system wrote it. */
export interface MatchedTerm {
  readonly term: string;
  /** The extra term that also had to be present, when the keyword has one. */
  readonly with?: string | undefined;
}

/** A goal or target that a keyword system suggests for a text, with the evidence. */
export interface TagSuggestion {
  readonly goal: number;
  /** Target code (`11.6`) for a target-level system; null for a goal-level one. */
  readonly target: string | null;
  /** The keyword system that said so (`jrc`, `sdsn`, `siris`). */
  readonly system: string;
  /** Distinct terms that matched, in the order they first occur in the text. */
  readonly matches: readonly MatchedTerm[];
}

interface CompiledKeyword {
  readonly system: string;
  readonly goal: number;
  readonly target: string | null;
  readonly term: string;
  /** Normalised extra terms; any one must be present. */
  readonly extra: readonly { readonly raw: string; readonly normal: string }[];
}

/** Keyword systems compiled for fast matching: build once with {@link compileTagger}. */
export interface Tagger {
  readonly systems: readonly { readonly system: string; readonly name: string }[];
  /** Normalised term → keywords with that term. */
  readonly index: ReadonlyMap<string, readonly CompiledKeyword[]>;
  /** The longest term or extra term, in words. */
  readonly maxWords: number;
}

/** Compiles keyword systems into a {@link Tagger}. Terms that normalise to nothing are skipped. */
export function compileTagger(systems: readonly KeywordSystemData[]): Tagger {
  const index = new Map<string, CompiledKeyword[]>();
  let maxWords = 1;
  const width = (normal: string) => normal.split(' ').length;
  for (const data of systems) {
    for (const [goal, target, term, extra] of data.entries) {
      const normal = normaliseForTagging(term);
      if (normal === '') continue;
      const extras = extra
        .map((raw) => ({ raw, normal: normaliseForTagging(raw) }))
        .filter((e) => e.normal !== '');
      maxWords = Math.max(maxWords, width(normal), ...extras.map((e) => width(e.normal)));
      const list = index.get(normal) ?? [];
      list.push({ system: data.system, goal, target, term, extra: extras });
      index.set(normal, list);
    }
  }
  return {
    systems: systems.map(({ system, name }) => ({ system, name })),
    index,
    maxWords,
  };
}

/** Every run of 1…maxWords consecutive words of a text, joined by single spaces. */
function phrases(words: readonly string[], maxWords: number): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    let phrase = '';
    for (let n = 0; n < maxWords && i + n < words.length; n += 1) {
      phrase = n === 0 ? (words[i] ?? '') : `${phrase} ${words[i + n] ?? ''}`;
      found.add(phrase);
    }
  }
  return found;
}

/**
 * Suggests goals and targets for a text: a keyword matches whole words only (after case and
 * diacritics are folded), multi-word terms must appear as consecutive words, and a keyword with
 * extra terms needs one of them anywhere in the text. One suggestion per system and goal (or
 * target), listing every matched term; ordered by goal, target, system.
 * @example tagText(compileTagger([sdsn]), 'Cleaner air for Hanoi') // [{ goal: 11, … }]
 */
export function tagText(tagger: Tagger, text: string): TagSuggestion[] {
  const present = phrases(taggingWords(text), tagger.maxWords);
  const groups = new Map<
    string,
    { key: TagSuggestion; matches: MatchedTerm[]; seen: Set<string> }
  >();
  for (const phrase of present) {
    for (const k of tagger.index.get(phrase) ?? []) {
      const extra = k.extra.length === 0 ? undefined : k.extra.find((e) => present.has(e.normal));
      if (k.extra.length > 0 && extra === undefined) continue;
      const id = `${k.system}|${k.goal}|${k.target ?? ''}`;
      const group = groups.get(id) ?? {
        key: { goal: k.goal, target: k.target, system: k.system, matches: [] },
        matches: [],
        seen: new Set<string>(),
      };
      if (!group.seen.has(k.term)) {
        group.seen.add(k.term);
        group.matches.push(extra ? { term: k.term, with: extra.raw } : { term: k.term });
      }
      groups.set(id, group);
    }
  }
  return [...groups.values()]
    .map((g) => ({ ...g.key, matches: g.matches }))
    .sort(
      (a, b) =>
        a.goal - b.goal ||
        compareTargets(a.target, b.target) ||
        (a.system < b.system ? -1 : a.system > b.system ? 1 : 0),
    );
}

function compareTargets(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The goals a text is tagged with by any system (for evaluation and filters). */
export function taggedGoals(tagger: Tagger, text: string): Set<number> {
  return new Set(tagText(tagger, text).map((s) => s.goal));
}
