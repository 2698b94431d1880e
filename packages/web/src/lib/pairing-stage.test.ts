import { describe, expect, it } from 'vitest';
import { pairingHomeCity, pairingStage } from './pairing-stage.ts';

const request = (status: 'requested' | 'accepted' | 'declined' | 'withdrawn') => ({
  status,
  decidedAt: status === 'requested' ? null : '2030-01-02T00:00:00.000Z',
  reason: status === 'declined' ? 'Busy this year' : null,
});

describe('pairingStage', () => {
  it('says where a request stands until it is accepted', () => {
    expect(pairingStage({ status: 'proposed', request: request('requested') })).toBe('requested');
    expect(pairingStage({ status: 'closed', request: request('declined') })).toBe('declined');
    expect(pairingStage({ status: 'closed', request: request('withdrawn') })).toBe('withdrawn');
  });

  it('shows the pairing’s own status once accepted, or when the secretariat paired directly', () => {
    expect(pairingStage({ status: 'active', request: request('accepted') })).toBe('active');
    expect(pairingStage({ status: 'active', request: null })).toBe('active');
    expect(pairingStage({ status: 'closed', request: null })).toBe('closed');
  });
});

describe('pairingHomeCity', () => {
  const mentor = { slug: 'surabaya', name: 'Surabaya', country: 'IDN' };
  const mentee = { slug: 'phnom-penh', name: 'Phnom Penh', country: 'KHM' };
  it('leads the mentor city’s team back to its own mentoring page, everyone else to the learner’s', () => {
    expect(pairingHomeCity({ mentor, mentee }, true)).toBe(mentor);
    expect(pairingHomeCity({ mentor, mentee }, false)).toBe(mentee);
  });
});
