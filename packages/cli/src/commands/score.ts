import { scoreFiles, type ScoreDocument } from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { output } from '../context';

/** `frontrunner score --codebook FILE --observations FILE [--json]`: the SDSN scorer, files in, file out. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description(
      'Score observations by the SDSN method (METHODS §1–3), from files, with no database.\n' +
        'codebook.csv: series,goal,optimum,green,red,lower_bound[,direction,trend_from,justification]\n' +
        'observations.csv: unit,series,year,value',
    )
    .requiredOption('--codebook <file>', 'codebook CSV')
    .requiredOption('--observations <file>', 'observations CSV')
    .option('--json', 'print the JSON document')
    .action(async (options: { codebook: string; observations: string; json?: boolean }) => {
      const doc = await scoreFiles(options.codebook, options.observations);
      output(doc, Boolean(options.json), () => table(doc));
    });
}

/** Parses a positive number option. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
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
