export {
  getCityScores,
  getCountryScores,
  getAseanScores,
  type RollUpView,
  type VersionQuery,
} from './scores.service';
export type { CityScoresView, IndicatorScoreView, LowerBoundFrom } from './city-score-view';
export type {
  CodebookEntryView,
  CodebookVersionView,
  GoalScoreView,
  PeerBoundView,
  RolledUpGoalView,
} from './score-views';
export {
  getCodebook,
  setCodebookEntry,
  type CodebookView,
  type EntryChange,
} from './codebook.service';
export {
  getCityPeers,
  setPeerGroupLowerBounds,
  type PeersView,
  type PeerBoundsResult,
  type PeerGroupView,
} from './peer-groups.service';
export { recomputeScores, refreshAfterApproval, type RecomputeResult } from './recompute.service';
export { toScoreDocument } from './score-document';
