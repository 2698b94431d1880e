import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalIndicator, GoalTarget } from '../api/types.ts';

/** Anchor id of a target on its goal page, e.g. `target-11.6`. */
export function targetAnchor(code: string): string {
  return `target-${code}`;
}

/** The goal number of a target code: `11` for `11.6`. */
function goalOf(targetCode: string): string {
  return targetCode.split('.')[0] ?? targetCode;
}

/** Props of the "also under" note. */
interface AlsoUnderProps {
  readonly indicator: GoalIndicator;
  /** The target the indicator is shown under, left out of the note. */
  readonly target: string;
}

/**
 * "Also under 1.5.1, 13.1.1": the indicator's numbers under its other targets, each linking
 * to that target on its goal page.
 */
function AlsoUnder({ indicator, target }: AlsoUnderProps) {
  const { t } = useTranslation();
  const others = indicator.links.filter((link) => link.target !== target);
  if (others.length === 0) return null;
  return (
    <p className="indicator__also">
      {t('goal.alsoUnder')}{' '}
      {others.map((link, index) => (
        <Fragment key={link.target}>
          {index > 0 && ', '}
          <Link
            to="/goals/$number"
            params={{ number: goalOf(link.target) }}
            hash={targetAnchor(link.target)}
          >
            {link.code}
          </Link>
        </Fragment>
      ))}
    </p>
  );
}

/** Props of a goal's target list. */
export interface TargetListProps {
  readonly targets: readonly GoalTarget[];
  /** Anchor id of the target the URL points at, highlighted. */
  readonly activeTarget?: string;
}

/** A goal's targets, each with the indicators listed under it. */
export function TargetList({ targets, activeTarget }: TargetListProps) {
  const { t } = useTranslation();
  return (
    <ol className="target-list">
      {targets.map((target) => {
        const anchor = targetAnchor(target.code);
        return (
          <li
            key={target.code}
            id={anchor}
            className={anchor === activeTarget ? 'target target--active' : 'target'}
          >
            <h3 className="target__heading">
              <span className="visually-hidden">{t('goal.target', { code: target.code })}</span>
              <span className="target__code" aria-hidden="true">
                {target.code}
              </span>
              <span className="target__title">{target.title}</span>
            </h3>
            {target.indicators.length === 0 ? (
              <p className="muted">{t('goal.noIndicators')}</p>
            ) : (
              <ul
                className="indicator-list"
                aria-label={t('goal.indicators', { code: target.code })}
              >
                {target.indicators.map((indicator) => (
                  <li key={indicator.id} className="indicator">
                    <span className="indicator__code">{indicator.listedAs}</span>
                    <span className="indicator__title">{indicator.title}</span>
                    <AlsoUnder indicator={indicator} target={target.code} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
