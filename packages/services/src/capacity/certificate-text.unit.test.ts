import { SUPPORTED_LANGUAGES } from '@frontrunner/domain';
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_MESSAGES,
  certificateDate,
  certificateDates,
  certificateNumber,
  certificateText,
  stageName,
} from './certificate-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the certificate message table', () => {
  const english = CERTIFICATE_MESSAGES.en;

  it('has every product language', () => {
    expect(Object.keys(CERTIFICATE_MESSAGES).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it.each(SUPPORTED_LANGUAGES)(
    'has every key in %s, none empty, with the same placeholders',
    (lang) => {
      const messages = CERTIFICATE_MESSAGES[lang];
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(text), `${lang}.${key}`).toEqual(
          placeholders(english[key as keyof typeof english]),
        );
      }
    },
  );

  it.each(['km', 'lo', 'my'] as const)('is written in %s, not copied from English', (lang) => {
    const copied = Object.entries(CERTIFICATE_MESSAGES[lang]).filter(
      ([key, text]) => text === english[key as keyof typeof english],
    );
    expect(copied).toEqual([]);
  });
});

describe('certificateText', () => {
  it('fills the placeholders in the order the language puts them', () => {
    expect(certificateText('en', 'sessionsOf', { attended: '2', total: '3' })).toBe('2 of 3');
    expect(certificateText('my', 'sessionsOf', { attended: '၂', total: '၃' })).toBe('၃ ခုအနက် ၂ ခု');
  });

  it('leaves a placeholder it was given no value for', () => {
    expect(certificateText('en', 'verifyAttendance')).toContain('{url}');
  });
});

describe('stageName', () => {
  it('names the stages in English by default, as graduation titles store them', () => {
    expect(stageName('model_city')).toBe('Model City');
    expect(stageName('frontrunner')).toBe('Frontrunner City');
  });

  it('names them in the holder’s language', () => {
    expect(stageName('model_city', 'km')).toBe('ទីក្រុងគំរូ');
    expect(stageName('candidate', 'lo')).toBe('ເມືອງຜູ້ສະໝັກ');
    expect(stageName('frontrunner', 'my')).toBe('ရှေ့ဆောင်မြို့');
  });

  it('prints an unknown stage as stored', () => {
    expect(stageName('programme', 'km')).toBe('programme');
  });
});

describe('dates and numbers on a certificate', () => {
  it('writes a day in full in each language (Node’s ICU)', () => {
    expect(certificateDate('2030-03-01', 'en')).toBe('March 1, 2030');
    expect(certificateDate('2030-03-01', 'km')).toBe('1 មីនា 2030');
    expect(certificateDate('2030-03-01', 'lo')).toBe('1 ມີນາ 2030');
    expect(certificateDate('2030-03-01', 'my')).toBe('၂၀၃၀ မတ် ၁');
  });

  it('takes the UTC day of a time, whatever the server’s zone', () => {
    expect(certificateDate('2030-05-12T23:30:00.000Z', 'en')).toBe('May 12, 2030');
  });

  it('prints one day once and a span as two days', () => {
    expect(certificateDates('2030-03-01', '2030-03-01', 'en')).toBe('March 1, 2030');
    expect(certificateDates('2030-03-01', '2030-03-02', 'km')).toBe('1 មីនា 2030 – 2 មីនា 2030');
  });

  it('writes numbers in Burmese digits for Burmese', () => {
    expect(certificateNumber(12, 'my')).toBe('၁၂');
    expect(certificateNumber(1234, 'en')).toBe('1234');
  });
});
