import { html } from '../reports/html/escape';
import { certificatePage } from './certificate-page';
import type { GraduationCertificateView } from './graduation-certificate.service';

const STAGE_NAMES: Readonly<Record<string, string>> = {
  none: 'not in the programme',
  candidate: 'Candidate City',
  model_city: 'Model City',
  frontrunner: 'Frontrunner City',
};

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
  return certificatePage({
    title: `Graduation certificate: ${c.city.name}`,
    heading: 'Certificate of graduation',
    body: html`<p>This certifies that</p>
      <p class="subject">${c.city.name} (${c.city.country})</p>
      <p>has graduated from ${stageName(c.fromStage)} to</p>
      <p class="highlight">${stageName(c.stage)}</p>
      <p>
        by decision of the programme secretariat on ${decided}, after a self-assessment and review
        against the programme’s graduation rubric.
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
      </p>`,
  });
}
