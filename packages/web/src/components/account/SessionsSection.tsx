import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOutEverywhere } from '../../hooks/use-session.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { mutateThen } from '../../lib/mutate-then.ts';

/** Sign out of every browser (a lost phone, a shared computer), after a confirmation. */
export function SessionsSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOutEverywhere = useSignOutEverywhere();
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <p>{t('account.sessionsText')}</p>
      <FormFailure error={signOutEverywhere.error} />
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('account.signOutEverywhere')}>
          <p>{t('account.signOutEverywhereConfirm')}</p>
          <button
            type="button"
            className="button button--danger"
            disabled={signOutEverywhere.isPending}
            onClick={() =>
              mutateThen(signOutEverywhere, undefined, () => navigate({ to: '/sign-in' }))
            }
          >
            {t('account.signOutEverywhereYes')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(false)}
          >
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          {t('account.signOutEverywhere')}
        </button>
      )}
    </div>
  );
}
