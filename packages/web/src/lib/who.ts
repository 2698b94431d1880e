/** Who made a change, in the words the interface uses. */
export type Changer =
  | { readonly kind: 'you' }
  | { readonly kind: 'seed' }
  | { readonly kind: 'cli' }
  | { readonly kind: 'token'; readonly id: string }
  | { readonly kind: 'account'; readonly id: string };

/**
 * Reads the `changedBy` of a history entry: an account id, `token:…`, `cli:local-operator`
 * or `system:seed`; the signed-in user's own id reads as "you".
 *
 * @example
 * describeChanger('system:seed', 'u1') // { kind: 'seed' }
 */
export function describeChanger(changedBy: string, selfId: string | undefined): Changer {
  if (selfId && changedBy === selfId) return { kind: 'you' };
  if (changedBy.startsWith('system:')) return { kind: 'seed' };
  if (changedBy.startsWith('cli:')) return { kind: 'cli' };
  if (changedBy.startsWith('token:')) return { kind: 'token', id: changedBy.slice(6, 14) };
  return { kind: 'account', id: changedBy.slice(0, 8) };
}
