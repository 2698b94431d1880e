import type { Language } from '@frontrunner/domain';
import { html, trusted, type Html } from '../reports/html/escape';
import { REPORT_FONT_STACK } from '../reports/html/report-styles';
import { certificateText, type CertificateKey } from './certificate-text';

/** One look for every certificate the platform prints: an A4 page in a double frame. */
const CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: ${REPORT_FONT_STACK}; color: #1d1d1b; margin: 0; text-align: center; }
.frame { border: 3px double #19486A; padding: 18mm 14mm; min-height: 220mm; box-sizing: border-box; }
.programme { color: #19486A; font-size: 10pt; margin: 0; }
.programme:lang(en) { letter-spacing: .12em; text-transform: uppercase; }
h1 { font-size: 26pt; margin: 10mm 0 8mm; }
.subject { font-size: 24pt; font-weight: 700; margin: 4mm 0; }
.who { margin: 0 0 6mm; color: #444; }
.highlight { font-size: 18pt; color: #19486A; font-weight: 700; margin: 4mm 0 10mm; }
p { font-size: 11.5pt; line-height: 1.5; margin: 2mm 0; }
p:lang(km), p:lang(lo), p:lang(my) { line-height: 1.85; }
p.subject, p.highlight { line-height: 1.35; }
dl { line-height: 1.5; display: grid; grid-template-columns: max-content auto; gap: 2mm 6mm; justify-content: center; text-align: left; margin: 14mm auto 0; font-size: 10.5pt; }
dt { color: #555; } dd { margin: 0; font-weight: 600; }
.reference { font-family: monospace; font-size: 10pt; }
.note { margin-top: 14mm; color: #555; font-size: 9pt; }
.url span { white-space: nowrap; }
`;

/**
 * A URL as printed: it may break after a slash or before its query, never at the hyphens of a
 * reference (a reader copies it by hand).
 */
export function printedUrl(url: string): Html {
  const pieces = url.split(/(?<=[^/]\/)(?=[^/])|(?=\?)/);
  return html`<span class="url"
    >${pieces.map((piece, i) => html`${i > 0 ? trusted('<wbr />') : ''}<span>${piece}</span>`)}</span
  >`;
}

/**
 * A certificate's label in a language with one `{placeholder}` filled with markup (e.g.
 * {@link printedUrl}); the words around it escaped.
 */
export function certificateLine(
  lang: Language,
  key: CertificateKey,
  placeholder: { readonly name: string; readonly markup: Html },
): Html {
  const [before = '', after = ''] = certificateText(lang, key).split(`{${placeholder.name}}`);
  return html`${before}${placeholder.markup}${after}`;
}

/**
 * A certificate as a self-contained web page to print with `renderPdf`, in the holder's
 * language: the title, the programme's name, the heading and the body (already escaped) inside
 * the frame.
 */
export function certificatePage(page: {
  readonly lang: Language;
  readonly title: string;
  readonly heading: string;
  readonly body: Html;
}): string {
  return html`<!doctype html>
    <html lang="${page.lang}">
      <head>
        <meta charset="utf-8" />
        <title>${page.title}</title>
        <style>
          ${trusted(CSS)}
        </style>
      </head>
      <body>
        <main class="frame">
          <p class="programme">${certificateText(page.lang, 'programme')}</p>
          <h1>${page.heading}</h1>
          ${page.body}
        </main>
      </body>
    </html>`.value;
}
