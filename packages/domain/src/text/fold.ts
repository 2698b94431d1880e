/**
 * Folds text for accent- and case-insensitive matching: lower case, diacritics removed
 * (Vietnamese đ becomes d), runs of whitespace collapsed. Scripts without case or accents
 * (Khmer, Lao, Burmese, Thai) pass through unchanged apart from whitespace.
 * @example foldForSearch('  Đà Nẵng ') // 'da nang'
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
