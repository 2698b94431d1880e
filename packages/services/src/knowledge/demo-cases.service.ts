import {
  caseRepository,
  projectsRepository,
  withTransaction,
  type Executor,
} from '@frontrunner/db';
import type { Actor } from '../access/actor';
import type { Clock } from '../clock';
import { seedDemoProject } from '../projects/demo-projects.service';
import { reviewCase } from './case-review.service';
import { createCase, updateCase } from './case.service';
import { DEMO_CASES } from './demo-cases.data';
import { DEMO_REPLICATIONS } from './demo-replications.data';

const DEMO: Actor = { kind: 'system', id: 'system:demo-seed' };

/** The demo projects by title, when none of them has grown a case yet; undefined otherwise. */
async function demoProjectsWithoutCases(
  db: Executor,
): Promise<Map<string, projectsRepository.ProjectRow> | undefined> {
  const { rows } = await projectsRepository.listProjects(
    db,
    { demo: true },
    { limit: 100, offset: 0 },
  );
  for (const row of rows) {
    const grown = await caseRepository.listCases(db, { projectId: row.id, limit: 1, offset: 0 });
    if (grown.total > 0) return undefined;
  }
  return new Map(rows.map((row) => [row.title, row]));
}

/**
 * Demo cases (server in demo mode only, after the demo projects): a published case grown from
 * each completed demo project through the ordinary services (pre-filled from the project, so
 * its results are the project's monitored indicators), in English and the city's own language;
 * then the demo projects that replicate them. All or nothing, once: answers false when a demo
 * project has grown a case already, or when no completed demo project is there to grow one.
 */
export async function seedDemoCases(deps: { db: Executor; clock: Clock }): Promise<boolean> {
  const { clock } = deps;
  const ctx = { actor: DEMO };
  const projects = await demoProjectsWithoutCases(deps.db);
  if (!projects) return false;
  return withTransaction(deps.db, async (db) => {
    const caseIds = new Map<string, string>();
    for (const demo of DEMO_CASES) {
      const project = projects.get(`${demo.projectTitle} (demo)`);
      if (!project || project.status !== 'completed') continue;
      const [first, ...others] = demo.texts;
      if (!first) continue;
      const created = await createCase(
        db,
        ctx,
        {
          citySlug: demo.citySlug,
          projectId: project.id,
          lang: first.lang,
          text: first.text,
          facts: { dimensions: demo.dimensions, contacts: demo.contacts },
        },
        clock,
      );
      for (const other of others)
        await updateCase(db, ctx, created.id, { lang: other.lang, text: other.text }, clock);
      for (const action of ['submit', 'publish'] as const)
        await reviewCase(db, ctx, created.id, { action }, clock);
      caseIds.set(demo.projectTitle, created.id);
    }
    for (const { replicates, project } of DEMO_REPLICATIONS) {
      const caseId = caseIds.get(replicates);
      if (!caseId) continue;
      await seedDemoProject(
        { db, clock },
        { ...project, draft: { ...project.draft, replicatesCaseId: caseId } },
      );
    }
    return caseIds.size > 0;
  });
}
