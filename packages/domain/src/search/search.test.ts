import { describe, expect, it } from 'vitest';
import { explainMatch } from './highlight';
import { parseSearchQuery, termMatches, withTypoVariants, type SearchQuery } from './query';
import { indexText, isLatinWord, segmentWords } from './segment';
import { typoVariants, withinOneEdit } from './typo';

/** Whether every term of the query matches some word the index would hold for the text. */
function finds(query: SearchQuery, text: string, lang?: string): boolean {
  const indexed = indexText(text, lang).split(' ');
  return query.terms.every((t) => indexed.some((w) => termMatches(t, w)));
}

const SENTENCES = [
  {
    lang: 'th',
    text: 'เทศบาลนครเชียงใหม่ได้จัดตั้งธนาคารขยะในชุมชนเพื่อลดปริมาณขยะพลาสติก',
    middle: 'ธนาคาร',
    absent: 'โรงเรียน',
  },
  {
    lang: 'km',
    text: 'រដ្ឋបាលក្រុងបាត់ដំបងបានបង្កើតកម្មវិធីធនាគារសំរាមនៅក្នុងសហគមន៍',
    middle: 'កម្មវិធី',
    absent: 'សាលារៀន',
  },
  {
    lang: 'lo',
    text: 'ເທດສະບານນະຄອນຫຼວງວຽງຈັນໄດ້ສ້າງຕັ້ງທະນາຄານຂີ້ເຫຍື້ອໃນຊຸມຊົນ',
    middle: 'ທະນາຄານ',
    absent: 'ໂຮງຮຽນ',
  },
  {
    lang: 'my',
    text: 'ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီသည် ရပ်ကွက်များတွင် အမှိုက်ဘဏ်ကို တည်ထောင်ခဲ့သည်',
    middle: 'ရပ်ကွက်',
    absent: 'ကျောင်း',
  },
  {
    lang: 'vi',
    text: 'Thành phố Đà Nẵng đã xây dựng hệ thống phân loại rác tại nguồn ở các phường',
    middle: 'phân loại',
    absent: 'trường học',
  },
  {
    lang: 'id',
    text: 'Pemerintah Kota Surabaya membangun bank sampah di setiap kelurahan untuk mengurangi plastik',
    middle: 'kelurahan',
    absent: 'sekolah',
  },
] as const;

describe('segmentWords', () => {
  it('cuts Thai, Khmer, Lao and Burmese into several words although they have no spaces', () => {
    for (const s of SENTENCES.slice(0, 4)) {
      expect(s.text.includes(' ') && s.lang !== 'my').toBe(false);
      expect(segmentWords(s.text, s.lang).length).toBeGreaterThan(5);
    }
  });

  it('folds case and Vietnamese diacritics and drops punctuation', () => {
    expect(segmentWords('Đà Nẵng, Hội An!', 'vi')).toEqual(['da', 'nang', 'hoi', 'an']);
  });

  it('segments by script even without a language tag or with a malformed one', () => {
    expect(segmentWords('ธนาคารขยะ')).toEqual(['ธนาคาร', 'ขยะ']);
    expect(segmentWords('ธนาคารขยะ', 'not a tag!')).toEqual(['ธนาคาร', 'ขยะ']);
  });
});

describe('a word from the middle of a sentence finds the sentence', () => {
  for (const s of SENTENCES) {
    it(`in ${s.lang}`, () => {
      expect(finds(parseSearchQuery(s.middle, s.lang), s.text, s.lang)).toBe(true);
      expect(finds(parseSearchQuery(s.absent, s.lang), s.text, s.lang)).toBe(false);
    });
  }
});

describe('parseSearchQuery', () => {
  it('matches Latin words of three letters or more as prefixes, others exactly', () => {
    const q = parseSearchQuery('recycl of ธนาคาร');
    expect(q.terms).toEqual([
      { word: 'recycl', prefix: true, variants: [] },
      { word: 'of', prefix: false, variants: [] },
      { word: 'ธนาคาร', prefix: false, variants: [] },
    ]);
    expect(termMatches(q.terms[0]!, 'recycling')).toBe(true);
    expect(termMatches(q.terms[2]!, 'ธนาคารขยะ')).toBe(false);
  });

  it('keeps each word once and an empty query has no terms', () => {
    expect(parseSearchQuery('water Water WATER').terms).toHaveLength(1);
    expect(parseSearchQuery(' ,.; ').terms).toEqual([]);
  });
});

describe('typo tolerance', () => {
  it('counts one insertion, deletion, substitution or swap as one edit, and no more', () => {
    expect(withinOneEdit('polution', 'pollution')).toBe(true);
    expect(withinOneEdit('pollutoin', 'pollution')).toBe(true);
    expect(withinOneEdit('pollutian', 'pollution')).toBe(true);
    expect(withinOneEdit('pollutions', 'pollution')).toBe(true);
    expect(withinOneEdit('polutoin', 'pollution')).toBe(false);
  });

  it('offers vocabulary words one edit away with the same first letter', () => {
    expect(typoVariants('polution', ['pollution', 'solution', 'population'])).toEqual([
      'pollution',
    ]);
    expect(typoVariants('air', ['aim', 'fir'])).toEqual([]);
  });

  it('adds variants only to Latin words the vocabulary does not know', () => {
    const vocabulary = ['pollution', 'waste', 'wastes'];
    const near = (word: string) => ({ known: vocabulary.includes(word), near: vocabulary });
    const q = withTypoVariants(parseSearchQuery('polution waste ธนาคาร'), near);
    expect(q.terms.map((t) => t.variants)).toEqual([['pollution'], [], []]);
    const typo = withTypoVariants(parseSearchQuery('polution'), near);
    expect(finds(typo, 'Air pollution fell by a third')).toBe(true);
    expect(finds(parseSearchQuery('polution'), 'Air pollution fell by a third')).toBe(false);
  });

  it('tells Latin words from words of other scripts', () => {
    expect(isLatinWord('nang')).toBe(true);
    expect(isLatinWord('2030')).toBe(false);
    expect(isLatinWord('ธนาคาร')).toBe(false);
  });
});

describe('explainMatch', () => {
  it('marks the matching words as written and keeps the text around them', () => {
    const text = 'Đà Nẵng sorts waste at source; waste banks pay households.';
    const why = explainMatch(text, parseSearchQuery('da nang bank').terms);
    expect(why.words).toEqual(['Đà', 'Nẵng', 'banks']);
    expect(why.terms).toEqual(['da', 'nang', 'bank']);
    expect(why.snippet.map((f) => f.text).join('')).toBe(text);
    expect(why.snippet.filter((f) => f.match).map((f) => f.text)).toEqual(['Đà', 'Nẵng', 'banks']);
  });

  it('marks a Thai word inside a sentence without spaces', () => {
    const s = SENTENCES[0];
    const why = explainMatch(s.text, parseSearchQuery(s.middle, s.lang).terms, { lang: s.lang });
    expect(why.snippet.filter((f) => f.match).map((f) => f.text)).toEqual([s.middle]);
  });

  it('cuts a long text around the first match', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const why = explainMatch(words.join(' '), parseSearchQuery('w50').terms, {
      context: 2,
      maxWords: 5,
    });
    expect(why.snippet.map((f) => f.text).join('')).toBe('… w48 w49 w50 w51 w52 …');
  });

  it('explains nothing when nothing matched', () => {
    expect(explainMatch('clean air', parseSearchQuery('water').terms)).toEqual({
      words: [],
      terms: [],
      snippet: [],
    });
  });
});
