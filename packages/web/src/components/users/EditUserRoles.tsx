import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/account-types.ts';
import { useAssignmentDrafts } from '../../hooks/use-assignment-drafts.ts';
import { useUpdateUser } from '../../hooks/use-users.ts';
import { draftToInput } from '../../lib/assignments.ts';
import { fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { AssignmentEditor } from './AssignmentEditor.tsx';

/** Props of the role editor of one user. */
export interface EditUserRolesProps {
  readonly user: User;
  readonly onClose: (saved: boolean) => void;
}

/** Replaces a user's roles; focus comes here when it opens and goes back when it closes. */
export function EditUserRoles({ user, onClose }: EditUserRolesProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const update = useUpdateUser();
  const roles = useAssignmentDrafts(user.assignments);
  const errors = fieldErrors(update.error);
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!roles.attempt()) return;
    update.mutate(
      { id: user.id, update: { assignments: roles.drafts.map(draftToInput) } },
      { onSuccess: () => onClose(true) },
    );
  };

  return (
    <section className="panel" aria-labelledby="edit-roles-heading">
      <h2 id="edit-roles-heading" ref={heading} tabIndex={-1}>
        {t('users.editRolesOf', { name: user.name })}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormFailure
          error={update.error}
          texts={{ invalid: t('failure.checkFields'), conflict: t('users.lastSecretariat') }}
        />
        <AssignmentEditor
          value={roles.drafts}
          onChange={roles.setDrafts}
          errorsAt={(index) => roles.errorsAt(index, errors)}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {t('users.saveRoles')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => onClose(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
