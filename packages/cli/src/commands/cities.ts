import { findCountry } from '@frontrunner/domain';
import { geoService, type CityView } from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { output, withDatabase } from '../context';

const STAGES = ['none', 'candidate', 'model_city', 'frontrunner'] as const;

/** `frontrunner cities list`. */
export function registerCities(program: Command): void {
  const cities = program.command('cities').description('The city registry');
  cities
    .command('list')
    .description('List cities, largest first')
    .option('--country <ISO3>', 'only this country, e.g. KHM', (v) => {
      const country = findCountry(v);
      if (!country) {
        throw new InvalidArgumentError(
          'expected the ISO3 code of an ASEAN member state, such as KHM',
        );
      }
      return country.iso3;
    })
    .addOption(new Option('--stage <stage>', 'only cities at this programme stage').choices(STAGES))
    .option('-q, --search <text>', 'text in the name, province or country')
    .option('--limit <n>', 'at most this many (1–10000)', (v) => positive(v, 10_000), 10_000)
    .option('--json', 'print JSON')
    .action(
      async (options: {
        country?: string;
        stage?: (typeof STAGES)[number];
        search?: string;
        limit: number;
        json?: boolean;
      }) => {
        await withDatabase(async ({ db }) => {
          const page = await geoService.searchCities(db, {
            country: options.country,
            stage: options.stage,
            q: options.search,
            sort: 'population',
            limit: options.limit,
            offset: 0,
          });
          output({ items: page.items, total: page.total }, Boolean(options.json), () =>
            table(page.items, page.total),
          );
        });
      },
    );
}

function positive(value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new InvalidArgumentError(`expected a whole number 1–${max}`);
  return n;
}

function table(items: readonly CityView[], total: number): string {
  const lines = items.map(
    (c) =>
      `${c.slug.padEnd(32)} ${c.country}  ${(c.population?.toLocaleString('en') ?? '—').padStart(12)}  ${c.stage.padEnd(11)} ${c.name}`,
  );
  return [...lines, `${items.length} of ${total} cities`].join('\n');
}
