import { tidyHandCopied } from './hand-copied';

/**
 * What a certificate of attendance's verification reference points at: the first eight hex
 * digits of the training's id and of the participant's id (lower case, as ids are stored).
 */
export interface AttendanceReferenceParts {
  /** Eight lower-case hex digits: the start of the training's id. */
  readonly trainingPrefix: string;
  /** Eight lower-case hex digits: the start of the participant's id. */
  readonly participantPrefix: string;
}

/** The shape of a reference, e.g. `FR-ATT-1A2B3C4D-5E6F7A8B`. */
export const ATTENDANCE_REFERENCE_EXAMPLE = 'FR-ATT-1A2B3C4D-5E6F7A8B';

const REFERENCE = /^FR-ATT-([0-9A-F]{8})-([0-9A-F]{8})$/;

/**
 * Reads a reference as printed on a certificate of attendance, forgiving what people do when
 * they copy one by hand: any case, spaces around it or inside it, en or em dashes for hyphens.
 * Undefined when it is not a reference at all.
 * @example parseAttendanceReference(' fr-att-1a2b3c4d–5e6f7a8b ')
 * // { trainingPrefix: '1a2b3c4d', participantPrefix: '5e6f7a8b' }
 */
export function parseAttendanceReference(text: string): AttendanceReferenceParts | undefined {
  const tidy = tidyHandCopied(text).toUpperCase();
  const match = REFERENCE.exec(tidy);
  if (!match?.[1] || !match[2]) return undefined;
  return { trainingPrefix: match[1].toLowerCase(), participantPrefix: match[2].toLowerCase() };
}

/**
 * A person's name as compared on verification: Unicode NFC, invisible zero-width spaces
 * dropped (Khmer, Lao and Burmese text carries them between words), runs of whitespace
 * collapsed to one space, trimmed, lower case.
 * @example normaliseCertificateName('  Sok   DARA ') // 'sok dara'
 */
export function normaliseCertificateName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u200b\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .normalize('NFC');
}

/**
 * Whether a typed name is the name on a certificate ({@link normaliseCertificateName} of both);
 * a blank name matches nothing.
 * @example certificateNamesMatch('sok  dara', 'Sok Dara') // true
 */
export function certificateNamesMatch(typed: string, recorded: string): boolean {
  const a = normaliseCertificateName(typed);
  return a !== '' && a === normaliseCertificateName(recorded);
}
