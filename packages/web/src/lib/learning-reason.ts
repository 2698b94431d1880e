import { LEARNING_CATALOGUE } from '@frontrunner/domain';
import type { TFunction } from 'i18next';
import type { LearningReason, LearningStep } from '../api/capacity-types.ts';
import { formatShare } from './capacity-format.ts';
import { COMPETENCY_LEVELS } from './competency-draft.ts';
import { criterionTitle } from './criterion-title.ts';

/** The default catalogue's English titles by module key, which the locale files translate. */
const catalogueTitles = new Map(LEARNING_CATALOGUE.map((m) => [m.key, m.title]));

/** The highest self-assessed competency level. */
const COMPETENCY_MAX = Math.max(...COMPETENCY_LEVELS);

/**
 * A module's title in the interface language: the translation of a default catalogue module
 * while its title is the catalogue's, else the server's title (a training scheduled on the
 * platform is titled by its organisers).
 *
 * @example
 * moduleTitle(t, { key: 'vlr-guide', title: 'Guide: writing a city SDG report or Voluntary Local Review' })
 */
export function moduleTitle(t: TFunction, module: LearningStep['module']): string {
  if (catalogueTitles.get(module.key) !== module.title) return module.title;
  return t(`capacity.modules.${module.key as 'vlr-guide'}`, { defaultValue: module.title });
}

/**
 * One reason a module is suggested, as a sentence in the interface language, numbers formatted
 * for `language`, competency and criterion named as the interface names them.
 *
 * @example
 * reasonText(t, { kind: 'data', coverage: 0.25 }, 'en') // "25% of the city's series have an approved value"
 */
export function reasonText(t: TFunction, reason: LearningReason, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  switch (reason.kind) {
    case 'competency':
      return t('capacity.readiness.why.competency', {
        competency: t(`capacity.competencies.names.${reason.competency as 'reporting'}`, {
          defaultValue: reason.competency,
        }),
        level: number.format(reason.level),
        max: number.format(COMPETENCY_MAX),
      });
    case 'data':
      return t('capacity.readiness.why.data', {
        share: formatShare(reason.coverage, language),
      });
    case 'criterion': {
      const criterion = criterionTitle(t, reason.criterion, reason.title);
      const needed = number.format(reason.needed);
      return reason.level === null
        ? t('capacity.readiness.why.criterionNotScored', { criterion, needed })
        : t('capacity.readiness.why.criterionAt', {
            criterion,
            level: number.format(reason.level),
            needed,
          });
    }
  }
}
