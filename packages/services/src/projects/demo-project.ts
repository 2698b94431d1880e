import type { ProjectDraft } from '@frontrunner/domain';
import type { ClaimInput } from './claims.service';

/** A result indicator of a demo project: name, unit, SDG indicator, baseline, yearly targets, 2025 actual. */
export interface DemoIndicator {
  name: string;
  unit: string;
  sdgIndicator: string | null;
  baseline: number;
  targets: Record<string, number>;
  /** The value the approved 2025 progress update reports. */
  reported2025: number;
}

/** A demo model project: what the seed writes through the services. */
export interface DemoProject {
  citySlug: string;
  draft: ProjectDraft;
  claims: ClaimInput[];
  /** One objective → one output → one outcome, each with its indicators. */
  results: { objective: string; output: [string, DemoIndicator]; outcome: [string, DemoIndicator] };
  /** The narrative of the approved 2025 progress update; none: no update yet (a planned project). */
  narrative?: string;
}

const DEMO_NOTE = 'Demo data (server started with --demo): not a real project.';
/** A draft marked demo: "(demo)" in the title, a demo note first in the description. */
export const draft = (
  d: Omit<ProjectDraft, 'status' | 'stakeholders' | 'links'> & Partial<ProjectDraft>,
) =>
  ({
    status: 'implementing',
    stakeholders: [],
    links: [],
    ...d,
    title: `${d.title} (demo)`,
    description: `${DEMO_NOTE} ${d.description ?? ''}`.trim(),
  }) as ProjectDraft;
/** A result indicator: baseline, 2025 and 2026 targets, and the value reported for 2025. */
export const indicator = (
  name: string,
  unit: string,
  sdgIndicator: string | null,
  [baseline, t2025, t2026, reported2025]: [number, number, number, number],
): DemoIndicator => ({
  name,
  unit,
  sdgIndicator,
  baseline,
  targets: { '2025': t2025, '2026': t2026 },
  reported2025,
});
