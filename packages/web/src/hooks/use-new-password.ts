import { useState } from 'react';
import { checkNewPassword, isAcceptable, type NewPasswordProblems } from '../lib/password-rules.ts';

/** A new password being typed twice, checked as it is typed. */
export interface NewPasswordState {
  readonly password: string;
  readonly confirmation: string;
  readonly setPassword: (value: string) => void;
  readonly setConfirmation: (value: string) => void;
  readonly problems: NewPasswordProblems;
  /** Problems show only after a first attempt to submit, not while the user starts typing. */
  readonly showProblems: boolean;
  /** Marks an attempt; true when the pair may be sent. */
  readonly attempt: () => boolean;
  readonly reset: () => void;
}

/** State and checks of a new-password pair. */
export function useNewPassword(): NewPasswordState {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const problems = checkNewPassword(password, confirmation);
  return {
    password,
    confirmation,
    setPassword,
    setConfirmation,
    problems,
    showProblems,
    attempt: () => {
      setShowProblems(true);
      return isAcceptable(problems);
    },
    reset: () => {
      setPassword('');
      setConfirmation('');
      setShowProblems(false);
    },
  };
}
