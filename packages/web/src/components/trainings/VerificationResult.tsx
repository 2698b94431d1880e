import { useTranslation } from 'react-i18next';
import type { AttendanceVerification } from '../../api/certificates.api.ts';
import { CertificateFacts, CertificateVerdict } from '../certificates/CertificateVerdict.tsx';
import { useLanguage } from '../../hooks/use-language.ts';
import { formatDays } from '../../lib/dates.ts';

/**
 * The answer to a certificate check: a "Valid certificate" panel with the training's facts, or
 * "no match" with what to try.
 */
export function VerificationResult({ result }: { readonly result: AttendanceVerification }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!result.valid)
    return (
      <CertificateVerdict valid={false} title={t('verifyCertificate.none.title')} announce={result}>
        <p>{t('verifyCertificate.none.intro')}</p>
        <ul>
          <li>{t('verifyCertificate.none.checkReference')}</li>
          <li>{t('verifyCertificate.none.checkName')}</li>
        </ul>
        <p>{t('verifyCertificate.none.contact')}</p>
      </CertificateVerdict>
    );
  const training = result.training;
  const place = [training.place, training.online ? t('capacity.cohort.online') : null]
    .filter(Boolean)
    .join(' · ');
  const facts = [
    {
      label: t('trainings.dates'),
      value: formatDays(training.startsOn, training.endsOn, language),
    },
    { label: t('trainings.form.place'), value: place },
    {
      label: t('trainings.participants.attended'),
      value: t('trainings.participants.ofSessions', {
        attended: result.sessionsAttended,
        total: result.sessionsTotal,
      }),
    },
    {
      label: t('verifyCertificate.valid.city'),
      value: result.cityName ?? t('trainings.participants.guest'),
    },
    { label: t('trainings.form.organisers'), value: training.organisers.join(', ') },
  ].filter(({ value }) => value !== '');
  return (
    <CertificateVerdict valid title={t('verifyCertificate.valid.title')} announce={result}>
      <p>{t(`verifyCertificate.valid.intro.${training.kind}`)}</p>
      <p className="verify-result__training">{training.title}</p>
      <CertificateFacts
        facts={[
          ...facts,
          { label: t('verifyCertificate.reference'), value: result.reference, reference: true },
        ]}
      />
    </CertificateVerdict>
  );
}
