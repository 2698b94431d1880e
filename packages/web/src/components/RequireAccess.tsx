import type { ReactNode } from 'react';
import type { Session } from '../api/account-types.ts';
import { usePageAccess } from '../hooks/use-page-access.ts';
import type { CityRef } from '../lib/access.ts';
import { AccessState } from './AccessState.tsx';
import { ErrorState, LoadingState } from './StatusMessages.tsx';

/** Props of a page part that needs a role. */
export interface RequireAccessProps {
  /** The policy action the page needs, e.g. `user.read`. */
  readonly action: string;
  /** The city the action is about, for city-scoped actions. */
  readonly city?: CityRef;
  /** Who the page is for, in words, for the 401/403 state. */
  readonly audience: string;
  readonly children: (session: Session) => ReactNode;
}

/** Shows its children to those allowed, a sign-in or "not for you" state to the others. */
export function RequireAccess({ action, city, audience, children }: RequireAccessProps) {
  const access = usePageAccess(action, city);
  switch (access.state) {
    case 'loading':
      return <LoadingState />;
    case 'error':
      return <ErrorState error={access.error} onRetry={access.retry} />;
    case 'allowed':
      return children(access.session);
    default:
      return <AccessState kind={access.state} audience={audience} />;
  }
}
