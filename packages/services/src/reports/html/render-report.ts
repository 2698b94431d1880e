import {
  CitationRegister,
  parseNarrative,
  VLR_OUTLINE,
  type Citation,
  type ReportBlockKind,
  type ReportDocument,
  type ReportSection,
} from '@frontrunner/domain';
import {
  annexBlock,
  blockOr,
  capacityBlock,
  consultationsBlock,
  dashboardBlock,
  indicatorsBlock,
  membersBlock,
  projectsBlock,
  type CiteContext,
} from './blocks';
import { html, trusted, type Html } from './escape';
import { REPORT_CSS } from './report-styles';

/** Options of {@link renderReportHtml}. */
export interface RenderOptions {
  /** Link of each cited observation on the web (history, source); none in print. */
  readonly observationHref?: ((citation: Citation) => string) | undefined;
  /** Links shown above the report on the web (e.g. PDF, data zip). */
  readonly downloads?: readonly { readonly href: string; readonly label: string }[] | undefined;
}

function narrative(text: string | undefined, section: ReportSection): Html {
  if (!text?.trim())
    return html`<p class="empty-narrative">Not written yet. ${section.guidance}</p>`;
  return html`${parseNarrative(text).map((b) =>
    b.kind === 'heading'
      ? html`<h3>${b.text}</h3>`
      : b.kind === 'list'
        ? html`<ul>
            ${b.items.map((i) => html`<li>${i}</li>`)}
          </ul>`
        : html`<p>${b.text}</p>`,
  )}`;
}

function block(kind: ReportBlockKind, doc: ReportDocument, ctx: CiteContext): Html {
  const { data } = doc;
  switch (kind) {
    case 'consultations':
      return consultationsBlock(doc.consultations);
    case 'dashboard':
      return blockOr(data.dashboard, dashboardBlock);
    case 'members':
      if (data.scope.kind === 'city') return html``;
      return blockOr(data.members, (m) =>
        membersBlock(m, data.scope.kind === 'asean' ? 'Countries' : 'Cities'),
      );
    case 'indicators':
      return blockOr(data.indicators, (items) => indicatorsBlock(ctx, items, data.goals));
    case 'projects':
      return blockOr(data.projects, projectsBlock);
    case 'capacity':
      return blockOr(data.capacity, capacityBlock);
    case 'annex':
      return annexBlock(ctx);
  }
}

/** The place a report is about, in words. */
export function scopeName(doc: ReportDocument): string {
  const s = doc.data.scope;
  return s.kind === 'city' ? `${s.name}, ${s.countryName}` : s.name;
}

/**
 * A report as one self-contained HTML page (styles inline, charts as inline SVG): cover, table of
 * contents, the sections of the VLR outline with their narratives and generated blocks, and the
 * statistical annex citing every number. The same page is printed to PDF by Chromium.
 */
export function renderReportHtml(doc: ReportDocument, options: RenderOptions = {}): string {
  const ctx: CiteContext = {
    notes: new CitationRegister(),
    observationHref: options.observationHref,
  };
  // Render sections in order so that the annex (last) sees every citation.
  const sections = VLR_OUTLINE.map(
    (section, i) =>
      html`<section class="report-section" id="section-${section.key}">
        <h2>${i + 1}. ${section.title}</h2>
        ${section.narrative ? narrative(doc.narratives[section.key], section) : ''}
        ${section.blocks.map((kind) => block(kind, doc, ctx))}
      </section>`,
  );
  const page = html`<!doctype html>
    <html lang="${doc.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${doc.title}</title>
        <style>
          ${trusted(REPORT_CSS)}
        </style>
      </head>
      <body>
        ${options.downloads?.length ? html`<nav class="no-print downloads">${options.downloads.map((d) => html`<a href="${d.href}">${d.label}</a> `)}</nav>` : ''}
        <header class="cover">
          <h1>${doc.title}</h1>
          <p class="scope">${scopeName(doc)}</p>
          <p class="meta">
            Version ${doc.version} · ${doc.status} · data as of ${doc.data.generatedAt.slice(0, 10)}
            · language ${doc.lang}
          </p>
          <nav class="toc">
            <h2>Contents</h2>
            <ol>
              ${VLR_OUTLINE.map((s) => html`<li><a href="#section-${s.key}">${s.title}</a></li>`)}
            </ol>
          </nav>
        </header>
        ${sections}
      </body>
    </html>`;
  return page.value;
}
