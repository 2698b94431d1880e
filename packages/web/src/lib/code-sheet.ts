/** One invitation code with the public link that opens the survey with it filled in. */
export interface CodeSheetEntry {
  readonly code: string;
  readonly link: string;
}

/**
 * The public answering link of a survey for one code: no account needed, the code filled in.
 *
 * @example
 * answerLink('https://sdg.example', 'abc', 'KQ7PM-X2RTA')
 * // 'https://sdg.example/surveys/abc/answer?code=KQ7PM-X2RTA'
 */
export function answerLink(origin: string, surveyId: string, code: string): string {
  const base = origin.replace(/\/+$/, '');
  return `${base}/surveys/${encodeURIComponent(surveyId)}/answer?code=${encodeURIComponent(code)}`;
}

/** Each code of a batch with its link, in the order generated. */
export function codeSheet(
  origin: string,
  surveyId: string,
  codes: readonly string[],
): readonly CodeSheetEntry[] {
  return codes.map((code) => ({ code, link: answerLink(origin, surveyId, code) }));
}

/**
 * The sheet as plain text to copy into a spreadsheet or a mail merge: a header line, then one
 * line per code, tab-separated.
 *
 * @example
 * codeListText([{ code: 'A', link: 'https://x/a' }], ['Code', 'Link']) // 'Code\tLink\nA\thttps://x/a\n'
 */
export function codeListText(
  entries: readonly CodeSheetEntry[],
  header: readonly [string, string],
): string {
  return [header, ...entries.map((e) => [e.code, e.link])]
    .map((row) => row.join('\t'))
    .join('\n')
    .concat('\n');
}
