import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../api/account-types.ts';

const statuses: readonly UserStatus[] = ['active', 'invited', 'deactivated'];

/** Props of the user list filters. */
export interface UserFiltersProps {
  readonly q: string;
  readonly status: UserStatus | undefined;
  readonly onQ: (q: string) => void;
  readonly onStatus: (status: UserStatus | undefined) => void;
}

/** Search users by name or email, and filter by status. */
export function UserFilters({ q, status, onQ, onStatus }: UserFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="city-filters" role="search" aria-label={t('users.filtersLabel')}>
      <div className="field field--search">
        <label htmlFor={`${id}-q`}>{t('users.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          onChange={(event) => onQ(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('users.status')}</label>
        <select
          id={`${id}-status`}
          value={status ?? ''}
          onChange={(event) =>
            onStatus((event.target.value || undefined) as UserStatus | undefined)
          }
        >
          <option value="">{t('users.allStatuses')}</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {t(`userStatus.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
