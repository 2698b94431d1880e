import { parseGraduationReference } from '@frontrunner/domain';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  verifyAttendanceCertificate,
  type AttendanceVerification,
  type VerificationRequest,
} from '../api/certificates.api.ts';
import {
  verificationProblems,
  type VerificationProblems,
} from '../lib/certificate-verification.ts';

/** The verification form's state and actions. */
export interface CertificateVerificationState {
  readonly reference: string;
  readonly setReference: (value: string) => void;
  readonly name: string;
  readonly setName: (value: string) => void;
  /** Problems to show beside the fields: only once the form was sent. */
  readonly problems: VerificationProblems;
  /** Counts the sends refused before reaching the server, so the page can move focus. */
  readonly refusals: number;
  readonly check: UseMutationResult<AttendanceVerification, Error, VerificationRequest>;
  readonly submit: () => void;
}

/**
 * A certificate-of-attendance check: the reference (prefilled from the page's address when
 * given) and the name; checked here first with the server's own rules, then sent. Changing a
 * field clears the last answer, which was about the old values. A graduation certificate's
 * reference sends its reader to that certificate's page instead, where it is checked.
 */
export function useCertificateVerification(initialReference = ''): CertificateVerificationState {
  const [reference, setReferenceValue] = useState(initialReference);
  const [name, setNameValue] = useState('');
  const [sent, setSent] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const check = useMutation({ mutationFn: verifyAttendanceCertificate });
  const navigate = useNavigate();
  const current = verificationProblems({ reference, name });
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (check.data || check.error) check.reset();
  };
  const submit = () => {
    const graduation = parseGraduationReference(reference);
    if (graduation) {
      void navigate({ to: '/graduation-certificates/$id', params: { id: graduation } });
      return;
    }
    setSent(true);
    if (current.reference || current.name) setRefusals((n) => n + 1);
    else check.mutate({ reference, name });
  };
  return {
    reference,
    setReference: edit(setReferenceValue),
    name,
    setName: edit(setNameValue),
    problems: sent ? current : {},
    refusals,
    check,
    submit,
  };
}
