import {
  normaliseCertificateName,
  parseAttendanceReference,
  parseGraduationReference,
} from '@frontrunner/domain';

/** The problems of a verification form, by field; empty when it may be sent. */
export interface VerificationProblems {
  /** Empty, or not shaped like a reference. */
  readonly reference?: 'required' | 'malformed';
  /** Empty (or only spaces). */
  readonly name?: 'required';
}

/**
 * Checks the form as the server will (the same domain rules), so a mistyped reference is said
 * beside its field at once, in the reader's language. A graduation certificate's reference has
 * no problem and needs no name: the form sends its reader to that certificate's page.
 *
 * @example
 * verificationProblems({ reference: 'FR-ATT-12', name: '' })
 * // { reference: 'malformed', name: 'required' }
 */
export function verificationProblems(draft: {
  readonly reference: string;
  readonly name: string;
}): VerificationProblems {
  if (parseGraduationReference(draft.reference)) return {};
  const reference: VerificationProblems['reference'] =
    draft.reference.trim() === ''
      ? 'required'
      : parseAttendanceReference(draft.reference)
        ? undefined
        : 'malformed';
  const name: VerificationProblems['name'] =
    normaliseCertificateName(draft.name) === '' ? 'required' : undefined;
  return { ...(reference ? { reference } : {}), ...(name ? { name } : {}) };
}

/**
 * The reference to prefill from the page's address (`?reference=`), trimmed and at most as long
 * as the server accepts; undefined when absent.
 *
 * @example referenceFromSearch({ reference: ' FR-ATT-1A2B3C4D-5E6F7A8B ' }) // 'FR-ATT-1A2B3C4D-5E6F7A8B'
 */
export function referenceFromSearch(raw: Record<string, unknown>): string | undefined {
  const value = raw.reference;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, 100);
  return trimmed === '' ? undefined : trimmed;
}
