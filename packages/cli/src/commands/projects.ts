import { LOCAL_OPERATOR, projectService, systemClock } from '@frontrunner/services';
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { output, say, withDatabase } from '../context';

/**
 * `frontrunner projects list [--city SLUG]` and
 * `frontrunner projects export-iati [--city SLUG] --out FILE`, as the local operator.
 */
export function registerProjects(program: Command): void {
  const projects = program.command('projects').description('Model projects: list and IATI export');
  projects
    .command('list')
    .description('List projects with their status, goals and benefit profile')
    .option('--city <slug>', 'only this city, e.g. battambang')
    .option('--json', 'print JSON')
    .action(async (options: { city?: string; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const page = await projectService.listPortfolio(
          db,
          { actor: LOCAL_OPERATOR },
          { citySlug: options.city },
          { limit: 100_000, offset: 0 },
        );
        output(page, Boolean(options.json), () =>
          page.entries
            .map(
              (e) =>
                `${e.project.id}  ${e.project.city.slug.padEnd(16)} ${e.project.status.padEnd(12)} ` +
                `env ${e.profile.environment} soc ${e.profile.society} eco ${e.profile.economy}  ${e.project.title}`,
            )
            .concat(`${page.total} projects`)
            .join('\n'),
        );
      });
    });
  projects
    .command('export-iati')
    .description('Write IATI 2.03 activities XML of every project, or of one city')
    .option('--city <slug>', 'only this city')
    .requiredOption('--out <file>', 'the XML file to write')
    .option('--dry-run', 'build the XML and report its size without writing')
    .action(async (options: { city?: string; out: string; dryRun?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const xml = await projectService.exportProjectsIati(
          db,
          { actor: LOCAL_OPERATOR },
          { citySlug: options.city },
          systemClock,
        );
        const count = (xml.match(/<iati-activity /g) ?? []).length;
        if (!options.dryRun) await writeFile(options.out, xml);
        say(`${options.dryRun ? 'Would write' : 'Wrote'} ${count} activities to ${options.out}`);
      });
    });
}
