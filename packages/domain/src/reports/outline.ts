/**
 * The outline of a Voluntary Local Review (METHODS §9, after the UN DESA guiding elements):
 * sections in order, each written in the platform (narrative), generated from the data, or both.
 */

/** Key of a section of the VLR outline. */
export type ReportSectionKey =
  | 'mayor_statement'
  | 'highlights'
  | 'introduction'
  | 'methodology'
  | 'policy_environment'
  | 'progress'
  | 'means_of_implementation'
  | 'next_steps'
  | 'annex';

/** The generated blocks a section can hold. */
export type ReportBlockKind =
  'consultations' | 'dashboard' | 'indicators' | 'projects' | 'capacity' | 'members' | 'annex';

/** One section of the outline. */
export interface ReportSection {
  readonly key: ReportSectionKey;
  /** English heading; the report's language may override it. */
  readonly title: string;
  /** Whether a narrative is written for it in the platform. */
  readonly narrative: boolean;
  /** Blocks generated from the data, in order, after the narrative. */
  readonly blocks: readonly ReportBlockKind[];
  /** What the narrative should cover (a prompt for the writers). */
  readonly guidance: string;
}

/** The VLR outline, in order. National and ASEAN syntheses use the same sections and blocks. */
export const VLR_OUTLINE: readonly ReportSection[] = Object.freeze([
  {
    key: 'mayor_statement',
    title: 'Statement of the mayor',
    narrative: true,
    blocks: [],
    guidance: 'The political commitment of the city’s leadership.',
  },
  {
    key: 'highlights',
    title: 'Highlights',
    narrative: true,
    blocks: [],
    guidance: 'The main messages of the review in a few lines.',
  },
  {
    key: 'introduction',
    title: 'Introduction',
    narrative: true,
    blocks: [],
    guidance: 'The city, its context and why it reviews its progress.',
  },
  {
    key: 'methodology',
    title: 'Methodology and process',
    narrative: true,
    blocks: ['consultations'],
    guidance: 'How the review was prepared: participation of stakeholders, data and its sources.',
  },
  {
    key: 'policy_environment',
    title: 'Policy and enabling environment',
    narrative: true,
    blocks: [],
    guidance:
      'Ownership; the SDGs in local plans; integration of the three dimensions; leaving no one behind; institutions.',
  },
  {
    key: 'progress',
    title: 'Progress on goals and targets',
    narrative: true,
    blocks: ['dashboard', 'members', 'indicators'],
    guidance: 'Progress on all 17 goals or the city’s priorities, with dashboards and trends.',
  },
  {
    key: 'means_of_implementation',
    title: 'Means of implementation',
    narrative: true,
    blocks: ['projects', 'capacity'],
    guidance: 'Finance, capacity, partnerships and data.',
  },
  {
    key: 'next_steps',
    title: 'Next steps',
    narrative: true,
    blocks: [],
    guidance: 'What the city will do next, and when it reviews again.',
  },
  {
    key: 'annex',
    title: 'Statistical annex',
    narrative: false,
    blocks: ['annex'],
    guidance: 'Every value cited in the report, with its observation, version and source.',
  },
] satisfies ReportSection[]);

/** Keys of the sections that take a narrative. */
export const NARRATIVE_SECTION_KEYS: readonly ReportSectionKey[] = VLR_OUTLINE.filter(
  (s) => s.narrative,
).map((s) => s.key);

/** Whether a string is a section key that takes a narrative. */
export function isNarrativeSection(key: string): key is ReportSectionKey {
  return (NARRATIVE_SECTION_KEYS as readonly string[]).includes(key);
}
