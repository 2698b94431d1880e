import { useTranslation } from 'react-i18next';
import type { Project } from '../../api/projects-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatDay } from '../../lib/dates.ts';
import { formatBudget, shareOf } from '../../lib/project-format.ts';

/** Status, dates, budget and funding shares, themes, partners with IATI roles. */
export function ProjectFacts({ project }: { readonly project: Project }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const money = (amount: number) => formatBudget(amount, project.currency, language);
  return (
    <section className="project-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('projects.facts.title')}</h2>
      <dl className="project-facts">
        <dt>{t('projects.status')}</dt>
        <dd>{t(`projects.statuses.${project.status}`)}</dd>
        <dt>{t('projects.facts.dates')}</dt>
        <dd>
          {t('projects.facts.dateRange', {
            start: project.startDate
              ? formatDay(project.startDate, language)
              : t('projects.facts.unknown'),
            end: project.endDate
              ? formatDay(project.endDate, language)
              : t('projects.facts.unknown'),
          })}
        </dd>
        <dt>{t('projects.facts.budget')}</dt>
        <dd>{project.budget === null ? t('projects.facts.unknown') : money(project.budget)}</dd>
        {project.themes.length > 0 && (
          <>
            <dt>{t('projects.facts.themes')}</dt>
            <dd>
              <ul className="project-tags">
                {project.themes.map((theme) => (
                  <li key={theme}>{t(`projects.themes.${theme}`, { defaultValue: theme })}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {project.fundingSources.length > 0 && (
        <>
          <h3>{t('projects.facts.funding')}</h3>
          <ul className="share-list">
            {project.fundingSources.map((source) => {
              const amount = shareOf(project.budget, source.sharePercent);
              return (
                <li key={source.name}>
                  <span className="share-list__name">{source.name}</span>
                  <span className="share-list__bar" aria-hidden="true">
                    <span style={{ inlineSize: `${source.sharePercent}%` }} />
                  </span>
                  <span>
                    {t('projects.facts.share', { percent: source.sharePercent })}
                    {amount !== undefined && ` · ${money(amount)}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {project.partners.length > 0 && (
        <>
          <h3>{t('projects.facts.partners')}</h3>
          <ul className="partner-list">
            {project.partners.map((partner) => (
              <li key={`${partner.name}-${partner.role}`}>
                <span>{partner.name}</span>{' '}
                <span className="project-tag">{t(`projects.roles.${partner.role}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
