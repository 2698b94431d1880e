import { apiSend, apiUrl } from './client.ts';
import type {
  ExportFormat,
  ImportFormat,
  ImportResult,
  ObservationView,
} from './observation-types.ts';

/** The media type the server expects for an upload, from the file's name and type. */
export function uploadContentType(file: { name: string; type: string }): string {
  if (/\.xlsx$/i.test(file.name) || file.type.includes('spreadsheetml')) {
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return 'text/csv';
}

/** Options of one import call. */
export interface ImportOptions {
  readonly format: ImportFormat;
  /** Indicator number for files that do not name it, e.g. `11.6.1`. */
  readonly indicator?: string;
  /** True: check and count only. */
  readonly dryRun: boolean;
}

/** Uploads a file of values for a city: a dry run previews problems; a real run writes all or nothing. */
export function importFile(
  slug: string,
  file: File,
  options: ImportOptions,
): Promise<ImportResult> {
  return apiSend('POST', `/cities/${encodeURIComponent(slug)}/imports`, {
    query: {
      format: options.format,
      indicator: options.indicator,
      filename: file.name,
      dryRun: String(options.dryRun),
    },
    raw: { body: file, contentType: uploadContentType(file) },
  });
}

/** Where a city's values download in a format. */
export function cityExportUrl(slug: string, format: ExportFormat, view: ObservationView): string {
  return apiUrl(`/cities/${encodeURIComponent(slug)}/export`, {
    format,
    view: view === 'public' ? undefined : view,
  });
}

/** Where everything public downloads, one CSV per city and country in a zip. */
export const publicZipUrl = apiUrl('/export/public.zip');

/** Where the project's import template downloads. */
export function templateUrl(kind: 'csv' | 'xlsx'): string {
  return apiUrl(`/import-templates/frontrunner-template.${kind}`);
}
