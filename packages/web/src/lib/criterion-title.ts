import { DEFAULT_RUBRIC } from '@frontrunner/domain';
import type { TFunction } from 'i18next';

/** The default rubric's criteria by key, whose English texts the locale files translate. */
const defaults = new Map(DEFAULT_RUBRIC.criteria.map((c) => [c.key, c]));

type CriterionKey = 'sdgs_localised';

/**
 * A criterion's title in the interface language: the translation of the default rubric's title
 * when the rubric (or the assessment's copy of it) still says exactly that, else its own words —
 * a secretariat that edits a title never sees a stale translation.
 *
 * @example
 * criterionTitle(t, 'data', 'Data and baselines') // 'ទិន្នន័យ និងតម្លៃមូលដ្ឋាន' in Khmer
 * criterionTitle(t, 'data', 'Open data') // 'Open data'
 */
export function criterionTitle(t: TFunction, key: string, title: string): string {
  if (defaults.get(key)?.title !== title) return title;
  return t(`capacity.criteria.${key as CriterionKey}.title`, { defaultValue: title });
}

/**
 * What a level (0–3) of a criterion means, in the interface language by the same rule as
 * {@link criterionTitle}: translated only while it is the default rubric's text for that level.
 *
 * @example
 * levelDescriptor(t, 'sharing', 0, 'Nothing shared') // 'មិនទាន់បានចែករំលែកអ្វីទេ' in Khmer
 */
export function levelDescriptor(t: TFunction, key: string, level: number, text: string): string {
  if (defaults.get(key)?.levels[level] !== text) return text;
  return t(`capacity.criteria.${key as CriterionKey}.level${level as 0}`, { defaultValue: text });
}

/**
 * Every level (0–3) of a criterion by {@link levelDescriptor}.
 *
 * @example
 * levelDescriptors(t, 'sharing', rubricCriterion.levels)
 */
export function levelDescriptors(
  t: TFunction,
  key: string,
  levels: readonly string[],
): readonly string[] {
  return levels.map((text, level) => levelDescriptor(t, key, level, text));
}
