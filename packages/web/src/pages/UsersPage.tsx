import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, User, UserStatus } from '../api/account-types.ts';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { EditUserRoles } from '../components/users/EditUserRoles.tsx';
import { InviteUserForm } from '../components/users/InviteUserForm.tsx';
import { UserFilters } from '../components/users/UserFilters.tsx';
import { UserTable } from '../components/users/UserTable.tsx';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useUsers } from '../hooks/use-users.ts';

/** Users on one page of the list. */
const pageSize = 50;

/** User administration for the secretariat: list, invite, change roles, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  return (
    <RequireAccess action="user.read" audience={t('access.audienceSecretariat')}>
      {(session) => <UsersContent session={session} />}
    </RequireAccess>
  );
}

function UsersContent({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<UserStatus | undefined>();
  const [offset, setOffset] = useState(0);
  const [inviting, setInviting] = useState(false);
  const [invited, setInvited] = useState<string | undefined>();
  const [editing, setEditing] = useState<User | undefined>();
  const lastEditButton = useRef<HTMLElement | null>(null);
  const search = useDebouncedValue(q.trim());
  const users = useUsers({
    ...(search ? { q: search } : {}),
    ...(status ? { status } : {}),
    limit: pageSize,
    offset,
  });

  return (
    <div className="users">
      <h1>{t('users.title')}</h1>
      <p className="lead">{t('users.intro')}</p>
      <p role="status" className="notice-line">
        {invited ? t('users.invited', { email: invited }) : ''}
      </p>
      {inviting ? (
        <section className="panel" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('users.inviteTitle')}</h2>
          <p className="muted small">{t('users.inviteHint')}</p>
          <InviteUserForm
            onInvited={(email) => {
              setInvited(email);
              setInviting(false);
            }}
          />
          <button type="button" className="button button--quiet" onClick={() => setInviting(false)}>
            {t('common.cancel')}
          </button>
        </section>
      ) : (
        <button type="button" className="button" onClick={() => setInviting(true)}>
          {t('users.invite')}
        </button>
      )}
      {editing && (
        <EditUserRoles
          key={editing.id}
          user={editing}
          onClose={() => {
            setEditing(undefined);
            lastEditButton.current?.focus();
          }}
        />
      )}
      <UserFilters
        q={q}
        status={status}
        onQ={(value) => {
          setQ(value);
          setOffset(0);
        }}
        onStatus={(value) => {
          setStatus(value);
          setOffset(0);
        }}
      />
      <QueryResult query={users}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={t('users.empty')} />
          ) : (
            <>
              <p className="result-count">{t('users.count', { count: page.total })}</p>
              <UserTable
                users={page.items}
                selfId={session.user?.id ?? ''}
                onEdit={(user) => {
                  lastEditButton.current = document.activeElement as HTMLElement | null;
                  setEditing(user);
                }}
              />
              {page.total > pageSize && (
                <div className="pagination">
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={offset === 0}
                    onClick={() => setOffset(Math.max(0, offset - pageSize))}
                  >
                    {t('pagination.previous')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={offset + pageSize >= page.total}
                    onClick={() => setOffset(offset + pageSize)}
                  >
                    {t('pagination.next')}
                  </button>
                </div>
              )}
            </>
          )
        }
      </QueryResult>
    </div>
  );
}
