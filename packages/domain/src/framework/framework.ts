import { DomainError } from '../errors';
import type { LocalisedTitles } from './language';

/** A Sustainable Development Goal. */
export interface Goal {
  /** 1–17. */
  readonly number: number;
  /** The goal number as text, as it appears in target and indicator codes: `"11"`. */
  readonly code: string;
  /** The long title: "Make cities and human settlements inclusive, safe, resilient and sustainable". */
  readonly title: string;
  /** The short title used on icons: "Sustainable Cities and Communities". */
  readonly shortTitle: string;
  /** Official UN colour, `#RRGGBB`. */
  readonly colour: string;
}

/** A target of a goal, in the 2023 wording. */
export interface Target {
  /** `"11.6"`, `"11.c"`. */
  readonly code: string;
  /** The goal number the target belongs to. */
  readonly goal: number;
  readonly title: string;
}

/** Where an indicator is listed: the target and the number it carries under that target. */
export interface IndicatorLink {
  /** Target code, `"11.5"`. */
  readonly target: string;
  /** Indicator number under that target, `"11.5.1"`. */
  readonly code: string;
}

/**
 * A global SDG indicator. An indicator repeated under several targets (same UNSD code) is one
 * indicator with one link per target.
 */
export interface Indicator {
  /** The UNSD indicator code, stable across numbering changes: `"C200303"`. */
  readonly id: string;
  /** The first listed number, `"1.5.1"`. */
  readonly code: string;
  readonly title: string;
  /** Every target the indicator is listed under, in framework order; the first gives `code`. */
  readonly links: readonly IndicatorLink[];
}

/** The kinds of framework entity that carry titles. */
export type FrameworkLevel = 'goal' | 'target' | 'indicator';

/** A translatable field: the title, or the short title (goals only). */
export type TitleField = 'title' | 'short';

/**
 * The translations of one field of one entity. `key` is the goal number (`"1"`), the target
 * code (`"1.1"`) or the indicator's UNSD code (`"C010101"`). Only the languages that have a text
 * are present; English lives on the entity itself.
 */
export interface FrameworkTranslation {
  readonly level: FrameworkLevel;
  readonly key: string;
  readonly field: TitleField;
  readonly texts: LocalisedTitles;
}

/** The whole global framework, ready to seed. */
export interface Framework {
  /** The 17 goals, in order. */
  readonly goals: readonly Goal[];
  /** The 169 targets, in framework order. */
  readonly targets: readonly Target[];
  /** The indicators, one per UNSD code, in order of first listing. */
  readonly indicators: readonly Indicator[];
  /** Khmer, Lao and Burmese texts, only where they exist. */
  readonly translations: readonly FrameworkTranslation[];
}

/**
 * One row of the 2023 framework CSV (do-me/SDG `sdg-targets-indicators-2023.csv`), parsed but
 * not cleaned: texts keep their leading space. A target without indicator (11.c) has
 * `IndicatorsNumber` and `UNSDIndicatorCodes` `"0"`.
 */
export interface FrameworkCsvRecord {
  readonly SDGNumber: string;
  readonly SDGTitle: string;
  readonly TargetsNumber: string;
  readonly Targets: string;
  readonly IndicatorsNumber: string;
  readonly Indicators: string;
  readonly UNSDIndicatorCodes: string;
}

/** One row of the open-sdg translations CSV (`level,code,field,lang,text`). */
export interface TranslationRecord {
  /** `goal`, `target` or `indicator`. */
  readonly level: string;
  /** Goal number, target code or indicator number. */
  readonly code: string;
  /** `title` or `short`. */
  readonly field: string;
  /** `en`, `km`, `lo`, `my`, `zh-Hans`. */
  readonly lang: string;
  readonly text: string;
}

/** Thrown when seed records break the framework's structure (an unknown goal, a stray target). */
export class FrameworkDataError extends DomainError {
  /** @param detail what is wrong, naming the offending code */
  constructor(readonly detail: string) {
    super(`Invalid SDG framework data: ${detail}`, { detail });
  }
}
