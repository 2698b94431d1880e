import { defaultYearRange, type ImportNote } from '@frontrunner/domain';
import {
  IMPORT_FORMATS,
  LOCAL_OPERATOR,
  observationService,
  readImport,
  systemClock,
  type ImportFormat,
} from '@frontrunner/services';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { Option } from 'commander';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { EXIT, output, say, withDatabase } from '../context';

interface ImportCommandOptions {
  city: string;
  format: ImportFormat | 'auto';
  indicator?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** `frontrunner import FILE... --city SLUG`: the same import as the web, as the local operator. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import values for a city from files, all or nothing: any refused row writes nothing and exits 4.\n' +
        'Recorded in the audit trail as cli:local-operator.',
    )
    .argument('<files...>', 'Open SDG CSV, SDMX-CSV, the project CSV template or .xlsx')
    .requiredOption('--city <slug>', 'the city the values are for')
    .addOption(
      new Option('--format <format>', 'file format')
        .choices(['auto', ...IMPORT_FORMATS])
        .default('auto'),
    )
    .option('--indicator <code>', 'indicator number for files that do not name it, e.g. 11.6.1')
    .option('--dry-run', 'check and count, write nothing')
    .option('--json', 'print the result as JSON')
    .action(async (files: string[], options: ImportCommandOptions) => {
      const code = await withDatabase(async ({ db }) => {
        const area = await observationService.getCityArea(db, options.city);
        const years = defaultYearRange(systemClock().getUTCFullYear());
        const notes: ImportNote[] = [];
        const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
        const bar =
          process.stderr.isTTY && bytes > 1_000_000
            ? new SingleBar({ format: 'importing {bar} {value} rows' })
            : undefined;
        bar?.start(0, 0);
        async function* items() {
          for (const path of files) {
            yield* readImport(
              { file: basename(path), stream: () => createReadStream(path) },
              {
                format: options.format,
                indicator: options.indicator,
                years,
                onNote: (n) => notes.push(n),
              },
            );
          }
        }
        const result = await observationService.importObservations(
          db,
          { actor: LOCAL_OPERATOR },
          {
            area,
            items: items(),
            years,
            dryRun: options.dryRun,
            reason: `Imported from ${files.map((f) => basename(f)).join(', ')} (CLI)`,
            onProgress: (rows) => {
              bar?.setTotal(rows);
              bar?.update(rows);
            },
          },
          systemClock,
        );
        bar?.stop();
        for (const note of notes.slice(0, 20))
          say(`note: ${note.file}:${note.row} ${note.message}`);
        output({ ...result, notes }, Boolean(options.json), () => summary(result, area.slug));
        return result.problemCount > 0 ? EXIT.validation : EXIT.ok;
      });
      process.exitCode = code;
    });
}

function summary(result: observationService.ImportResult, city: string): string {
  if (result.problemCount > 0) {
    return [
      `Refused: ${result.problemCount} problem(s); nothing was written.`,
      ...result.problems.map(
        (p) =>
          `  ${p.file}:${p.row}${p.column ? `:${p.column}` : ''}  ${p.text !== undefined ? `"${p.text}" — ` : ''}expected ${p.expected}`,
      ),
    ].join('\n');
  }
  const verb = result.dryRun ? 'Would import' : 'Imported';
  return `${verb} ${result.rows} rows for ${city}: ${result.inserted} new, ${result.changed} changed, ${result.unchanged} unchanged.`;
}
