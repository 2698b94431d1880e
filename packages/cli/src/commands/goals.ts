import { frameworkService } from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { output, withDatabase } from '../context';

/** `frontrunner goals show N`. */
export function registerGoals(program: Command): void {
  const goals = program.command('goals').description('The SDG framework');
  goals
    .command('show')
    .description('Show a goal with its targets and indicators')
    .argument('<number>', 'goal number, 1–17', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 17)
        throw new InvalidArgumentError('expected a goal number 1–17');
      return n;
    })
    .addOption(
      new Option('--lang <lang>', 'language of titles')
        .choices(['en', 'km', 'lo', 'my'])
        .default('en'),
    )
    .option('--json', 'print JSON')
    .action(async (goalNumber: number, options: { lang: string; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const goal = await frameworkService.getGoal(db, goalNumber, options.lang);
        output(goal, Boolean(options.json), () =>
          [
            `Goal ${goal.number}: ${goal.title}`,
            ...goal.targets.flatMap((t) => [
              `  ${t.code}  ${t.title}`,
              ...t.indicators.map(
                (i) =>
                  `      ${i.listedAs}  ${i.title}${i.alsoUnder.length ? ` (also ${i.alsoUnder.join(', ')})` : ''}`,
              ),
            ]),
          ].join('\n'),
        );
      });
    });
}
