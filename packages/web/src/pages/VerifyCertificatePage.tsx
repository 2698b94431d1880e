import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../components/certificates/certificates.css';
import { FormFailure } from '../components/form/FormFailure.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { VerificationResult } from '../components/trainings/VerificationResult.tsx';
import { useCertificateVerification } from '../hooks/use-certificate-verification.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { fieldErrors } from '../lib/field-errors.ts';

const verifyRoute = getRouteApi('/verify-certificate');

/**
 * Anyone holding a certificate of attendance checks it here: the reference printed on it
 * (prefilled from `?reference=`, the link printed on the certificate) and the holder's name.
 */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('verifyCertificate.title'));
  const form = useCertificateVerification(verifyRoute.useSearch().reference ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  const { problems, check, refusals } = form;
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const server = fieldErrors(check.error);
  const referenceErrors =
    problems.reference === 'required'
      ? [t('verifyCertificate.problems.referenceRequired')]
      : problems.reference === 'malformed'
        ? [t('verifyCertificate.problems.referenceMalformed')]
        : (server.get('reference') ?? []);
  const nameErrors = problems.name
    ? [t('verifyCertificate.problems.nameRequired')]
    : (server.get('name') ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit();
  };
  return (
    <div className="verify-page">
      <h1>{t('verifyCertificate.title')}</h1>
      <p className="lead">{t('verifyCertificate.intro')}</p>
      <p className="small">{t('verifyCertificate.graduationNote')}</p>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('verifyCertificate.reference')}
          hint={t('verifyCertificate.referenceHint')}
          value={form.reference}
          onChange={(event) => form.setReference(event.target.value)}
          errors={referenceErrors}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={100}
          className="verify-page__reference"
        />
        <TextField
          label={t('verifyCertificate.name')}
          hint={t('verifyCertificate.nameHint')}
          value={form.name}
          onChange={(event) => form.setName(event.target.value)}
          errors={nameErrors}
          required
          autoComplete="off"
          maxLength={300}
        />
        <FormFailure error={check.error} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={check.isPending}>
            {check.isPending ? t('verifyCertificate.checking') : t('verifyCertificate.submit')}
          </button>
        </div>
      </form>
      {check.data && <VerificationResult result={check.data} />}
      <p className="small muted verify-page__privacy">{t('verifyCertificate.privacy')}</p>
    </div>
  );
}
