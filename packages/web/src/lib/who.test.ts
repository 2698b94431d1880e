import { describe, expect, it } from 'vitest';
import { describeChanger } from './who.ts';

describe('describeChanger', () => {
  it('names the kinds of actor the history records', () => {
    expect(describeChanger('u-1', 'u-1')).toEqual({ kind: 'you' });
    expect(describeChanger('system:seed', 'u-1')).toEqual({ kind: 'seed' });
    expect(describeChanger('cli:local-operator', undefined)).toEqual({ kind: 'cli' });
    expect(describeChanger('token:abcdef123456', undefined)).toEqual({
      kind: 'token',
      id: 'abcdef12',
    });
    expect(describeChanger('79bb9e20-1e76-48cf', 'other')).toEqual({
      kind: 'account',
      id: '79bb9e20',
    });
  });
});
