import { describe, expect, it } from 'vitest';
import { certificatePdfUrl } from '../api/graduation.api.ts';
import { certificateUrl } from '../api/trainings.api.ts';
import { certificateLang } from './certificate-lang.ts';

describe('certificateLang', () => {
  it('prints in the interface language when certificates are printed in it', () => {
    expect(['en', 'km', 'lo', 'my'].map(certificateLang)).toEqual(['en', 'km', 'lo', 'my']);
  });

  it('falls back to English for any other language', () => {
    expect(certificateLang('th')).toBe('en');
    expect(certificateLang('km-KH')).toBe('en');
    expect(certificateLang('')).toBe('en');
  });
});

describe('certificate links', () => {
  it('ask for the certificate in the reader’s language', () => {
    expect(certificateUrl('t 1', 'p1', 'km')).toBe(
      '/api/v1/trainings/t%201/participants/p1/certificate.pdf?lang=km',
    );
    expect(certificatePdfUrl('a1', 'my')).toBe('/api/v1/assessments/a1/certificate.pdf?lang=my');
  });

  it('ask for English when the interface speaks a language certificates are not printed in', () => {
    expect(certificatePdfUrl('a1', 'vi')).toBe('/api/v1/assessments/a1/certificate.pdf?lang=en');
  });
});
