import type { Assignment, Session } from '../api/account-types.ts';

/** A signed-in session with these assignments and server actions, for unit tests. */
export function sessionWith(assignments: Assignment[], actions: string[] = []): Session {
  return {
    authenticated: true,
    via: 'session',
    user: {
      id: 'u1',
      email: 'a@example.org',
      name: 'A',
      language: 'en',
      status: 'active',
      isDemo: false,
      assignments,
      createdAt: '',
      updatedAt: '',
    },
    actions,
    csrfToken: 't',
    expiresAt: null,
    demo: false,
  };
}
