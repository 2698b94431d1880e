import { describe, expect, it } from 'vitest';
import {
  certificateNamesMatch,
  normaliseCertificateName,
  parseAttendanceReference,
} from './attendance-reference';

describe('parseAttendanceReference', () => {
  it('reads the two id prefixes of a printed reference, in lower case', () => {
    expect(parseAttendanceReference('FR-ATT-1A2B3C4D-5E6F7A8B')).toEqual({
      trainingPrefix: '1a2b3c4d',
      participantPrefix: '5e6f7a8b',
    });
  });

  it('forgives case, spaces, dashes and full-width characters typed by hand', () => {
    const expected = { trainingPrefix: '0a0b0c0d', participantPrefix: 'ffff0000' };
    expect(parseAttendanceReference('  fr-att-0a0b0c0d-ffff0000 ')).toEqual(expected);
    expect(parseAttendanceReference('FR - ATT - 0A0B 0C0D - FFFF 0000')).toEqual(expected);
    expect(parseAttendanceReference('FR–ATT—0A0B0C0D‐FFFF0000')).toEqual(expected);
    expect(parseAttendanceReference('ＦＲ-ＡＴＴ-０Ａ０Ｂ０Ｃ０Ｄ-ＦＦＦＦ００００')).toEqual(
      expected,
    );
  });

  it('refuses what is not a reference', () => {
    for (const text of [
      '',
      'FR-ATT-1A2B3C4D',
      'FR-ATT-1A2B3C4D-5E6F7A8',
      'FR-ATT-1A2B3C4D-5E6F7A8B9',
      'FR-ATT-1A2B3C4G-5E6F7A8B',
      'FR-GRAD-1A2B3C4D-5E6F7A8B',
      'FR-ATT-1A2B3C4D-5E6F7A8B-',
      "FR-ATT-1A2B3C4D-5E6F7A8B' or 1=1",
      'FR-ATT-1A2B%-5E6F7A8B',
      'FR-ATT-1A2B3C4D_5E6F7A8B',
    ])
      expect(parseAttendanceReference(text), text).toBeUndefined();
  });
});

describe('normaliseCertificateName', () => {
  it('lowers the case, trims and collapses whitespace of any kind', () => {
    expect(normaliseCertificateName('  Sok \t  DARA\u00a0 Chan ')).toBe('sok dara chan');
  });

  it('composes letters written as base and combining mark (NFC)', () => {
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n An';
    expect(normaliseCertificateName(decomposed)).toBe('nguyễn văn an');
    expect(normaliseCertificateName(decomposed)).toBe(normaliseCertificateName('NGUYỄN VĂN AN'));
  });

  it('drops zero-width spaces, which Khmer, Lao and Burmese text carries between words', () => {
    expect(normaliseCertificateName('សុខ\u200bដារ៉ា')).toBe('សុខដារ៉ា');
    expect(normaliseCertificateName('\ufeffမောင် မောင်')).toBe('မောင် မောင်');
  });
});

describe('certificateNamesMatch', () => {
  it('matches a name typed with another case and extra spaces', () => {
    expect(certificateNamesMatch('  a.   PLANNER ', 'A. Planner')).toBe(true);
  });

  it('tells different names apart, however close', () => {
    expect(certificateNamesMatch('A. Planer', 'A. Planner')).toBe(false);
    expect(certificateNamesMatch('A Planner', 'A. Planner')).toBe(false);
    expect(certificateNamesMatch('Nguyen Van An', 'Nguyễn Văn An')).toBe(false);
  });

  it('never matches a blank name, not even a blank record', () => {
    expect(certificateNamesMatch('   ', '')).toBe(false);
    expect(certificateNamesMatch('', '')).toBe(false);
  });
});
