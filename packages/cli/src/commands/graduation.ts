import { cityReadiness, cohortService, LOCAL_OPERATOR } from '@frontrunner/services';
import type { Command } from 'commander';
import { output, withDatabase } from '../context';

/** `frontrunner graduation readiness --city SLUG` and `frontrunner cohorts list`. */
export function registerGraduation(program: Command): void {
  const graduation = program.command('graduation').description('Graduation readiness of cities');
  graduation
    .command('readiness')
    .description(
      'Criteria met and missing for a city’s next stage (never a rank), and its learning path',
    )
    .requiredOption('--city <slug>', 'the city, e.g. phnom-penh')
    .option('--json', 'print JSON')
    .action(async (options: { city: string; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const view = await cityReadiness(db, { actor: LOCAL_OPERATOR }, options.city);
        output(view, Boolean(options.json), () => {
          if (!view.readiness) return `${view.city}: stage ${view.stage}, no stage to graduate to`;
          const line = (c: { title: string; level: number | null; needed: number }, mark: string) =>
            `  ${mark} ${c.title.padEnd(50)} ${c.level ?? '—'} / ${c.needed}`;
          return [
            `${view.city}: ${view.stage} → ${view.targetStage} (rubric v${view.readiness.rubricVersion})`,
            ...view.readiness.met.map((c) => line(c, '✓')),
            ...view.readiness.missing.map((c) => line(c, '✗')),
            ...view.learningPath.map((s) => `  → ${s.module.title}: ${s.reasons.join('; ')}`),
          ].join('\n');
        });
      });
    });
  const cohorts = program.command('cohorts').description('Cohorts of cities');
  cohorts
    .command('list')
    .description('Every cohort with its cities and their stages')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const items = await cohortService.listCohorts(db);
        output(
          { items },
          Boolean(options.json),
          () =>
            items
              .map(
                (c) =>
                  `${c.name} (${c.year}): ${c.cities.map((x) => `${x.slug} [${x.stage}]`).join(', ') || 'no cities'}`,
              )
              .join('\n') || 'No cohorts',
        );
      });
    });
}
