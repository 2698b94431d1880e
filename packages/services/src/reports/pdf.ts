import { VLR_OUTLINE } from '@frontrunner/domain';
import { escapeHtml } from './html/escape';
import { REPORT_FONT_STACK } from './html/report-styles';

/** Debian's Chromium, the default browser that prints reports. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Options of {@link renderPdf}. */
export interface PdfOptions {
  /** Chromium to print with. Default {@link DEFAULT_CHROMIUM_PATH}. */
  readonly chromiumPath?: string;
  /** Text at the left of every footer, e.g. the report's title. */
  readonly footerText?: string;
  /**
   * The page number at the right of every footer, in the page's language: `{page}` and
   * `{total}` become the page and the count. Default `Page {page} of {total}`.
   */
  readonly pageLabel?: string;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Pages of a PDF made by Chromium (Skia writes each page object uncompressed). */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

/** A footer's page label as markup: the text escaped, the counters Chromium's own spans. */
function pageNumbers(label: string): string {
  return escapeHtml(label)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
}

/**
 * Prints a report page to an A4 PDF with Chromium: page numbers in the footer, the table of
 * contents filled with the page where each section starts, vector charts (inline SVG), and the
 * Noto fonts of every ASEAN script. Every section starts on a new page, so a section's first page
 * is the cover's pages plus the pages of the sections before it, each measured by printing it
 * alone in the same layout.
 *
 * playwright-core is loaded on first use so that the services load where no browser is installed.
 */
export async function renderPdf(page: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH,
    args: LAUNCH_ARGS,
  });
  try {
    const tab = await browser.newPage();
    await tab.setContent(page, { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    const footer = `<div style="font-family:${escapeHtml(REPORT_FONT_STACK)};font-size:8px;width:100%;padding:0 16mm;display:flex;justify-content:space-between;color:#555"><span>${escapeHtml(options.footerText ?? '')}</span><span>${pageNumbers(options.pageLabel ?? 'Page {page} of {total}')}</span></div>`;
    const print = () =>
      tab.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer,
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        outline: true,
        tagged: true,
      });
    const sectionIds = VLR_OUTLINE.map((s) => `section-${s.key}`);
    const present = await tab.evaluate(
      (ids) => ids.filter((id) => document.getElementById(id) !== null),
      sectionIds,
    );
    const pagesOf = async (only: string | null): Promise<number> => {
      await tab.evaluate((keep) => {
        for (const s of document.querySelectorAll<HTMLElement>('section.report-section'))
          s.style.display = keep === null || s.id === keep ? '' : 'none';
        const cover = document.querySelector<HTMLElement>('header.cover');
        if (cover) cover.style.display = keep === null || keep === '__cover__' ? '' : 'none';
      }, only);
      return countPdfPages(await print());
    };
    // The cover alone: hide every section.
    let next = 1 + (await pagesOf('__cover__'));
    const starts: Record<string, number> = {};
    for (const id of present) {
      starts[id] = next;
      next += await pagesOf(id);
    }
    await tab.evaluate((numbers) => {
      for (const [id, n] of Object.entries(numbers)) {
        const link = document.querySelector(`.toc a[href="#${id}"]`);
        if (link) link.insertAdjacentHTML('beforeend', ` <span class="toc-page">${n}</span>`);
      }
    }, starts);
    await pagesOf(null);
    return await print();
  } finally {
    await browser.close();
  }
}
