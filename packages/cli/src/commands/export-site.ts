import { reportService, systemClock } from '@frontrunner/services';
import type { Command } from 'commander';
import { performance } from 'node:perf_hooks';
import { EXIT, say, withDatabase } from '../context';
import { scoresPortFor } from './report-scores';

/** `frontrunner export-site --out DIR [--check]`: the public platform as static files. */
export function registerExportSite(program: Command): void {
  program
    .command('export-site')
    .description(
      'Write the public part of the platform (cities, goals, syntheses, cases, data) as static files any web server can host',
    )
    .requiredOption('--out <dir>', 'folder to write into')
    .option('--lang <code>', 'language of goal titles', 'en')
    .option('--check', 'check afterwards that every link resolves (exit 1 if not)')
    .action(async (options: { out: string; lang: string; check?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const started = performance.now();
        let n = 0;
        const written = await reportService.exportSite(db, options.out, {
          lang: options.lang,
          scores: scoresPortFor(db, systemClock),
          clock: systemClock,
          onPage: () => {
            n += 1;
            if (n % 100 === 0) say(`… ${n} files`);
          },
        });
        say(
          `Wrote ${written.length} files to ${options.out} in ${Math.round(performance.now() - started)} ms`,
        );
        if (options.check) {
          const { checked, broken } = await reportService.checkSiteLinks(options.out);
          for (const b of broken.slice(0, 20)) say(`broken: ${b.page} → ${b.href} (${b.reason})`);
          say(`Checked ${checked} links: ${broken.length} broken`);
          if (broken.length) process.exitCode = EXIT.failure;
        }
      });
    });
}
