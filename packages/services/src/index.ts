export * as frameworkService from './framework/framework.service';
export type {
  GoalView,
  GoalDetailView,
  TargetView,
  IndicatorView,
} from './framework/framework.service';
export * as geoService from './geo/geo.service';
export type { CityView, CountryView, CityStage, FeatureCollection } from './geo/geo.service';
export { systemClock, manualClock, type Clock } from './clock';
export {
  ANONYMOUS,
  LOCAL_OPERATOR,
  ROLES,
  actorUserId,
  type ActionContext,
  type Actor,
  type Assignment,
  type CityRef,
  type Role,
} from './access/actor';
export {
  ACTIONS,
  POLICY,
  authorize,
  decide,
  isAllowed,
  readableScope,
  type Action,
  type Decision,
  type ReadableScope,
  type Resource,
  type Rule,
  type Scope,
} from './access/policy';
export {
  PASSWORD_HASH_OPTIONS,
  MIN_PASSWORD_LENGTH,
  MAX_PASSWORD_LENGTH,
  hashPassword,
  verifyPassword,
} from './auth/password';
export { API_TOKEN_PREFIX, csrfTokenFor } from './auth/secrets';
export type { Mailer, MailMessage } from './mail/mailer';
export { LogMailer } from './mail/log/log.mailer';
export {
  accountsDeps,
  DEFAULT_ACCOUNT_SETTINGS,
  type AccountsDeps,
  type AccountSettings,
} from './accounts/accounts-deps';
export type { AssignmentInput } from './accounts/assignments';
export type { UserView, UserStatus } from './accounts/user-view';
export * as sessionService from './accounts/session.service';
export type { SessionGrant, SessionAuth } from './accounts/session.service';
export * as accountService from './accounts/account.service';
export * as userService from './accounts/user.service';
export * as recoveryService from './accounts/recovery.service';
export * as apiTokenService from './accounts/api-token.service';
export type { ApiTokenView } from './accounts/api-token.service';
export * as adminService from './accounts/admin.service';
export { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './accounts/demo.service';
export * as auditService from './audit/audit.service';
export type { AuditEntryView } from './audit/audit.service';
export * as cityProgrammeService from './geo/city-programme.service';
export {
  scoreFiles,
  presentScores,
  readCodebookCsv,
  readScoringObservationsCsv,
  type ScoreDocument,
} from './scoring/score-files';
export {
  interlinkagesFromFiles,
  readInterlinkageSeriesCsv,
} from './interlinkages/interlinkage-files';
export * as interlinkageService from './interlinkages/index';
export * as observationService from './observations/index';
export * from './importers/index';
export * as exporters from './exporters/index';
export * from './capacity/index';
export * as projectService from './projects/index';
export * as scoreService from './scoring/index';
export * as knowledgeService from './knowledge/index';
export * as searchService from './search/search.service';
export type { SearchHit, SearchRequest, SearchResponse } from './search/search.service';
export * as reportService from './reports/index';
