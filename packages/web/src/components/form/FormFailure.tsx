import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { failureKind, type FailureKind } from '../../lib/field-errors.ts';

/** Props of a form's failure message. */
export interface FormFailureProps {
  /** The failed request's error; nothing shows without one. */
  readonly error: unknown;
  /** Sentences that say more than the generic ones for this form (a 409 on an email taken). */
  readonly texts?: Partial<Record<FailureKind, string>>;
}

/**
 * Says, as an alert, why a form's request failed and what to do: check the fields, sign in
 * again, wait, or try later; with the request id to quote when the server failed.
 */
export function FormFailure({ error, texts = {} }: FormFailureProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const kind = failureKind(error);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div className="form-failure" role="alert">
      <p>{texts[kind] ?? t(`failure.${kind}`)}</p>
      {requestId && kind === 'server' && (
        <p className="status__reference">{t('status.requestId', { id: requestId })}</p>
      )}
    </div>
  );
}
