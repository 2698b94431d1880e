import type {
  ApiTokenTable,
  LoginThrottleTable,
  OneTimeTokenTable,
  RoleAssignmentTable,
  SessionTable,
  UserAccountTable,
} from './accounts/accounts.table';
import type { AuditEntryTable } from './audit/audit.table';
import type {
  AttendanceTable,
  CertificateTable,
  CohortTable,
  CompetencyAssessmentTable,
  GraduationAssessmentTable,
  ParticipantTable,
  RubricVersionTable,
  SurveyCodeTable,
  SurveyResponseTable,
  SurveyTable,
  TrainingSessionTable,
  TrainingTable,
} from './capacity/capacity.table';
import type {
  GoalTable,
  IndicatorTable,
  IndicatorTargetTable,
  TargetTable,
  TranslationTable,
} from './framework/framework.table';
import type { CityTable, CountryTable } from './geo/geo.table';
import type {
  InterlinkageCentralityTable,
  InterlinkageCuratedLinkTable,
  InterlinkageRunTable,
  InterlinkageSeriesLinkTable,
  InterlinkageSeriesTable,
  InterlinkageTargetLinkTable,
} from './interlinkages/interlinkages.table';
import type {
  CityTargetTable,
  LocalIndicatorSetTable,
  LocalIndicatorTable,
  LocalIndicatorTargetTable,
  ObservationTable,
  ObservationVersionTable,
  SeriesTable,
} from './observations/observations.table';
import type { SearchDocumentTable, SearchFacetTable, SearchWordTable } from './search/search.table';
import type { KnowledgeCaseTable, KnowledgeCaseTextTable } from './knowledge/knowledge.table';
import type { CityPairingTable, PairingMessageTable } from './knowledge/network.table';
import type {
  ConsultationEntryTable,
  ReportTable,
  ReportVersionTable,
} from './reports/reports.table';
import type {
  CodebookEntryTable,
  CodebookVersionTable,
  GoalScoreTable,
  IndicatorScoreTable,
  PeerGroupBoundTable,
  PeerGroupTable,
  UnitScoreTable,
} from './scoring/scoring.table';

import type {
  BenefitClaimTable,
  ProgressUpdateTable,
  ProjectIndicatorTable,
  ProjectResultTable,
  ProjectTable,
} from './projects/projects.table';

/** Every table, by name: the one schema that runs on SQLite and PostgreSQL. */
export interface Database {
  goal: GoalTable;
  target: TargetTable;
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  translation: TranslationTable;
  country: CountryTable;
  city: CityTable;
  user_account: UserAccountTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  one_time_token: OneTimeTokenTable;
  api_token: ApiTokenTable;
  login_throttle: LoginThrottleTable;
  audit_entry: AuditEntryTable;
  series: SeriesTable;
  observation: ObservationTable;
  observation_version: ObservationVersionTable;
  city_target: CityTargetTable;
  local_indicator_set: LocalIndicatorSetTable;
  local_indicator: LocalIndicatorTable;
  local_indicator_target: LocalIndicatorTargetTable;
  interlinkage_series: InterlinkageSeriesTable;
  interlinkage_run: InterlinkageRunTable;
  interlinkage_series_link: InterlinkageSeriesLinkTable;
  interlinkage_target_link: InterlinkageTargetLinkTable;
  interlinkage_centrality: InterlinkageCentralityTable;
  interlinkage_curated_link: InterlinkageCuratedLinkTable;
  codebook_version: CodebookVersionTable;
  codebook_entry: CodebookEntryTable;
  peer_group: PeerGroupTable;
  peer_group_bound: PeerGroupBoundTable;
  unit_score: UnitScoreTable;
  goal_score: GoalScoreTable;
  indicator_score: IndicatorScoreTable;
  cohort: CohortTable;
  training: TrainingTable;
  training_session: TrainingSessionTable;
  participant: ParticipantTable;
  attendance: AttendanceTable;
  competency_assessment: CompetencyAssessmentTable;
  survey: SurveyTable;
  survey_code: SurveyCodeTable;
  survey_response: SurveyResponseTable;
  rubric_version: RubricVersionTable;
  graduation_assessment: GraduationAssessmentTable;
  certificate: CertificateTable;
  project: ProjectTable;
  project_result: ProjectResultTable;
  project_indicator: ProjectIndicatorTable;
  benefit_claim: BenefitClaimTable;
  progress_update: ProgressUpdateTable;
  knowledge_case: KnowledgeCaseTable;
  knowledge_case_text: KnowledgeCaseTextTable;
  search_document: SearchDocumentTable;
  search_facet: SearchFacetTable;
  search_word: SearchWordTable;
  city_pairing: CityPairingTable;
  pairing_message: PairingMessageTable;
  report: ReportTable;
  report_version: ReportVersionTable;
  consultation_entry: ConsultationEntryTable;
}
