import { useTranslation } from 'react-i18next';
import type { NewPasswordProblems } from '../../lib/password-rules.ts';
import { MIN_PASSWORD_LENGTH } from '../../lib/password-rules.ts';
import { TextField } from './TextField.tsx';

/** Props of the new-password pair. */
export interface NewPasswordFieldsProps {
  readonly password: string;
  readonly confirmation: string;
  readonly onPasswordChange: (value: string) => void;
  readonly onConfirmationChange: (value: string) => void;
  /** Problems found as typed; shown once the form was submitted. */
  readonly problems: NewPasswordProblems;
  readonly showProblems: boolean;
  /** What the server said about the new password. */
  readonly serverErrors?: readonly string[];
}

/** A new password and its repetition, with the rules stated up front. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const { problems, showProblems } = props;
  const passwordErrors = [
    ...(showProblems && problems.password === 'too-short'
      ? [t('password.tooShort', { count: MIN_PASSWORD_LENGTH })]
      : []),
    ...(showProblems && problems.password === 'too-long' ? [t('password.tooLong')] : []),
    ...(props.serverErrors ?? []),
  ];
  return (
    <>
      <TextField
        label={t('password.new')}
        hint={t('password.rules', { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
        value={props.password}
        onChange={(event) => props.onPasswordChange(event.target.value)}
        errors={passwordErrors}
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        value={props.confirmation}
        onChange={(event) => props.onConfirmationChange(event.target.value)}
        errors={
          showProblems && problems.confirmation === 'mismatch' ? [t('password.mismatch')] : []
        }
      />
    </>
  );
}
