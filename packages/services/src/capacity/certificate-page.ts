import { html, trusted, type Html } from '../reports/html/escape';
import { REPORT_FONT_STACK } from '../reports/html/report-styles';

/** The programme's name as printed at the top of every certificate. */
export const CERTIFICATE_PROGRAMME = 'ASEAN SDG Frontrunner Cities Programme';

/** One look for every certificate the platform prints: an A4 page in a double frame. */
const CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: ${REPORT_FONT_STACK}; color: #1d1d1b; margin: 0; text-align: center; }
.frame { border: 3px double #19486A; padding: 22mm 14mm; min-height: 220mm; box-sizing: border-box; }
.programme { letter-spacing: .12em; text-transform: uppercase; color: #19486A; font-size: 10pt; margin: 0; }
h1 { font-size: 26pt; margin: 10mm 0 8mm; }
.subject { font-size: 24pt; font-weight: 700; margin: 4mm 0; }
.who { margin: 0 0 6mm; color: #444; }
.highlight { font-size: 18pt; color: #19486A; font-weight: 700; margin: 4mm 0 10mm; }
p { font-size: 11.5pt; line-height: 1.5; margin: 2mm 0; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2mm 6mm; justify-content: center; text-align: left; margin: 14mm auto 0; font-size: 10.5pt; }
dt { color: #555; } dd { margin: 0; font-weight: 600; }
.reference { font-family: monospace; font-size: 10pt; }
.note { margin-top: 14mm; color: #555; font-size: 9pt; }
`;

/**
 * A certificate as a self-contained web page to print with `renderPdf`: the title, the
 * programme's name, the heading and the body (already escaped) inside the frame.
 */
export function certificatePage(page: {
  readonly title: string;
  readonly heading: string;
  readonly body: Html;
}): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${page.title}</title>
        <style>
          ${trusted(CSS)}
        </style>
      </head>
      <body>
        <main class="frame">
          <p class="programme">${CERTIFICATE_PROGRAMME}</p>
          <h1>${page.heading}</h1>
          ${page.body}
        </main>
      </body>
    </html>`.value;
}
