import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/account-types.ts';
import { useUpdateAccount } from '../../hooks/use-account.ts';
import {
  isLanguageCode,
  languageCodes,
  languageNames,
  type LanguageCode,
} from '../../i18n/languages.ts';
import { fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';

/** My name and preferred language; the language also becomes the interface language. */
export function ProfileForm({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const languageId = useId();
  const update = useUpdateAccount();
  const [name, setName] = useState(user.name);
  const [language, setLanguage] = useState<LanguageCode>(user.language);
  const errors = fieldErrors(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      ...(name.trim() !== user.name ? { name: name.trim() } : {}),
      ...(language !== user.language ? { language } : {}),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormFailure error={update.error} texts={{ invalid: t('failure.checkFields') }} />
      <TextField
        label={t('account.name')}
        autoComplete="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={errors.get('name')}
      />
      <div className="field">
        <label htmlFor={languageId}>{t('account.language')}</label>
        <span className="field__hint">{t('account.languageHint')}</span>
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
        <FieldErrors errors={errors.get('language') ?? []} />
      </div>
      <p className="muted small">{t('account.email', { email: user.email })}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('account.saveProfile')}
        </button>
        <span role="status" className="form__saved">
          {update.isSuccess ? t('account.saved') : ''}
        </span>
      </div>
    </form>
  );
}
