import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CasePage } from '../../api/knowledge-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatResult } from '../../lib/result-value.ts';
import { CaseContacts } from './CaseContacts.tsx';
import { CaseReplications } from './CaseReplications.tsx';

/** A case's numbers, cost, partners and goals, whom to contact and where it was replicated. */
export function CaseFactsPanel({ data }: { readonly data: CasePage }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { case: practice, replications } = data;
  const money =
    practice.cost !== null && practice.currency
      ? new Intl.NumberFormat(language, { style: 'currency', currency: practice.currency }).format(
          practice.cost,
        )
      : null;
  return (
    <>
      {practice.results.length > 0 && (
        <section aria-labelledby="case-results">
          <h2 id="case-results">{t('knowledge.case.results')}</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="case-results">
            <table className="capacity-table">
              <thead>
                <tr>
                  <th scope="col">{t('knowledge.case.result')}</th>
                  <th scope="col">{t('knowledge.case.baseline')}</th>
                  <th scope="col">{t('knowledge.case.value')}</th>
                  <th scope="col">{t('knowledge.case.year')}</th>
                </tr>
              </thead>
              <tbody>
                {practice.results.map((result) => (
                  <tr key={`${result.label}-${result.year ?? ''}`}>
                    <th scope="row">
                      {result.label}
                      {result.seriesCode && (
                        <span className="case-indicator-code">
                          {t('knowledge.case.sdgIndicator', { code: result.seriesCode })}
                        </span>
                      )}
                    </th>
                    <td>{formatResult(result.baseline, result.unit, language)}</td>
                    <td>{formatResult(result.value, result.unit, language)}</td>
                    <td>{result.year ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <ul className="case-facts">
        {money && <li>{t('knowledge.case.cost', { cost: money })}</li>}
        {practice.goals.length > 0 && (
          <li>{t('knowledge.case.goals', { list: practice.goals.join(', ') })}</li>
        )}
        {practice.partners.length > 0 && (
          <li>{t('knowledge.case.partners', { list: practice.partners.join(', ') })}</li>
        )}
        {practice.projectId && (
          <li>
            <Link to="/projects/$id" params={{ id: practice.projectId }}>
              {t('knowledge.case.fromProject')}
            </Link>
          </li>
        )}
      </ul>
      <CaseContacts contacts={practice.contacts} />
      <CaseReplications replications={replications} />
    </>
  );
}
