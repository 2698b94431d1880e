import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  addConsultation,
  createCityReport,
  fetchCityReports,
  fetchReport,
  reviewReport,
  submitReport,
  updateReport,
  type Consultation,
  type ReportChanges,
  type ReportReview,
  type SavedReport,
} from '../api/reports.api.ts';

/** Cache keys of saved reports. */
export const reportKeys = {
  all: () => ['reports'] as const,
  city: (slug: string) => ['reports', 'city', slug] as const,
  one: (id: string) => ['reports', 'one', id] as const,
};

/** A city's reports. */
export function useCityReports(slug: string): UseQueryResult<readonly SavedReport[]> {
  return useQuery({
    queryKey: reportKeys.city(slug),
    queryFn: ({ signal }) => fetchCityReports(slug, signal),
  });
}

/** One report. */
export function useReport(id: string): UseQueryResult<SavedReport> {
  return useQuery({
    queryKey: reportKeys.one(id),
    queryFn: ({ signal }) => fetchReport(id, signal),
    retry: false,
  });
}

/** After a change: the answer is the report itself; lists are asked again. */
function useReportSaved(): (report: SavedReport) => Promise<void> {
  const queryClient = useQueryClient();
  return async (report) => {
    queryClient.setQueryData(reportKeys.one(report.id), report);
    await queryClient.invalidateQueries({ queryKey: ['reports', 'city'] });
  };
}

/** Starts a city's report. */
export function useCreateReport(
  slug: string,
): UseMutationResult<SavedReport, Error, { title: string; lang: string }> {
  const saved = useReportSaved();
  return useMutation({ mutationFn: (input) => createCityReport(slug, input), onSuccess: saved });
}

/** Saves title and narratives. */
export function useUpdateReport(id: string): UseMutationResult<SavedReport, Error, ReportChanges> {
  const saved = useReportSaved();
  return useMutation({ mutationFn: (changes) => updateReport(id, changes), onSuccess: saved });
}

/** Adds a consultation entry. */
export function useAddConsultation(
  id: string,
): UseMutationResult<SavedReport, Error, Consultation> {
  const saved = useReportSaved();
  return useMutation({ mutationFn: (entry) => addConsultation(id, entry), onSuccess: saved });
}

/** Submits for approval. */
export function useSubmitReport(id: string): UseMutationResult<SavedReport, Error, void> {
  const saved = useReportSaved();
  return useMutation({ mutationFn: () => submitReport(id), onSuccess: saved });
}

/** Approves or returns. */
export function useReviewReport(id: string): UseMutationResult<SavedReport, Error, ReportReview> {
  const saved = useReportSaved();
  return useMutation({ mutationFn: (review) => reviewReport(id, review), onSuccess: saved });
}
