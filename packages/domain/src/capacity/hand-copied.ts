/**
 * A reference as someone copied it by hand, tidied for reading: Unicode NFKC (full-width
 * letters and digits become plain), every space gone, en and em dashes and minus signs read
 * as hyphens. The case is left as typed.
 * @example tidyHandCopied(' fr-att-1a2b3c4d – 5e6f7a8b ') // 'fr-att-1a2b3c4d-5e6f7a8b'
 */
export function tidyHandCopied(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-');
}
