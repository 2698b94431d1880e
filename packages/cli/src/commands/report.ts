import { reportService, systemClock, type Clock } from '@frontrunner/services';
import type { Command } from 'commander';
import { Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { say, withDatabase } from '../context';
import { scoresPortFor } from './report-scores';

interface ReportOptions {
  format: 'pdf' | 'html' | 'zip';
  out: string;
  lang: string;
  title?: string;
}

/** Renders one report to a file (HTML page, Chromium-printed PDF, or the data zip). */
async function writeReport(
  target: reportService.ReportTarget,
  options: ReportOptions,
  clock: Clock = systemClock,
): Promise<void> {
  await withDatabase(async ({ db }) => {
    const started = performance.now();
    const data = await reportService.assembleReportData(db, target, {
      lang: options.lang,
      scores: scoresPortFor(db, clock),
      clock,
    });
    const doc = reportService.documentFor(data, options.title);
    const page = reportService.renderReportHtml(doc);
    if (options.format === 'html') await writeFile(options.out, page);
    else if (options.format === 'pdf')
      await writeFile(options.out, await reportService.renderPdf(page, { footerText: doc.title }));
    else {
      const chunks: Uint8Array[] = [];
      for await (const chunk of reportService.reportDataZip(doc, page)) chunks.push(chunk);
      await writeFile(options.out, Buffer.concat(chunks));
    }
    say(
      `Wrote ${options.format.toUpperCase()} of “${doc.title}” to ${options.out} in ${Math.round(performance.now() - started)} ms`,
    );
  });
}

const common = (command: Command): Command =>
  command
    .addOption(
      new Option('--format <format>', 'what to write')
        .choices(['pdf', 'html', 'zip'])
        .default('pdf'),
    )
    .requiredOption('--out <file>', 'file to write')
    .option('--lang <code>', 'language of goal titles (en, km, lo, my, …)', 'en')
    .option('--title <title>', 'title on the cover');

/**
 * `frontrunner report vlr --city SLUG`, `report national --country ISO3`, `report asean`: a
 * report of the platform's public data as a PDF, an HTML page or the data zip.
 */
export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('Write a Voluntary Local Review or a national or ASEAN synthesis');
  common(
    report
      .command('vlr')
      .description('A city’s Voluntary Local Review (METHODS §9) from its public data')
      .requiredOption('--city <slug>', 'the city'),
  ).action(async (options: ReportOptions & { city: string }) =>
    writeReport({ kind: 'city', slug: options.city }, options),
  );
  common(
    report
      .command('national')
      .description('A national synthesis: a country’s cities, the same blocks')
      .requiredOption('--country <iso3>', 'the country, e.g. KHM'),
  ).action(async (options: ReportOptions & { country: string }) =>
    writeReport({ kind: 'country', iso3: options.country }, options),
  );
  common(
    report.command('asean').description('The ASEAN synthesis: every country, the same blocks'),
  ).action(async (options: ReportOptions) => writeReport({ kind: 'asean' }, options));
}
