import { neutraliseFormula } from './text-safety';

/** A quote put before a formula start by {@link escapeFormula}: `'=`, `''=`, … */
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * {@link neutraliseFormula}, made reversible so that export then import is the identity: text
 * that already looks escaped (quotes then a formula start) gets one more quote, which
 * {@link unescapeFormula} removes again. Every text cell of every export goes through this.
 * @example escapeFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @example escapeFormula("'=1") // "''=1"
 */
export function escapeFormula(text: string): string {
  return ESCAPED.test(text) ? `'${text}` : neutraliseFormula(text);
}

/**
 * The text a cell written by {@link escapeFormula} stood for. Text that was never escaped,
 * including a bare formula typed by a person, comes back unchanged: it is stored as text and
 * never evaluated.
 * @example unescapeFormula("'=HYPERLINK(\"x\")") // '=HYPERLINK("x")'
 */
export function unescapeFormula(text: string): string {
  return text.charCodeAt(0) === 39 && ESCAPED.test(text) ? text.slice(1) : text;
}
