import type { DatabaseHandle } from '@frontrunner/db';
import { findCountry, type InterlinkagesReport } from '@frontrunner/domain';
import {
  interlinkageService as il,
  interlinkagesFromFiles,
  systemClock,
} from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { output, say, withDatabase } from '../context';
import { positiveNumber } from './score';

interface InterlinkageOptions {
  observations?: string;
  series?: string;
  country?: string;
  city?: string;
  asean?: boolean;
  minYears: number;
  threshold: number;
  json?: boolean;
}

/**
 * `frontrunner interlinkages`: synergies and trade-offs by Spearman's ρ, from files
 * (`--observations --series`) or from the database's approved data (`--country`, `--city`,
 * `--asean`), printing the same document either way.
 */
export function registerInterlinkages(program: Command): void {
  program
    .command('interlinkages')
    .description(
      "Synergies and trade-offs between series and targets by Spearman's ρ (METHODS §5).\n" +
        'From files: --observations observations.csv (unit,series,year,value) --series series.csv (series,target,direction).\n' +
        "From the database: --country ISO3, --city SLUG or --asean (the ten countries pooled): the stored run of the scope's approved data, computed first if the data changed.",
    )
    .option('--observations <file>', 'observations CSV (file mode)')
    .option(
      '--series <file>',
      'series CSV: which target each series measures and which way is better (file mode)',
    )
    .option('--country <ISO3>', 'a country’s network from the database, e.g. KHM', iso3)
    .option('--city <slug>', 'a city’s network from the database')
    .option('--asean', 'the ASEAN network (ten countries pooled) from the database')
    .option('--min-years <n>', 'overlapping years a pair needs', wholeNumber, 5)
    .option('--threshold <rho>', '|ρ| at or above which a pair is a link', threshold, 0.6)
    .option('--json', 'print the JSON document')
    .action(async (options: InterlinkageOptions, command: Command) => {
      const files = options.observations !== undefined || options.series !== undefined;
      const scopes = [options.country, options.city, options.asean].filter(Boolean).length;
      if (files ? scopes > 0 || !options.observations || !options.series : scopes !== 1)
        command.error(
          'Give either --observations and --series (files), or one of --country, --city, --asean (database)',
          { exitCode: 2 },
        );
      const report = files
        ? await interlinkagesFromFiles({
            observations: options.observations as string,
            series: options.series as string,
            minYears: options.minYears,
            threshold: options.threshold,
          })
        : await withDatabase((handle) => fromDatabase(handle, options));
      output(report, Boolean(options.json), () => summary(report));
    });
}

/** The stored report of the scope asked for; says on stderr which run it is. */
async function fromDatabase(
  { db }: DatabaseHandle,
  options: InterlinkageOptions,
): Promise<InterlinkagesReport> {
  const scope = options.asean
    ? il.ASEAN_SCOPE
    : options.country
      ? il.countryScope(options.country)
      : await il.cityScope(db, options.city ?? '');
  const { report, run, reason } = await il.getReport(db, scope, {
    clock: systemClock,
    minYears: options.minYears,
    threshold: options.threshold,
  });
  if (run)
    say(
      `Run ${run.id} (${run.method}) computed ${run.computedAt} from ${run.counts.observations} approved values of ${run.counts.series} series; inputs ${run.fingerprint.slice(0, 12)}`,
    );
  else say(reason ?? 'No network');
  return report;
}

function summary(report: InterlinkagesReport): string {
  const count = (kind: string) => report.links.filter((l) => l.kind === kind).length;
  const top = [...report.centrality].sort((a, b) => b.eigenvector - a.eigenvector).slice(0, 10);
  return [
    `${report.links.length} series pairs: ${count('synergy')} synergies, ${count('trade-off')} trade-offs`,
    `${report.targets.length} target pairs`,
    'Most central targets (eigenvector, synergy network):',
    ...top.map((t) => `  ${t.target.padEnd(6)} ${t.eigenvector.toFixed(3)}  degree ${t.degree}`),
  ].join('\n');
}

function iso3(value: string): string {
  const country = findCountry(value.toUpperCase());
  if (!country)
    throw new InvalidArgumentError('expected the ISO3 code of an ASEAN member state, such as KHM');
  return country.iso3;
}

function wholeNumber(value: string): number {
  const n = positiveNumber(value);
  if (!Number.isInteger(n) || n < 2) throw new InvalidArgumentError('expected a whole number ≥ 2');
  return n;
}

function threshold(value: string): number {
  const n = positiveNumber(value);
  if (n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
}
