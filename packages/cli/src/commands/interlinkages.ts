import { interlinkagesFromFiles } from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { output } from '../context';
import { positiveNumber } from './score';

/** `frontrunner interlinkages --observations FILE --series FILE`: synergies and trade-offs from files. */
export function registerInterlinkages(program: Command): void {
  program
    .command('interlinkages')
    .description(
      "Synergies and trade-offs between series and targets by Spearman's ρ (METHODS §5), from files.\n" +
        'observations.csv: unit,series,year,value · series.csv: series,target,direction (higher|lower)',
    )
    .requiredOption('--observations <file>', 'observations CSV')
    .requiredOption(
      '--series <file>',
      'series CSV: which target each series measures and which way is better',
    )
    .option('--min-years <n>', 'overlapping years a pair needs', wholeNumber, 5)
    .option('--threshold <rho>', '|ρ| at or above which a pair is a link', threshold, 0.6)
    .option('--json', 'print the JSON document')
    .action(
      async (options: {
        observations: string;
        series: string;
        minYears: number;
        threshold: number;
        json?: boolean;
      }) => {
        const report = await interlinkagesFromFiles(options);
        output(report, Boolean(options.json), () => {
          const synergies = report.links.filter((l) => l.kind === 'synergy').length;
          const tradeOffs = report.links.filter((l) => l.kind === 'trade-off').length;
          const top = [...report.centrality]
            .sort((a, b) => b.eigenvector - a.eigenvector)
            .slice(0, 10);
          return [
            `${report.links.length} series pairs: ${synergies} synergies, ${tradeOffs} trade-offs`,
            `${report.targets.length} target pairs`,
            'Most central targets (eigenvector, synergy network):',
            ...top.map(
              (t) => `  ${t.target.padEnd(6)} ${t.eigenvector.toFixed(3)}  degree ${t.degree}`,
            ),
          ].join('\n');
        });
      },
    );
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
