import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken, User } from '../../api/account-types.ts';
import { useApiTokens } from '../../hooks/use-account.ts';
import { QueryResult } from '../QueryResult.tsx';
import { ApiTokenList } from './ApiTokenList.tsx';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { NewToken } from './NewToken.tsx';

/** API tokens for machine clients: the list, a form for a new one, the new one shown once. */
export function ApiTokensSection({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | undefined>();
  return (
    <div>
      <p>{t('tokens.intro')}</p>
      {created ? (
        <NewToken token={created} onDone={() => setCreated(undefined)} />
      ) : creating ? (
        <div className="panel">
          <h3>{t('tokens.newTitle')}</h3>
          <CreateTokenForm
            assignments={user.assignments}
            onCreated={(token) => {
              setCreating(false);
              setCreated(token);
            }}
          />
          <button type="button" className="button button--quiet" onClick={() => setCreating(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('tokens.new')}
        </button>
      )}
      <h3 className="section-subheading">{t('tokens.listTitle')}</h3>
      <QueryResult query={tokens}>{(list) => <ApiTokenList tokens={list} />}</QueryResult>
    </div>
  );
}
