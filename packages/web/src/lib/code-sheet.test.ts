import { describe, expect, it } from 'vitest';
import { answerLink, codeListText, codeSheet } from './code-sheet.ts';

describe('the invitation code sheet', () => {
  it('links each code to the public answering page with the code filled in', () => {
    expect(answerLink('https://sdg.example/', 'a b', 'KQ7PM-X2RTA')).toBe(
      'https://sdg.example/surveys/a%20b/answer?code=KQ7PM-X2RTA',
    );
  });

  it('keeps the codes in the order they were generated', () => {
    const sheet = codeSheet('http://x', 's1', ['BBBBB-BBBBB', 'AAAAA-AAAAA']);
    expect(sheet.map((e) => e.code)).toEqual(['BBBBB-BBBBB', 'AAAAA-AAAAA']);
    expect(sheet[1]?.link).toBe('http://x/surveys/s1/answer?code=AAAAA-AAAAA');
  });

  it('copies as tab-separated lines under a header, one per code', () => {
    const text = codeListText(codeSheet('http://x', 's1', ['AAAAA-AAAAA', 'BBBBB-BBBBB']), [
      'Code',
      'Link',
    ]);
    expect(text.split('\n')).toEqual([
      'Code\tLink',
      'AAAAA-AAAAA\thttp://x/surveys/s1/answer?code=AAAAA-AAAAA',
      'BBBBB-BBBBB\thttp://x/surveys/s1/answer?code=BBBBB-BBBBB',
      '',
    ]);
  });
});
