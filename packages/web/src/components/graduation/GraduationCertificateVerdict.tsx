import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { certificatePdfUrl } from '../../api/graduation.api.ts';
import type { GraduationCertificate } from '../../api/graduation-types.ts';
import { useCountryName } from '../../hooks/use-country-name.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { useSession } from '../../hooks/use-session.ts';
import { allowsOnCity } from '../../lib/access.ts';
import { formatDate } from '../../lib/dates.ts';
import { CertificateFacts, CertificateVerdict } from '../certificates/CertificateVerdict.tsx';

/**
 * "Valid graduation certificate": the city (to its page) and its country by name, in the
 * interface language, as the headline; then the stage it reached and left, the decision date,
 * the rubric version and the reference, with the PDF in the reader's language and, for those who
 * may read it, the assessment behind it.
 */
export function GraduationCertificateVerdict({
  certificate: c,
}: {
  readonly certificate: GraduationCertificate;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const countryName = useCountryName();
  const city = (
    <Link to="/cities/$slug" params={{ slug: c.city.slug }}>
      {c.city.name}
    </Link>
  );
  const mayReadAssessment = allowsOnCity(session.data, 'assessment.read', c.city);
  return (
    <CertificateVerdict valid title={t('graduationCertificate.valid.title')}>
      <p>{t('graduationCertificate.valid.intro')}</p>
      <p className="verify-result__training">
        {city} ({countryName(c.city.country)})
      </p>
      <CertificateFacts
        facts={[
          { label: t('graduationCertificate.valid.stage'), value: t(`stage.${c.stage}`) },
          { label: t('graduationCertificate.valid.from'), value: t(`stage.${c.fromStage}`) },
          {
            label: t('graduationCertificate.valid.decided'),
            value: formatDate(c.decidedAt, language),
          },
          { label: t('graduation.rubricVersion'), value: c.rubricVersion },
          { label: t('verifyCertificate.reference'), value: c.id, reference: true },
        ]}
      />
      <ul className="verify-result__links">
        <li>
          <a href={certificatePdfUrl(c.assessmentId, language)} download>
            {t('graduation.certificatePdf')}
          </a>
        </li>
        {mayReadAssessment && (
          <li>
            <Link to="/assessments/$id" params={{ id: c.assessmentId }}>
              {t('graduationCertificate.valid.assessment')}
            </Link>
          </li>
        )}
      </ul>
      <p className="small">{t('graduationCertificate.valid.noRanking')}</p>
    </CertificateVerdict>
  );
}

/** "No graduation certificate has this reference": what to check, where attendance goes, whom to ask. */
export function NoGraduationCertificate({ reference }: { readonly reference: string }) {
  const { t } = useTranslation();
  return (
    <CertificateVerdict valid={false} title={t('graduationCertificate.none.title')}>
      <p>
        {t('graduationCertificate.none.intro')}{' '}
        <span className="verify-result__reference">{reference}</span>
      </p>
      <ul>
        <li>{t('graduationCertificate.none.checkReference')}</li>
        <li>
          {t('graduationCertificate.none.attendance')}{' '}
          <Link to="/verify-certificate">{t('verifyCertificate.title')}</Link>
        </li>
      </ul>
      <p>{t('graduationCertificate.none.contact')}</p>
    </CertificateVerdict>
  );
}
