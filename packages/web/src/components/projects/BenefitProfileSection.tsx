import { DIMENSIONS } from '@frontrunner/domain';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenefitProfile } from '../../api/projects-types.ts';
import { LoadingState } from '../StatusMessages.tsx';
import { LazyBenefitProfileChart } from './lazy-projects.ts';
import { MultiDimensionalBadge } from './MultiDimensionalBadge.tsx';

/** The multi-dimensional benefit profile: chart, badge, and one line per claim explaining it. */
export function BenefitProfileSection({ profile }: { readonly profile: BenefitProfile }) {
  const { t } = useTranslation();
  const bars = useMemo(
    () =>
      DIMENSIONS.map((dimension) => ({
        label: t(`projects.dimensions.${dimension}`),
        value: profile[dimension],
      })),
    [profile, t],
  );
  const summary = bars.map((bar) => `${bar.label} ${bar.value}`).join(', ');
  return (
    <section className="project-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('projects.profile.title')}</h2>
      <p className="small muted">{t('projects.profile.intro')}</p>
      {profile.multiDimensional ? (
        <MultiDimensionalBadge explained />
      ) : (
        <p className="small">{t('projects.profile.notMultiDimensional')}</p>
      )}
      <Suspense fallback={<LoadingState />}>
        <LazyBenefitProfileChart
          bars={bars}
          label={t('projects.profile.chartLabel', { summary })}
        />
      </Suspense>
      {profile.contributions.length > 0 && (
        <details className="profile-details">
          <summary>{t('projects.profile.howComputed')}</summary>
          <table className="project-table">
            <thead>
              <tr>
                <th scope="col">{t('projects.claims.target')}</th>
                <th scope="col">{t('projects.dimension')}</th>
                <th scope="col">{t('projects.profile.weight')}</th>
              </tr>
            </thead>
            <tbody>
              {profile.contributions.map((line) => (
                <tr key={line.claimId}>
                  <td>{line.target}</td>
                  <td>
                    {line.dimension
                      ? t(`projects.dimensions.${line.dimension}`)
                      : t('projects.profile.noDimension')}
                  </td>
                  <td>
                    {line.ignored
                      ? t(`projects.profile.ignored.${line.ignored}`)
                      : line.weight > 0
                        ? `+${line.weight}`
                        : line.weight}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
