import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../api/account-types.ts';
import { useRevokeApiToken } from '../../hooks/use-account.ts';
import { formatDate, formatDateTime } from '../../lib/dates.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { AssignmentList } from './AssignmentLabel.tsx';

/** My API tokens with what they may do, when last used, and a revoke button (confirmed). */
export function ApiTokenList({ tokens }: { readonly tokens: readonly ApiToken[] }) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeApiToken();
  const [confirming, setConfirming] = useState<string | undefined>();
  if (tokens.length === 0) return <p className="muted">{t('tokens.none')}</p>;
  return (
    <div className="table-scroll">
      <FormFailure error={revoke.error} />
      <table className="table table--stack">
        <caption className="visually-hidden">{t('tokens.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.name')}</th>
            <th scope="col">{t('tokens.roles')}</th>
            <th scope="col">{t('tokens.created')}</th>
            <th scope="col">{t('tokens.lastUsed')}</th>
            <th scope="col">{t('tokens.expires')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? 'table__row--muted' : undefined}>
              <th scope="row">
                {token.name}
                <span className="token-prefix">{token.prefix}…</span>
              </th>
              <td>
                <AssignmentList assignments={token.assignments} />
              </td>
              <td data-label={t('tokens.created')}>{formatDate(token.createdAt, i18n.language)}</td>
              <td data-label={t('tokens.lastUsed')}>
                {token.lastUsedAt
                  ? formatDateTime(token.lastUsedAt, i18n.language)
                  : t('tokens.neverUsed')}
              </td>
              <td data-label={t('tokens.expires')}>
                {token.expiresAt ? formatDate(token.expiresAt, i18n.language) : t('tokens.never')}
              </td>
              <td className="table__actions">
                {token.revokedAt ? (
                  <span className="muted">
                    {t('tokens.revokedOn', { date: formatDate(token.revokedAt, i18n.language) })}
                  </span>
                ) : confirming === token.id ? (
                  <span className="confirm confirm--inline">
                    <button
                      type="button"
                      className="button button--danger button--small"
                      disabled={revoke.isPending}
                      onClick={() =>
                        revoke.mutate(token.id, { onSettled: () => setConfirming(undefined) })
                      }
                    >
                      {t('tokens.revokeYes', { name: token.name })}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => setConfirming(undefined)}
                    >
                      {t('common.cancel')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => setConfirming(token.id)}
                  >
                    {t('tokens.revoke')}
                    <span className="visually-hidden"> {token.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
