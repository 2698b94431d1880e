/** Letters that Unicode decomposition does not reduce to ASCII. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
};

/**
 * Removes diacritics: decomposes, drops combining marks and folds letters such as Vietnamese
 * đ that have no decomposition. Other scripts pass through unchanged.
 * @example foldToAscii('Đà Nẵng') // 'Da Nang'
 */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐðÐøØłŁß]/g, (c) => LETTER_FOLDS[c] ?? c);
}
