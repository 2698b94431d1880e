/**
 * Spreadsheet-formula defence. Text from a file is stored as text, never evaluated; on export
 * to CSV or a spreadsheet a text cell that a spreadsheet would read as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with a single quote, as OWASP
 * recommends against CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a text cell would be read as a formula by a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Makes a text cell safe to open in a spreadsheet. Numbers are never passed here.
 * @example neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
