import { useTranslation } from 'react-i18next';
import type { BenefitClaim } from '../../api/projects-types.ts';

/** The project's benefit claims: target, kind, size, quantified change and evidence. */
export function ProjectClaims({ claims }: { readonly claims: readonly BenefitClaim[] }) {
  const { t } = useTranslation();
  return (
    <section className="project-section" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('projects.claims.title')}</h2>
      {claims.length === 0 ? (
        <p className="muted">{t('projects.claims.none')}</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('projects.claims.title')}
        >
          <table className="project-table">
            <thead>
              <tr>
                <th scope="col">{t('projects.claims.target')}</th>
                <th scope="col">{t('projects.claims.kind')}</th>
                <th scope="col">{t('projects.claims.size')}</th>
                <th scope="col">{t('projects.claims.quantified')}</th>
                <th scope="col">{t('projects.claims.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr key={claim.id}>
                  <th scope="row">{claim.target}</th>
                  <td>
                    <span className={`claim-kind claim-kind--${claim.kind}`}>
                      {t(`projects.kinds.${claim.kind}`)}
                    </span>
                  </td>
                  <td>{t(`projects.sizes.${claim.size}`)}</td>
                  <td>
                    {claim.quantified
                      ? t('projects.claims.change', {
                          indicator: claim.quantified.indicator,
                          baseline: claim.quantified.baseline,
                          target: claim.quantified.target,
                          unit: claim.quantified.unit ?? '',
                        })
                      : '—'}
                  </td>
                  <td>{claim.evidence ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
