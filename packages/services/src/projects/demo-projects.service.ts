import { projectsRepository as repo, withTransaction, type Executor } from '@frontrunner/db';
import type { Actor } from '../access/actor';
import type { Clock } from '../clock';
import { addClaim } from './claims.service';
import type { DemoIndicator, DemoProject } from './demo-project';
import { DEMO_WASTE_PROJECTS } from './demo-projects-waste.data';
import { DEMO_WATER_AIR_PROJECTS } from './demo-projects-water-air.data';
import { createProgressUpdate, reviewProgressUpdate } from './progress.service';
import { createProject } from './project.service';
import { setResults, type ResultIndicator, type ResultNode } from './results.service';

const DEMO: Actor = { kind: 'system', id: 'system:demo-seed' };

/** Four model projects in four ASEAN cities, benefits across the three dimensions (METHODS §6). */
export const DEMO_PROJECTS: readonly DemoProject[] = [
  ...DEMO_WASTE_PROJECTS,
  ...DEMO_WATER_AIR_PROJECTS,
];

function toIndicator(i: DemoIndicator): ResultIndicator {
  return {
    name: i.name,
    unit: i.unit,
    sdgIndicator: i.sdgIndicator,
    baselineValue: i.baseline,
    baselinePeriod: '2024',
    periods: Object.entries(i.targets).map(([period, target]) => ({
      period,
      disaggregation: '',
      target,
      actual: null,
    })),
  };
}

/**
 * Writes one demo project through the services: the project, its claims, its results framework
 * and (when it has a narrative) an approved 2025 progress update. Answers the project's id.
 */
export async function seedDemoProject(
  d: { db: Executor; clock: Clock },
  p: DemoProject,
): Promise<string> {
  const ctx = { actor: DEMO };
  const { db, clock } = d;
  const project = await createProject(
    db,
    ctx,
    { citySlug: p.citySlug, draft: p.draft, demo: true },
    clock,
  );
  for (const claim of p.claims)
    await addClaim(db, ctx, { projectId: project.id, claim, origin: 'demo' }, clock);
  const { objective, output, outcome } = p.results;
  const tree: ResultNode[] = [
    {
      level: 'objective',
      title: objective,
      indicators: [],
      children: [
        {
          level: 'output',
          title: output[0],
          indicators: [toIndicator(output[1])],
          children: [
            {
              level: 'outcome',
              title: outcome[0],
              indicators: [toIndicator(outcome[1])],
              children: [],
            },
          ],
        },
      ],
    },
  ];
  await setResults(db, ctx, { projectId: project.id, results: tree }, clock);
  if (!p.narrative) return project.id;
  const { indicators } = await repo.listResults(db, project.id);
  const idOf = (name: string) => indicators.find((i) => i.name === name)?.id ?? '';
  const update = await createProgressUpdate(
    db,
    ctx,
    {
      projectId: project.id,
      period: '2025',
      narrative: p.narrative,
      values: [output[1], outcome[1]].map((i) => ({
        indicatorId: idOf(i.name),
        period: '2025',
        disaggregation: '',
        value: i.reported2025,
      })),
      evidence: [],
    },
    clock,
  );
  for (const action of ['submit', 'approve'] as const)
    await reviewProgressUpdate(
      db,
      ctx,
      { projectId: project.id, updateId: update.id, action },
      clock,
    );
  return project.id;
}

/**
 * Demo model projects (server in demo mode only): four projects in four ASEAN cities, each with
 * themes, budget and funding shares, partners with IATI roles, benefit claims across the three
 * dimensions, a results framework and an approved 2025 progress update — written through the
 * same services as real ones, marked `demo` and titled "(demo)". All or nothing, once: answers
 * false when a demo project exists already.
 */
export async function seedDemoProjects(deps: { db: Executor; clock: Clock }): Promise<boolean> {
  const existing = await repo.listProjects(deps.db, { demo: true }, { limit: 1, offset: 0 });
  if (existing.total > 0) return false;
  await withTransaction(deps.db, async (trx) => {
    for (const p of DEMO_PROJECTS) await seedDemoProject({ db: trx, clock: deps.clock }, p);
  });
  return true;
}
