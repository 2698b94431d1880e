import type { ApiTokenView } from '@frontrunner/services';
import { presentAssignment } from '../users/users.presenter';

/** The fields of an API token its owner sees: never the token hash. */
export function presentApiToken(t: ApiTokenView) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    assignments: t.assignments.map(presentAssignment),
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
  };
}
