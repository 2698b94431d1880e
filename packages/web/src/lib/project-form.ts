import type { PartnerRole, ProjectStatus } from '@frontrunner/domain';
import type { ProjectInput } from '../api/projects-types.ts';

/** What the plan-a-project form holds: text as typed, converted on submit. */
export interface ProjectDraft {
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly themes: readonly string[];
  readonly status: ProjectStatus;
  readonly startDate: string;
  readonly endDate: string;
  readonly budget: string;
  readonly currency: string;
  readonly funding: readonly { readonly name: string; readonly share: string }[];
  readonly partners: readonly { readonly name: string; readonly role: PartnerRole }[];
  readonly latitude: string;
  readonly longitude: string;
}

/** An empty draft: a planned project. */
export const emptyProjectDraft: ProjectDraft = {
  title: '',
  summary: '',
  description: '',
  themes: [],
  status: 'planned',
  startDate: '',
  endDate: '',
  budget: '',
  currency: '',
  funding: [],
  partners: [],
  latitude: '',
  longitude: '',
};

/** A typed number, null when empty; NaN stays NaN so the server names the field. */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

const textOrNull = (text: string): string | null => text.trim() || null;

/**
 * The request body of a draft: empty text becomes null, numbers are read, blank rows dropped.
 * The API validates (shares sum to 100, end not before start) and its messages show by field.
 *
 * @example
 * toProjectInput({ ...emptyProjectDraft, title: ' Drains ', budget: '1,000' }).budget // 1000
 */
export function toProjectInput(draft: ProjectDraft): ProjectInput {
  return {
    title: draft.title.trim(),
    summary: textOrNull(draft.summary),
    description: textOrNull(draft.description),
    themes: draft.themes,
    status: draft.status,
    startDate: textOrNull(draft.startDate),
    endDate: textOrNull(draft.endDate),
    budget: numberOrNull(draft.budget),
    currency: textOrNull(draft.currency.toUpperCase()),
    fundingSources: draft.funding
      .filter((row) => row.name.trim() || row.share.trim())
      .map((row) => ({ name: row.name.trim(), sharePercent: numberOrNull(row.share) ?? 0 })),
    partners: draft.partners
      .filter((row) => row.name.trim())
      .map((row) => ({ name: row.name.trim(), role: row.role })),
    latitude: numberOrNull(draft.latitude),
    longitude: numberOrNull(draft.longitude),
  };
}
