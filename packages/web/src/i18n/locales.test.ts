import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import km from './locales/km.json';
import lo from './locales/lo.json';
import my from './locales/my.json';

type Strings = { readonly [key: string]: string | Strings };

/** Every leaf key as a dotted path with its text; `_meta` is translator information. */
function leaves(strings: Strings, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (key === '_meta') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

/** Plural forms differ by language (English has one/other; Khmer, Lao, Burmese only other). */
function withoutPluralSuffix(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
}

const english = leaves(en);
const translations = { km, lo, my } as const;

describe.each(Object.entries(translations))('the %s UI strings', (_language, file) => {
  const translated = leaves(file as Strings);
  const keys = (strings: Map<string, string>) =>
    [...new Set([...strings.keys()].map(withoutPluralSuffix))].sort();

  it('cover exactly the English keys', () => {
    expect(keys(translated)).toEqual(keys(english));
  });

  it('use the same placeholders as English', () => {
    for (const [key, text] of translated) {
      const source = english.get(key) ?? english.get(`${withoutPluralSuffix(key)}_other`);
      expect(placeholders(text), key).toEqual(placeholders(source ?? ''));
    }
  });

  it('are marked as a draft translation for reviewers', () => {
    expect(file._meta).toEqual({ status: 'draft translation, review welcome' });
  });

  it('leave no string empty', () => {
    for (const [key, text] of translated) expect(text.trim(), key).not.toBe('');
  });
});
