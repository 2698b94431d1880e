import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceVerification } from '../../api/certificates.api.ts';
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
      <ResultPanel result={result} title={t('verifyCertificate.none.title')}>
        <p>{t('verifyCertificate.none.intro')}</p>
        <ul>
          <li>{t('verifyCertificate.none.checkReference')}</li>
          <li>{t('verifyCertificate.none.checkName')}</li>
        </ul>
        <p>{t('verifyCertificate.none.contact')}</p>
      </ResultPanel>
    );
  const training = result.training;
  const place = [training.place, training.online ? t('capacity.cohort.online') : null]
    .filter(Boolean)
    .join(' · ');
  const facts: [label: string, value: string][] = [
    [t('trainings.dates'), formatDays(training.startsOn, training.endsOn, language)],
    [t('trainings.form.place'), place],
    [
      t('trainings.participants.attended'),
      t('trainings.participants.ofSessions', {
        attended: result.sessionsAttended,
        total: result.sessionsTotal,
      }),
    ],
    [t('verifyCertificate.valid.city'), result.cityName ?? t('trainings.participants.guest')],
    [t('trainings.form.organisers'), training.organisers.join(', ')],
  ];
  return (
    <ResultPanel result={result} title={t('verifyCertificate.valid.title')}>
      <p>{t(`verifyCertificate.valid.intro.${training.kind}`)}</p>
      <p className="verify-result__training">{training.title}</p>
      <dl className="training-facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>{t('verifyCertificate.reference')}</dt>
          <dd className="verify-result__reference">{result.reference}</dd>
        </div>
      </dl>
    </ResultPanel>
  );
}

/** A yes or no panel whose heading takes focus with each answer, so it is read out at once. */
function ResultPanel({
  result,
  title,
  children,
}: {
  readonly result: AttendanceVerification;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <section
      className={`verify-result verify-result--${result.valid ? 'valid' : 'none'}`}
      aria-labelledby="verify-result"
    >
      <h2 id="verify-result" ref={heading} tabIndex={-1}>
        <span className="verify-result__mark" aria-hidden="true">
          {result.valid ? '✓' : '✗'}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}
