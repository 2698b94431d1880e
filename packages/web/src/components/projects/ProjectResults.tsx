import { useTranslation } from 'react-i18next';
import type { ResultIndicator, ResultNode } from '../../api/projects-types.ts';

/** The results framework: objectives, outputs and outcomes with targets against actuals. */
export function ProjectResults({ results }: { readonly results: readonly ResultNode[] }) {
  const { t } = useTranslation();
  return (
    <section className="project-section" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('projects.results.title')}</h2>
      {results.length === 0 ? (
        <p className="muted">{t('projects.results.none')}</p>
      ) : (
        <ul className="result-tree">
          {results.map((node) => (
            <ResultItem key={node.id} node={node} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ResultItem({ node }: { readonly node: ResultNode }) {
  const { t } = useTranslation();
  return (
    <li>
      <p className="result-tree__title">
        <span className="project-tag">{t(`projects.results.levels.${node.level}`)}</span>{' '}
        {node.title}
      </p>
      {node.indicators.map((indicator) => (
        <IndicatorTable key={indicator.id} indicator={indicator} />
      ))}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <ResultItem key={child.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

function IndicatorTable({ indicator }: { readonly indicator: ResultIndicator }) {
  const { t } = useTranslation();
  const notYet = t('projects.results.notYet');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={indicator.name}>
      <table className="project-table">
        <caption>
          {indicator.name} ({indicator.unit})
          {indicator.baselineValue !== null &&
            ` · ${t('projects.results.baseline', {
              value: indicator.baselineValue,
              period: indicator.baselinePeriod ?? '',
            })}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.results.period')}</th>
            <th scope="col">{t('projects.results.target')}</th>
            <th scope="col">{t('projects.results.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.periods.map((period) => (
            <tr key={`${period.period}-${period.disaggregation}`}>
              <th scope="row">{period.period}</th>
              <td>{period.target ?? '—'}</td>
              <td>{period.actual ?? notYet}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
