import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignmentDrafts } from '../../hooks/use-assignment-drafts.ts';
import { useInviteUser } from '../../hooks/use-users.ts';
import {
  isLanguageCode,
  languageCodes,
  languageNames,
  type LanguageCode,
} from '../../i18n/languages.ts';
import { draftToInput } from '../../lib/assignments.ts';
import { fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { TextField } from '../form/TextField.tsx';
import { AssignmentEditor } from './AssignmentEditor.tsx';

/** Invite someone: email, name, language and roles; the server emails them a link. */
export function InviteUserForm({ onInvited }: { readonly onInvited: (email: string) => void }) {
  const { t } = useTranslation();
  const languageId = useId();
  const invite = useInviteUser();
  const roles = useAssignmentDrafts();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<LanguageCode>('en');
  const errors = fieldErrors(invite.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!roles.attempt()) return;
    invite.mutate(
      {
        email: email.trim(),
        name: name.trim(),
        language,
        assignments: roles.drafts.map(draftToInput),
      },
      {
        onSuccess: (user) => {
          setEmail('');
          setName('');
          roles.reset();
          onInvited(user.email);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormFailure
        error={invite.error}
        texts={{ invalid: t('failure.checkFields'), conflict: t('users.emailTaken') }}
      />
      <TextField
        label={t('users.email')}
        type="email"
        autoComplete="off"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={errors.get('email')}
      />
      <TextField
        label={t('users.name')}
        autoComplete="off"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.get('name')}
      />
      <div className="field">
        <label htmlFor={languageId}>{t('users.language')}</label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => {
            if (isLanguageCode(event.target.value)) setLanguage(event.target.value);
          }}
        >
          {languageCodes.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
      </div>
      <AssignmentEditor
        value={roles.drafts}
        onChange={roles.setDrafts}
        errorsAt={(index) => roles.errorsAt(index, errors)}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={invite.isPending}>
          {t('users.sendInvitation')}
        </button>
      </div>
    </form>
  );
}
