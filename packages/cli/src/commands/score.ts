import {
  LOCAL_OPERATOR,
  scoreFiles,
  scoreService,
  systemClock,
  type ScoreDocument,
} from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { output, say, withDatabase } from '../context';

interface ScoreOptions {
  codebook?: string;
  observations?: string;
  city?: string;
  version?: number;
  recompute?: boolean;
  all?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `frontrunner score`: the SDSN scorer three ways — files in, file out (`--codebook
 * --observations`, no database); a city's stored scores (`--city`, recomputed first when stale,
 * printed in the same document shape); or bringing every stored score up to date
 * (`--recompute`).
 */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description(
      'Score by the SDSN method (METHODS §1–3).\n' +
        'From files, no database: --codebook codebook.csv (series,goal,optimum,green,red,lower_bound[,direction,trend_from,justification])\n' +
        '  --observations observations.csv (unit,series,year,value).\n' +
        'From the database: --city SLUG prints the stored scores of a city (approved values only), recomputed first when\n' +
        '  its values, targets or the codebook changed, in the same document shape as the file mode.\n' +
        '  --recompute brings every stale city, country and ASEAN score up to date (--all: every one, stale or not).',
    )
    .option('--codebook <file>', 'codebook CSV (file mode)')
    .option('--observations <file>', 'observations CSV (file mode)')
    .option('--city <slug>', 'a city’s stored scores')
    .option(
      '--version <n>',
      'codebook version to read with --city (default: the newest)',
      positiveInteger,
    )
    .option('--recompute', 'bring the stored scores up to date')
    .option('--all', 'with --recompute: recompute every score, not only the stale ones')
    .option('--dry-run', 'with --recompute: count the stale scores, write nothing')
    .option('--json', 'print JSON')
    .action(async (options: ScoreOptions, command: Command) => {
      const files = options.codebook !== undefined || options.observations !== undefined;
      const modes = [files, options.city !== undefined, Boolean(options.recompute)].filter(Boolean);
      if (modes.length !== 1 || (files && (!options.codebook || !options.observations)))
        command.error(
          'Give --codebook and --observations (files), --city SLUG, or --recompute (database)',
          { exitCode: 2 },
        );
      if ((options.all || options.dryRun) && !options.recompute)
        command.error('--all and --dry-run go with --recompute', { exitCode: 2 });
      if (options.recompute) return recompute(options);
      const doc = files
        ? await scoreFiles(options.codebook as string, options.observations as string)
        : await withDatabase(async ({ db }) =>
            scoreService.toScoreDocument([
              await scoreService.getCityScores(
                db,
                options.city as string,
                { version: options.version },
                systemClock,
              ),
            ]),
          );
      output(doc, Boolean(options.json), () => table(doc));
    });
}

/** `--recompute`: every stale score (or every one with --all), as the local operator. */
async function recompute(options: ScoreOptions): Promise<void> {
  const result = await withDatabase(({ db }) =>
    scoreService.recomputeScores(
      db,
      { actor: LOCAL_OPERATOR },
      { force: options.all, dryRun: options.dryRun },
      systemClock,
    ),
  );
  if (!options.json) say(`Codebook version ${result.version}.`);
  output(result, Boolean(options.json), () =>
    result.dryRun
      ? `${result.recomputed} of ${result.checked} cities have stale scores; nothing was written.`
      : `Recomputed ${result.recomputed} of ${result.checked} cities, ${result.countries} country roll-ups${result.asean ? ' and ASEAN' : ''}.`,
  );
}

/** Parses a positive number option. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function positiveInteger(value: string): number {
  const n = positiveNumber(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function table(doc: ScoreDocument): string {
  return doc.units
    .map((u) => {
      const goals = u.goals
        .map(
          (g) => `${g.goal}:${g.score === null ? '—' : g.score.toFixed(1)}${g.trend}(${g.colour})`,
        )
        .join('  ');
      return `${u.unit}  index ${u.index === null ? '— (too many missing)' : u.index.toFixed(2)}\n  ${goals}`;
    })
    .join('\n');
}
