import { describe, expect, it } from 'vitest';
import { decodeWindows1252, firstInvalid, TextDecoding, type Decoded } from './text-decoding';

/** Decodes bytes fed in pieces of `size`, returning every result and the text. */
function decodeAll(bytes: Uint8Array, size: number): { text: string; results: Decoded[] } {
  const decoding = new TextDecoding();
  const results: Decoded[] = [];
  for (let at = 0; at < bytes.length; at += size)
    results.push(decoding.decode(bytes.subarray(at, at + size)));
  results.push(decoding.end());
  return { text: results.map((r) => r.text).join(''), results };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('text decoding', () => {
  it('decodes UTF-8 split anywhere, even inside a character, and drops the byte-order mark', () => {
    const bytes = utf8('\ufeffភ្នំពេញ, กรุงเทพฯ 😀\n');
    for (const size of [1, 2, 3, 5, 64])
      expect(decodeAll(bytes, size).text).toBe('ភ្នំពេញ, กรุงเทพฯ 😀\n');
  });

  it('keeps a zero-width no-break space that is not at the start of the file', () => {
    expect(decodeAll(utf8('a\ufeffb'), 1).text).toBe('a\ufeffb');
  });

  it('switches to Windows-1252 at the first non-UTF-8 byte when all before was ASCII', () => {
    const bytes = Uint8Array.from([...utf8('name\nS'), 0xe3, 0x6f, 0x20, 0x96, 0x20, 0x80]);
    for (const size of [1, 4, 100]) {
      const { text, results } = decodeAll(bytes, size);
      expect(text).toBe('name\nSão – €');
      expect(results.filter((r) => r.switchedTo).map((r) => r.switchedTo)).toEqual([
        'windows-1252',
      ]);
    }
  });

  it('stops with the byte offset when a file mixes UTF-8 and another encoding', () => {
    const bytes = Uint8Array.from([...utf8('ក\nS'), 0xe3, 0x6f]);
    const { text, results } = decodeAll(bytes, 2);
    expect(text).toBe('ក\nS');
    expect(results.find((r) => r.invalid)?.invalid).toEqual({
      byteOffset: 5,
      bytes: '0xE3 0x6F',
      expected: expect.stringContaining('mixes UTF-8') as unknown as string,
    });
  });

  it('reports a UTF-8 character cut off at the end of the file', () => {
    const bytes = utf8('ក').subarray(0, 2);
    const { results } = decodeAll(Uint8Array.from([...utf8('ក'), ...bytes]), 64);
    expect(results.at(-1)?.invalid?.byteOffset).toBe(3);
  });

  it('decodes UTF-16 with a byte-order mark and refuses NUL bytes without one', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x81, 0x17]);
    expect(decodeAll(le, 3).text).toBe('A\n\u1781');
    expect(
      decodeAll(Uint8Array.from([0x41, 0x00, 0x42, 0x00]), 64).results[0]?.invalid?.byteOffset,
    ).toBe(1);
  });

  it('finds the first invalid UTF-8 byte, overlong forms and surrogates included', () => {
    expect(firstInvalid(utf8('aក😀'))).toBe(8);
    expect(firstInvalid(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalid(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalid(Uint8Array.from([0xe1, 0x9e]))).toBe(0);
  });

  it('maps the Windows-1252 bytes 0x80–0x9F to their characters', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x93, 0x94, 0x96, 0x99, 0xe9]))).toBe('€“”–™é');
  });
});
