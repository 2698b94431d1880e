import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';

/** Props of the loading message. */
export interface LoadingStateProps {
  /** What is loading; "Loading…" when absent. */
  readonly label?: string;
}

/** A polite, announced "Loading…" with a spinner. */
export function LoadingState({ label }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <div className="status status--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('status.loading')}
    </div>
  );
}

/** Props of the error message. */
export interface ErrorStateProps {
  readonly error: unknown;
  /** Shows a "Try again" button when given. */
  readonly onRetry?: () => void;
}

/**
 * Explains a failed request in plain words: the server could not be reached, or it could not
 * answer; with the request id to quote when the server sent one.
 */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const unreachable = apiError === undefined || apiError.code === 'NETWORK_ERROR';
  return (
    <div className="status status--error" role="alert">
      <h2 className="status__title">{t('status.errorTitle')}</h2>
      <p>{unreachable ? t('status.networkError') : t('status.serverError')}</p>
      {apiError?.requestId && (
        <p className="status__reference">{t('status.requestId', { id: apiError.requestId })}</p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

/** Props of the empty message. */
export interface EmptyStateProps {
  readonly title: string;
  readonly hint?: string;
  readonly action?: ReactNode;
}

/** Says that there is nothing to show, and what to do about it. */
export function EmptyState({ title, hint, action }: EmptyStateProps) {
  return (
    <div className="status status--empty">
      <p className="status__title">{title}</p>
      {hint && <p>{hint}</p>}
      {action}
    </div>
  );
}
