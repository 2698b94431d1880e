import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import './graduation.css';
import { certificatePdfUrl } from '../../api/graduation.api.ts';
import { useCityCertificates } from '../../hooks/use-graduation.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatDate } from '../../lib/dates.ts';

/**
 * A city's graduation certificates with their PDFs (public facts); nothing when `quiet` and there
 * are none.
 */
export function CertificateList({
  slug,
  quiet = false,
}: {
  readonly slug: string;
  readonly quiet?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const certificates = useCityCertificates(slug);
  const items = certificates.data?.items ?? [];
  if (quiet && items.length === 0) return null;
  return (
    <section aria-labelledby="certificates-heading" className="graduation-certificates">
      <h2 id="certificates-heading">{t('graduation.certificatesTitle')}</h2>
      {certificates.isSuccess && items.length === 0 && (
        <p className="muted">{t('graduation.noCertificates')}</p>
      )}
      {items.length > 0 && (
        <ul>
          {items.map((c) => (
            <li key={c.id}>
              {t('graduation.certificateLine', {
                stage: t(`stage.${c.stage}`),
                date: formatDate(c.decidedAt, language),
                version: c.rubricVersion,
              })}{' '}
              <a href={certificatePdfUrl(c.assessmentId, language)} download>
                {t('graduation.certificatePdf')}
              </a>
              <span className="small muted">
                {' '}
                <Link to="/graduation-certificates/$id" params={{ id: c.id }}>
                  {t('graduation.reference', { id: c.id })}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
