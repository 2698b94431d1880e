import { describe, expect, it } from 'vitest';
import { searchHitTarget } from './search-hit-target.ts';

describe('searchHitTarget', () => {
  it('reads cases, projects and cities from their paths', () => {
    expect(searchHitTarget('/cases/7f0c')).toEqual({ kind: 'case', id: '7f0c' });
    expect(searchHitTarget('/projects/a-b')).toEqual({ kind: 'project', id: 'a-b' });
    expect(searchHitTarget('/cities/phnom-penh')).toEqual({ kind: 'city', slug: 'phnom-penh' });
  });

  it('keeps an indicator as the hash of its goal page', () => {
    expect(searchHitTarget('/goals/11#11.6.1')).toEqual({
      kind: 'goal',
      number: '11',
      hash: '11.6.1',
    });
    expect(searchHitTarget('/goals/6')).toEqual({ kind: 'goal', number: '6' });
  });

  it('leaves anything else as a plain link', () => {
    for (const path of ['https://example.org/cases/1', '/cases/1/edit', '/cases/', '/reports/1'])
      expect(searchHitTarget(path)).toEqual({ kind: 'other', href: path });
  });
});
