export { createCase, updateCase, getCase, listCases, factsOf } from './case.service';
export type { NewCaseInput, CaseChange } from './case.service';
export { reviewCase } from './case-review.service';
export {
  caseReplications,
  type ReplicationView,
  type ReplicationResultView,
} from './lineage.service';
export { seedDemoCases } from './demo-cases.service';
export type { CaseView, CaseTextView, CaseTextInput } from './case-view';
export { recommendationsFor, mentorsFor, weakestGoals } from './recommend.service';
export type { PracticeRecommendationView, MentorView } from './recommend.service';
export {
  createPairing,
  listPairings,
  getPairing,
  listMessages,
  postMessage,
} from './network.service';
export type { PairingView, MessageView } from './network.service';
export {
  requestPairing,
  decidePairingRequest,
  withdrawPairingRequest,
} from './pairing-request.service';
export type { PairingRequestInput, PairingDecision } from './pairing-request.service';
export { seedDemoNetwork, DEMO_MENTOR_CITY } from './demo-network.service';
