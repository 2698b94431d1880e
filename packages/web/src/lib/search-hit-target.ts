/** Where a search result leads inside the app, read from the path the server indexed. */
export type SearchHitTarget =
  | { readonly kind: 'case'; readonly id: string }
  | { readonly kind: 'project'; readonly id: string }
  | { readonly kind: 'city'; readonly slug: string }
  | { readonly kind: 'goal'; readonly number: string; readonly hash?: string }
  /** Not a page of the app that the router knows: a plain link */
  | { readonly kind: 'other'; readonly href: string };

const sections = { cases: 'case', projects: 'project', cities: 'city', goals: 'goal' } as const;

/**
 * The in-app target of a search result's path (`/cases/<id>`, `/projects/<id>`,
 * `/cities/<slug>`, `/goals/<n>#<indicator>`), so that following it needs no page reload.
 *
 * @example
 * searchHitTarget('/goals/11#11.6.1') // { kind: 'goal', number: '11', hash: '11.6.1' }
 */
export function searchHitTarget(path: string): SearchHitTarget {
  const [pathname = '', hash] = path.split('#');
  const parts = pathname.split('/');
  const section = parts[1] as keyof typeof sections | undefined;
  const key = parts[2];
  if (parts[0] !== '' || parts.length !== 3 || !key || !section || !(section in sections))
    return { kind: 'other', href: path };
  const value = decodeURIComponent(key);
  switch (sections[section]) {
    case 'case':
      return { kind: 'case', id: value };
    case 'project':
      return { kind: 'project', id: value };
    case 'city':
      return { kind: 'city', slug: value };
    case 'goal':
      return hash ? { kind: 'goal', number: value, hash } : { kind: 'goal', number: value };
  }
}
