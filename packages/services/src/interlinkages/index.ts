export {
  ASEAN_GROUP,
  ASEAN_SCOPE,
  cityScope,
  countryScope,
  parseScope,
  type InterlinkageScope,
  type ScopeView,
} from './scope';
export { INTERLINKAGE_METHOD_VERSION, type AnalysisParameters } from './analysis-inputs';
export { ensureRun, NOT_ENOUGH_DATA, type RunOptions, type RunOutcome } from './run.service';
export type { RunView, SeriesPairView } from './run-view';
export {
  getNetwork,
  getReport,
  type NetworkEdge,
  type NetworkNode,
  type NetworkView,
} from './network.service';
export {
  getLinkEvidence,
  TARGET_CODE,
  type LinkEvidenceView,
  type LinkSeriesView,
  type SeriesPoint,
} from './link-evidence.service';
export {
  suggestLinkedTargets,
  type CuratedSuggestion,
  type DataSuggestion,
  type SuggestionsView,
} from './suggestions.service';
export {
  createCuratedLink,
  deleteCuratedLink,
  listCuratedLinks,
  updateCuratedLink,
  type CuratedLinkInput,
  type CuratedLinkView,
} from './curated-links.service';
export { interlinkagesFromFiles, readInterlinkageSeriesCsv } from './interlinkage-files';
