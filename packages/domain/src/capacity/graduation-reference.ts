import { tidyHandCopied } from './hand-copied';

/** The shape of a graduation certificate's reference: the certificate's id, a UUID. */
export const GRADUATION_REFERENCE_EXAMPLE = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Reads a reference as printed on a graduation certificate (its id), forgiving what people do
 * when they copy one by hand: any case, spaces around or inside it, en or em dashes for hyphens.
 * The id in lower case, as ids are stored; undefined when it is not shaped like one.
 * @example parseGraduationReference(' 3F1C2A9E–8B7D-4C6E-9A5B-1D2E3F4A5B6C ')
 * // '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c'
 */
export function parseGraduationReference(text: string): string | undefined {
  const tidy = tidyHandCopied(text).toLowerCase();
  return UUID.test(tidy) ? tidy : undefined;
}
