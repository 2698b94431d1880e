import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/account-types.ts';
import { useDeactivateUser, useUpdateUser } from '../../hooks/use-users.ts';
import { AssignmentList } from '../account/AssignmentLabel.tsx';
import { FormFailure } from '../form/FormFailure.tsx';

/** Props of the user table. */
export interface UserTableProps {
  readonly users: readonly User[];
  /** The signed-in user, who cannot deactivate themselves here. */
  readonly selfId: string;
  readonly onEdit: (user: User) => void;
}

/** Users with their status and roles, and buttons to change roles, deactivate or reactivate. */
export function UserTable({ users, selfId, onEdit }: UserTableProps) {
  const { t } = useTranslation();
  const deactivate = useDeactivateUser();
  const update = useUpdateUser();
  const [confirming, setConfirming] = useState<string | undefined>();
  return (
    <div className="table-scroll">
      <FormFailure
        error={deactivate.error ?? update.error}
        texts={{ conflict: t('users.lastSecretariat'), invalid: t('users.cannotReactivate') }}
      />
      <table className="table table--stack">
        <caption className="visually-hidden">{t('users.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <span className="user-cell__name">{user.name}</span>
                <span className="user-cell__email">{user.email}</span>
              </th>
              <td>
                <span className={`badge badge--${user.status}`}>
                  {t(`userStatus.${user.status}`)}
                </span>
              </td>
              <td>
                <AssignmentList assignments={user.assignments} />
              </td>
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => onEdit(user)}
                >
                  {t('users.editRoles')}
                  <span className="visually-hidden"> ({user.name})</span>
                </button>
                {user.status === 'deactivated' ? (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    disabled={update.isPending}
                    onClick={() => update.mutate({ id: user.id, update: { status: 'active' } })}
                  >
                    {t('users.reactivate')}
                    <span className="visually-hidden"> ({user.name})</span>
                  </button>
                ) : user.id === selfId ? null : confirming === user.id ? (
                  <span className="confirm confirm--inline">
                    <button
                      type="button"
                      className="button button--danger button--small"
                      disabled={deactivate.isPending}
                      onClick={() =>
                        deactivate.mutate(user.id, { onSettled: () => setConfirming(undefined) })
                      }
                    >
                      {t('users.deactivateYes', { name: user.name })}
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
                    onClick={() => setConfirming(user.id)}
                  >
                    {t('users.deactivate')}
                    <span className="visually-hidden"> ({user.name})</span>
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
