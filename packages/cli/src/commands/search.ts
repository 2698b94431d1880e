import { SEARCH_KINDS, type SearchKind } from '@frontrunner/domain';
import {
  knowledgeService,
  LOCAL_OPERATOR,
  searchService,
  systemClock,
  type SearchResponse,
} from '@frontrunner/services';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { output, withDatabase } from '../context';

function count(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`expected a whole number 1–${max}`);
    return n;
  };
}

/** `frontrunner search "…" [--lang th] [--kind case] [--json]`. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Search cases, projects, cities and indicators in any ASEAN language')
    .argument('<text>', 'what to look for')
    .option('--lang <tag>', 'language of the query, for word segmentation (th, km, lo, my, …)')
    .addOption(new Option('--kind <kind>', 'only this kind of result').choices(SEARCH_KINDS))
    .option('--country <ISO3>', 'only results of this country, e.g. THA')
    .option('--goal <n>', 'only results on this goal (1–17)', count(17))
    .option('--limit <n>', 'at most this many (1–100)', count(100), 20)
    .option('--json', 'print JSON')
    .action(
      async (
        text: string,
        options: {
          lang?: string;
          kind?: SearchKind;
          country?: string;
          goal?: number;
          limit: number;
          json?: boolean;
        },
      ) => {
        await withDatabase(async ({ db }) => {
          const result = await searchService.search(
            db,
            { actor: LOCAL_OPERATOR },
            {
              q: text,
              lang: options.lang,
              kinds: options.kind ? [options.kind] : undefined,
              countries: options.country ? [options.country.toUpperCase()] : undefined,
              goals: options.goal ? [options.goal] : undefined,
              limit: options.limit,
              offset: 0,
            },
            systemClock,
          );
          output(result, Boolean(options.json), () => searchTable(result));
        });
      },
    );
}

function searchTable(result: SearchResponse): string {
  const lines = result.items.map((hit) => {
    const why = hit.why.fields.map((f) => `${f.field}: ${f.words.join(', ')}`).join('; ');
    return `${hit.kind.padEnd(9)} ${hit.lang.padEnd(4)} ${hit.title}  [${why}]  ${hit.path}`;
  });
  return [...lines, `${result.items.length} of ${result.total} results`].join('\n');
}

/** `frontrunner recommend --city SLUG [--json]`. */
export function registerRecommend(program: Command): void {
  program
    .command('recommend')
    .description('Cases a city could replicate and mentors for it, each with its reasons')
    .requiredOption('--city <slug>', 'the city, by slug')
    .option('--limit <n>', 'at most this many cases (1–50)', count(50), 10)
    .option('--json', 'print JSON')
    .action(async (options: { city: string; limit: number; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const ctx = { actor: LOCAL_OPERATOR };
        const practices = await knowledgeService.recommendationsFor(
          db,
          ctx,
          options.city,
          options.limit,
        );
        const mentors = await knowledgeService.mentorsFor(db, ctx, options.city);
        const data = {
          city: options.city,
          weakestGoals: practices.weakestGoals,
          practices: practices.items,
          mentors: mentors.items,
        };
        output(data, Boolean(options.json), () =>
          [
            `Weakest goals: ${practices.weakestGoals.join(', ') || 'unknown (no scores yet)'}`,
            ...practices.items.map(
              (p) =>
                `case   ${p.score.toString().padStart(3)}  ${p.title} (${p.city.name}) — ${p.reasons.map((r) => r.message).join('; ')}`,
            ),
            ...mentors.items.map(
              (m) =>
                `mentor ${m.score.toString().padStart(3)}  ${m.city.name} — ${m.reasons.map((r) => r.message).join('; ')}`,
            ),
          ].join('\n'),
        );
      });
    });
}
