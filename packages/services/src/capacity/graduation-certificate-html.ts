import { countryName, type Language } from '@frontrunner/domain';
import { html } from '../reports/html/escape';
import { certificateLine, certificatePage, printedUrl } from './certificate-page';
import {
  certificateDate,
  certificateNumber,
  certificateText,
  stageName,
  type CertificateKey,
} from './certificate-text';
import type { GraduationCertificateView } from './graduation-certificate.service';

/** Options of {@link renderGraduationCertificateHtml}. */
export interface GraduationCertificateHtmlOptions {
  /** Language of the labels, stage names and dates; the city's name stays as entered. */
  readonly lang: Language;
  /** Where the web app is served (no trailing slash): the page printed for verification. */
  readonly publicUrl: string;
}

/**
 * The path of a graduation certificate's public page in the web app, where anyone checks the
 * reference printed on it.
 * @example graduationCertificatePagePath('3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c')
 * // '/graduation-certificates/3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c'
 */
export function graduationCertificatePagePath(id: string): string {
  return `/graduation-certificates/${encodeURIComponent(id)}`;
}

/**
 * The page of a graduation certificate, to print with `renderPdf`: the city and its country (by
 * name, in `lang`), the stage it reached, the decision date, the rubric version and the
 * certificate's id as its verification reference, with the web page that answers the same facts.
 */
export function renderGraduationCertificateHtml(
  c: GraduationCertificateView,
  { lang, publicUrl }: GraduationCertificateHtmlOptions,
): string {
  const text = (key: CertificateKey, values?: Record<string, string>) =>
    certificateText(lang, key, values);
  const decided = certificateDate(c.decidedAt, lang);
  const reached = stageName(c.stage, lang);
  return certificatePage({
    lang,
    title: `${text('graduationHeading')}: ${c.city.name}`,
    heading: text('graduationHeading'),
    body: html`<p>${text('certifiesThat')}</p>
      <p class="subject">${c.city.name} (${countryName(c.city.country, lang)})</p>
      <p>${text('graduatedFrom', { from: stageName(c.fromStage, lang) })}</p>
      <p class="highlight">${reached}</p>
      <p>${text('graduationDecision', { date: decided })}</p>
      <dl>
        <dt>${text('decisionDate')}</dt>
        <dd>${decided}</dd>
        <dt>${text('stageReached')}</dt>
        <dd>${reached}</dd>
        <dt>${text('graduationRubric')}</dt>
        <dd>${text('rubricVersion', { version: certificateNumber(c.rubricVersion, lang) })}</dd>
        <dt>${text('reference')}</dt>
        <dd class="reference">${c.id}</dd>
      </dl>
      <p class="note">
        ${certificateLine(lang, 'verifyGraduation', {
          name: 'url',
          markup: printedUrl(`${publicUrl}${graduationCertificatePagePath(c.id)}`),
        })}
      </p>`,
  });
}
