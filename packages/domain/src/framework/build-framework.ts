import { SDG_GOAL_COLOURS } from './goal-colours';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from './language';
import type { Language } from './language';
import { FrameworkDataError } from './framework';
import type {
  Framework,
  FrameworkCsvRecord,
  FrameworkLevel,
  FrameworkTranslation,
  Goal,
  Indicator,
  IndicatorLink,
  Target,
  TitleField,
  TranslationRecord,
} from './framework';

/** Languages stored as translations: every product language except English (the source). */
const TRANSLATED_LANGUAGES = SUPPORTED_LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);

/** Value of `IndicatorsNumber` on the row of a target that has no indicator (11.c). */
const NO_INDICATOR = '0';

/**
 * Trims and collapses whitespace. The CSV starts every text with a space and some texts carry
 * non-breaking spaces (10.3.1 and 16.b.1 differ only by one), which would otherwise make one
 * indicator look like two.
 */
function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

type TranslationIndex = ReadonlyMap<string, string>;

function translationKey(level: string, code: string, field: string, lang: string): string {
  return `${level}|${code}|${field}|${lang}`;
}

function indexTranslations(records: readonly TranslationRecord[]): TranslationIndex {
  const index = new Map<string, string>();
  for (const r of records) {
    const text = cleanText(r.text);
    if (text === '') continue;
    index.set(translationKey(r.level, r.code.trim(), r.field, r.lang), text);
  }
  return index;
}

function parseGoalNumber(value: string): number {
  const number = Number(value.trim());
  if (!Number.isInteger(number) || SDG_GOAL_COLOURS[number] === undefined) {
    throw new FrameworkDataError(`unknown goal number "${value}"`);
  }
  return number;
}

function buildGoals(records: readonly FrameworkCsvRecord[], index: TranslationIndex): Goal[] {
  const goals = new Map<number, Goal>();
  for (const r of records) {
    const number = parseGoalNumber(r.SDGNumber);
    if (goals.has(number)) continue;
    const code = String(number);
    const shortTitle = cleanText(r.SDGTitle);
    // The 2023 CSV has only the short title; the long one comes from the English translations.
    const title = index.get(translationKey('goal', code, 'title', 'en')) ?? shortTitle;
    goals.set(number, { number, code, title, shortTitle, colour: SDG_GOAL_COLOURS[number] ?? '' });
  }
  return [...goals.values()].sort((a, b) => a.number - b.number);
}

function buildTargets(records: readonly FrameworkCsvRecord[]): Target[] {
  const targets = new Map<string, Target>();
  for (const r of records) {
    const code = r.TargetsNumber.trim();
    const goal = parseGoalNumber(r.SDGNumber);
    if (!code.startsWith(`${goal}.`)) {
      throw new FrameworkDataError(`target "${code}" listed under goal ${goal}`);
    }
    if (!targets.has(code)) targets.set(code, { code, goal, title: cleanText(r.Targets) });
  }
  return [...targets.values()];
}

function buildIndicators(records: readonly FrameworkCsvRecord[]): Indicator[] {
  const byId = new Map<string, { code: string; title: string; links: IndicatorLink[] }>();
  for (const r of records) {
    const code = r.IndicatorsNumber.trim();
    if (code === '' || code === NO_INDICATOR) continue;
    const target = r.TargetsNumber.trim();
    const id = r.UNSDIndicatorCodes.trim();
    if (!code.startsWith(`${target}.`) || id === '') {
      throw new FrameworkDataError(`indicator "${code}" (UNSD "${id}") under target "${target}"`);
    }
    const existing = byId.get(id);
    if (existing === undefined) {
      byId.set(id, { code, title: cleanText(r.Indicators), links: [{ target, code }] });
    } else {
      existing.links.push({ target, code });
    }
  }
  return [...byId.entries()].map(([id, i]) => ({ id, ...i }));
}

/** The km/lo/my texts of one field, trying each code in turn per language; undefined if none. */
function translate(
  index: TranslationIndex,
  entity: { level: FrameworkLevel; key: string; field: TitleField },
  codes: readonly string[],
): FrameworkTranslation | undefined {
  const texts: Partial<Record<Language, string>> = {};
  for (const lang of TRANSLATED_LANGUAGES) {
    const text = codes
      .map((code) => index.get(translationKey(entity.level, code, entity.field, lang)))
      .find((t) => t !== undefined);
    if (text !== undefined) texts[lang] = text;
  }
  return Object.keys(texts).length === 0 ? undefined : { ...entity, texts };
}

function buildTranslations(
  framework: Omit<Framework, 'translations'>,
  index: TranslationIndex,
): FrameworkTranslation[] {
  const wanted = [
    ...framework.goals.flatMap((g) => [
      translate(index, { level: 'goal', key: g.code, field: 'title' }, [g.code]),
      translate(index, { level: 'goal', key: g.code, field: 'short' }, [g.code]),
    ]),
    ...framework.targets.map((t) =>
      translate(index, { level: 'target', key: t.code, field: 'title' }, [t.code]),
    ),
    ...framework.indicators.map((i) =>
      translate(
        index,
        { level: 'indicator', key: i.id, field: 'title' },
        i.links.map((l) => l.code),
      ),
    ),
  ];
  return wanted.filter((t): t is FrameworkTranslation => t !== undefined);
}

/**
 * Builds the global framework from the parsed 2023 framework CSV and the open-sdg translation
 * records. English texts come from the 2023 CSV, except each goal's long title, which the CSV
 * lacks and is taken from the translations' English goal title (falling back to the short
 * title). Khmer, Lao and Burmese texts are joined on codes (goal number, target code, and for
 * an indicator each of its numbers in turn), and kept only where they exist.
 * @throws FrameworkDataError when a goal number is unknown or a code sits under the wrong parent
 * @example
 * const { goals } = buildFramework(csvRecords, translationRecords);
 * goals[10]?.colour // '#FD9D24'
 */
export function buildFramework(
  csvRecords: readonly FrameworkCsvRecord[],
  translationRecords: readonly TranslationRecord[],
): Framework {
  const index = indexTranslations(translationRecords);
  const structure = {
    goals: buildGoals(csvRecords, index),
    targets: buildTargets(csvRecords),
    indicators: buildIndicators(csvRecords),
  };
  return { ...structure, translations: buildTranslations(structure, index) };
}
