import type { DatabaseHandle } from '@frontrunner/db';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../clock';
import { listGoals } from '../framework/framework.service';
import { assembleReportData } from './assemble';
import { documentFor } from './document';
import { formatReportValue } from './html/blocks';
import { renderReportHtml } from './html/render-report';
import { REPORT_FONT_STACK } from './html/report-styles';
import { countPdfPages, DEFAULT_CHROMIUM_PATH, renderPdf } from './pdf';
import { buildReportFixture, FIXTURE_VALUES } from './reports.fixtures';
import { NO_SCORES } from './scores-port';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const skip = !existsSync(DEFAULT_CHROMIUM_PATH)
  ? `Chromium not found at ${DEFAULT_CHROMIUM_PATH}: PDF tests skipped (apt-get install -y chromium)`
  : !hasPoppler
    ? 'pdftotext not found: PDF tests skipped (apt-get install -y poppler-utils)'
    : undefined;
if (skip) console.warn(skip);

/** Sentences in the scripts of Laos, Myanmar and Thailand, written into the narratives. */
const SAMPLES = {
  lo: 'ນະຄອນຫຼວງວຽງຈັນ',
  my: 'ရန်ကုန်မြို့',
  th: 'กรุงเทพมหานคร',
} as const;

let handle: DatabaseHandle;
let dir: string;
let pdfPath: string;
let text: string;
let fonts: string;
let goalTitles: string[];
beforeAll(async () => {
  if (skip) return;
  handle = await buildReportFixture();
  dir = await mkdtemp(join(tmpdir(), 'frontrunner-report-'));
  const data = await assembleReportData(
    handle.db,
    { kind: 'city', slug: 'battambang' },
    { lang: 'km', scores: NO_SCORES, clock: manualClock(new Date('2025-06-01T00:00:00Z')) },
  );
  goalTitles = (await listGoals(handle.db, 'km')).map((g) => g.title);
  const doc = {
    ...documentFor(data),
    narratives: {
      introduction: `${SAMPLES.lo}\n\n${SAMPLES.my}\n\n${SAMPLES.th}`,
    },
  };
  const started = performance.now();
  const pdf = await renderPdf(renderReportHtml(doc), { footerText: doc.title });
  console.info(`Rendered Battambang’s PDF in ${Math.round(performance.now() - started)} ms`);
  pdfPath = join(dir, 'battambang.pdf');
  await writeFile(pdfPath, pdf);
  text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
  fonts = execFileSync('pdffonts', [pdfPath]).toString('utf8');
}, 120_000);
afterAll(async () => {
  if (skip) return;
  await handle.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(skip)('a city report printed to PDF', () => {
  it('is readable: its text names the city, the goal in the report’s language and every approved value', () => {
    expect(text).toContain('Battambang');
    expect(goalTitles[10]).toBeDefined();
    expect(text.replace(/\s+/g, '')).toContain((goalTitles[10] ?? '').replace(/\s+/g, ''));
    for (const v of FIXTURE_VALUES.filter((f) => f.approve))
      expect(text).toContain(formatReportValue(v.value, 2));
    expect(text).not.toContain(formatReportValue(99.5, 2));
  });

  it('numbers its pages and fills the table of contents with the page of each section', () => {
    const pages = execFileSync('pdfinfo', [pdfPath])
      .toString()
      .match(/Pages:\s+(\d+)/)?.[1];
    expect(text).toContain(`Page 1 of ${pages}`);
    const annexPage = /Statistical annex\s+(\d+)\s*$/m.exec(text)?.[1];
    const onPage = execFileSync('pdftotext', [
      '-f',
      annexPage ?? '0',
      '-l',
      annexPage ?? '0',
      pdfPath,
      '-',
    ]).toString('utf8');
    expect(onPage).toContain('9. Statistical annex');
  });

  it('embeds a Noto font for Khmer, Lao, Burmese and Thai', () => {
    for (const family of ['NotoSansKhmer', 'NotoSansLao', 'NotoSansMyanmar', 'NotoSansThai'])
      expect(fonts).toContain(family);
  });

  it('draws charts as vector graphics, not pictures', () => {
    expect(
      execFileSync('pdfimages', ['-list', pdfPath]).toString().trim().split('\n'),
    ).toHaveLength(2);
  });
});

describe.skipIf(skip)('the report’s fonts', () => {
  it('draw distinct glyphs for each script, where a missing glyph would draw the same box every time', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: DEFAULT_CHROMIUM_PATH,
      args: ['--no-sandbox'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<body style="font-family:${REPORT_FONT_STACK.replace(/"/g, '&quot;')}">x</body>`,
      );
      const sets = {
        km: 'កខគឃង',
        lo: 'ກຂຄງຈ',
        my: 'ကခဂဃင',
        th: 'กขฃคฅ',
        // Unassigned code points: no font has them, so they must come out as one .notdef box.
        control: '\u0378\u0379\u0380\u0381\u0382',
      };
      // A string, not a function: the test transform would add helpers the page does not have.
      const distinct = (await page.evaluate(`(async (sets) => {
        await document.fonts.ready;
        const canvas = document.createElement('canvas');
        canvas.width = 64; canvas.height = 64;
        const g = canvas.getContext('2d');
        const family = getComputedStyle(document.body).fontFamily;
        const bitmap = (ch) => { g.clearRect(0, 0, 64, 64); g.font = '40px ' + family; g.fillText(ch, 4, 48);
          return Array.from(g.getImageData(0, 0, 64, 64).data).join(','); };
        return Object.fromEntries(Object.entries(sets).map(([k, s]) => [k, new Set([...s].map(bitmap)).size]));
      })(${JSON.stringify(sets)})`)) as Record<keyof typeof sets, number>;
      expect(distinct.control).toBe(1);
      for (const script of ['km', 'lo', 'my', 'th'] as const) expect(distinct[script]).toBe(5);
    } finally {
      await browser.close();
    }
  });
});

describe('counting the pages of a PDF', () => {
  it('counts page objects and not the page tree', () => {
    const pdf = new TextEncoder().encode(
      '<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page/Parent 1 0 R >>',
    );
    expect(countPdfPages(pdf)).toBe(2);
  });
});
