export * from './project.service';
export * from './claims.service';
export * from './results.service';
export * from './progress.service';
export * from './suggestions.service';
export { canSeeProject, loadProject } from './project-access';
export type { ProjectView, ClaimView } from './project-view';
export * from './iati.service';
export * from './network-suggester';
