import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Replication } from '../../api/knowledge-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatResult } from '../../lib/result-value.ts';

/** Where a case was replicated: each city and project, its status and its newest results. */
export function CaseReplications({
  replications,
}: {
  readonly replications: readonly Replication[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-replications" className="case-replications">
      <h2 id="case-replications">{t('knowledge.case.replications')}</h2>
      {replications.length === 0 ? (
        <p className="muted">{t('knowledge.case.noReplications')}</p>
      ) : (
        <ul className="case-replications__list">
          {replications.map((replication) => (
            <ReplicationItem key={replication.projectId} replication={replication} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReplicationItem({ replication }: { readonly replication: Replication }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const number = (value: number | null, unit: string) => formatResult(value, unit, language);
  const headingId = `replication-${replication.projectId}`;
  const reported = replication.results.some((result) => result.actual !== null);
  return (
    <li className="case-replication">
      <h3 id={headingId}>
        <Link to="/projects/$id" params={{ id: replication.projectId }}>
          {replication.title}
        </Link>
      </h3>
      <p className="project-card__meta">
        <Link to="/cities/$slug" params={{ slug: replication.city.slug }}>
          {replication.city.name}
        </Link>
        <span className="project-tag">
          {t(`projects.statuses.${replication.status as 'planned'}`, {
            defaultValue: replication.status,
          })}
        </span>
      </p>
      {replication.results.length === 0 ? (
        <p className="muted small">{t('knowledge.case.replicationNoIndicators')}</p>
      ) : (
        <>
          {!reported && <p className="muted small">{t('knowledge.case.replicationNotReported')}</p>}
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
            <table className="capacity-table">
              <thead>
                <tr>
                  <th scope="col">{t('knowledge.case.indicator')}</th>
                  <th scope="col">{t('knowledge.case.baseline')}</th>
                  <th scope="col">{t('knowledge.case.period')}</th>
                  <th scope="col">{t('knowledge.case.target')}</th>
                  <th scope="col">{t('knowledge.case.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {replication.results.map((result) => (
                  <tr key={result.indicatorId}>
                    <th scope="row">
                      {result.name}
                      {result.sdgIndicator && (
                        <span className="case-indicator-code">
                          {t('knowledge.case.sdgIndicator', { code: result.sdgIndicator })}
                        </span>
                      )}
                    </th>
                    <td>{number(result.baseline, result.unit)}</td>
                    <td>{result.period ?? '—'}</td>
                    <td>{number(result.target, result.unit)}</td>
                    <td>
                      {result.actual === null
                        ? t('knowledge.case.notReported')
                        : number(result.actual, result.unit)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </li>
  );
}
