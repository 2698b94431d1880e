import { html, trusted } from '../reports/html/escape';
import { REPORT_FONT_STACK } from '../reports/html/report-styles';
import type { GraduationCertificateView } from './graduation-certificate.service';

const STAGE_NAMES: Readonly<Record<string, string>> = {
  none: 'not in the programme',
  candidate: 'Candidate City',
  model_city: 'Model City',
  frontrunner: 'Frontrunner City',
};

const CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: ${REPORT_FONT_STACK}; color: #1d1d1b; margin: 0; text-align: center; }
.frame { border: 3px double #19486A; padding: 22mm 14mm; min-height: 220mm; box-sizing: border-box; }
.programme { letter-spacing: .12em; text-transform: uppercase; color: #19486A; font-size: 10pt; margin: 0; }
h1 { font-size: 26pt; margin: 10mm 0 8mm; }
.city { font-size: 24pt; font-weight: 700; margin: 4mm 0; }
.stage { font-size: 18pt; color: #19486A; font-weight: 700; margin: 4mm 0 10mm; }
p { font-size: 11.5pt; line-height: 1.5; margin: 2mm 0; }
dl { display: grid; grid-template-columns: auto auto; gap: 2mm 6mm; justify-content: center; text-align: left; margin: 14mm auto 0; font-size: 10.5pt; }
dt { color: #555; } dd { margin: 0; font-weight: 600; }
.reference { font-family: monospace; font-size: 10pt; }
.note { margin-top: 14mm; color: #555; font-size: 9pt; }
`;

/** A stage's name as printed, e.g. `model_city` → "Model City". */
export function stageName(stage: string): string {
  return STAGE_NAMES[stage] ?? stage;
}

/**
 * The page of a graduation certificate, to print with `renderPdf`: the city, the stage it
 * reached, the decision date, the rubric version and the certificate's id as its verification
 * reference (`verifyPath` answers the same facts).
 */
export function renderGraduationCertificateHtml(
  c: GraduationCertificateView,
  verifyPath: string,
): string {
  const decided = c.decidedAt.slice(0, 10);
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Graduation certificate: ${c.city.name}</title>
        <style>
          ${trusted(CSS)}
        </style>
      </head>
      <body>
        <main class="frame">
          <p class="programme">ASEAN SDG Frontrunner Cities Programme</p>
          <h1>Certificate of graduation</h1>
          <p>This certifies that</p>
          <p class="city">${c.city.name} (${c.city.country})</p>
          <p>has graduated from ${stageName(c.fromStage)} to</p>
          <p class="stage">${stageName(c.stage)}</p>
          <p>
            by decision of the programme secretariat on ${decided}, after a self-assessment and
            review against the programme’s graduation rubric.
          </p>
          <dl>
            <dt>Decision date</dt>
            <dd>${decided}</dd>
            <dt>Stage reached</dt>
            <dd>${stageName(c.stage)}</dd>
            <dt>Graduation rubric</dt>
            <dd>version ${c.rubricVersion}</dd>
            <dt>Verification reference</dt>
            <dd class="reference">${c.id}</dd>
          </dl>
          <p class="note">
            Verify this certificate at ${verifyPath}. Graduation rewards completed stages; it never
            ranks cities against each other.
          </p>
        </main>
      </body>
    </html>`.value;
}
