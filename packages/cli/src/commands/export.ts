import { exporters, LOCAL_OPERATOR, observationService } from '@frontrunner/services';
import type { Command } from 'commander';
import { Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { say, withDatabase } from '../context';

/** `frontrunner export --city SLUG --format … --out PATH`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write a city’s values to a file (approved values; --working for drafts too)')
    .requiredOption('--city <slug>', 'the city')
    .addOption(
      new Option('--format <format>', 'file format')
        .choices(['open-sdg', 'sdmx-csv', 'csv', 'xlsx', 'json'])
        .default('csv'),
    )
    .requiredOption('--out <path>', 'file to write (- for stdout)')
    .option('--series <codes>', 'comma-separated series codes')
    .option('--working', 'include drafts and values awaiting approval')
    .action(
      async (options: {
        city: string;
        format: exporters.ExportFormat;
        out: string;
        series?: string;
        working?: boolean;
      }) => {
        await withDatabase(async ({ db }) => {
          const area = await observationService.getCityArea(db, options.city);
          const { records } = await observationService.exportRecords(db, LOCAL_OPERATOR, {
            area,
            series: options.series
              ?.split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            view: options.working ? 'working' : 'public',
          });
          const target = options.out === '-' ? process.stdout : createWriteStream(options.out);
          await pipeline(Readable.from(exporters.writeExport(options.format, records)), target);
          if (options.out !== '-') say(`Wrote ${records.length} values to ${options.out}`);
        });
      },
    );
}
