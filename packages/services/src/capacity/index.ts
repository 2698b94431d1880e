export * as cohortService from './cohort.service';
export * as trainingService from './training.service';
export * as attendanceService from './attendance.service';
export * as surveyService from './survey.service';
export * as competencyService from './competency.service';
export * as rubricService from './rubric.service';
export * as graduationService from './graduation.service';
export {
  cityReadiness,
  cityLearningPath,
  type CityReadinessView,
  type CityLearningPathView,
} from './readiness.service';
export {
  cohortProgress,
  type CohortProgressView,
  type CityProgress,
} from './cohort-progress.service';
export type { AssessmentView, AssessmentCriterion, EvidenceLink } from './graduation-view';
export type { StoredAssessment } from './assessment-store';
export type { ComputedEvidence } from './evidence';
export type { CohortView } from './cohort.service';
export type { TrainingView, TrainingInput, TrainingParticipant } from './training.service';
export {
  canSeeParticipant,
  summariseParticipants,
  trainingForReader,
  type ParticipantSummary,
  type ReadableTraining,
} from './training-access';
export {
  attendanceCertificate,
  certificateReference,
  attendanceVerifyUrl,
  renderCertificateHtml,
  type AttendanceCertificate,
  type AttendanceCertificateHtmlOptions,
} from './attendance-certificate';
export * as attendanceVerificationService from './attendance-verification.service';
export type { AttendanceVerification, VerifiedAttendance } from './attendance-verification.service';
export type { SurveyView } from './survey.service';
export { seedDemoCapacity, DEMO_COHORT, DEMO_COHORT_CITIES } from './demo-capacity.service';
export * as graduationCertificateService from './graduation-certificate.service';
export type { GraduationCertificateView, AssessmentStep } from './graduation-certificate.service';
export {
  graduationCertificatePagePath,
  renderGraduationCertificateHtml,
  type GraduationCertificateHtmlOptions,
} from './graduation-certificate-html';
export {
  CERTIFICATE_MESSAGES,
  certificateText,
  stageName,
  type CertificateKey,
  type CertificateMessages,
} from './certificate-text';
