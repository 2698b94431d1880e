/**
 * Bytes to text, chunk by chunk. The rule:
 * - A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark (Excel's "Unicode text")
 *   is decoded as such, with a note.
 * - Otherwise the file is read as UTF-8. If a byte that is not UTF-8 comes before any non-ASCII
 *   character, the file is taken to be Windows-1252 (the usual "latin1" of spreadsheets): ASCII
 *   reads the same in both, so nothing read so far changes, and the reader notes it.
 * - If it comes after valid non-ASCII UTF-8, the file mixes encodings: decoding stops with a
 *   `bad-encoding` problem giving the byte offset and the bytes, since any guess would be wrong.
 * - NUL bytes near the start (UTF-16 without a mark, a spreadsheet or zip) are `bad-encoding`.
 */

/** The outcome of decoding one chunk. */
export interface Decoded {
  /** The text decoded; when `invalid` is set, only the valid text before it. */
  readonly text: string;
  /**
   * Index in `text` where the decoder changed encoding (`switchedTo`) or stopped (`invalid`):
   * lets the caller find the row.
   */
  readonly at?: number;
  readonly switchedTo?: 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** Bytes that are not text: where (0-based file offset) and what (hex). */
  readonly invalid?: {
    readonly byteOffset: number;
    readonly bytes: string;
    readonly expected: string;
  };
}

const MIXED =
  'UTF-8 throughout: this file mixes UTF-8 with another encoding — save it again as "CSV UTF-8"';
const BINARY =
  'a text file: NUL bytes mean UTF-16 without a byte-order mark, or a spreadsheet (use --format xlsx)';

/** A streaming decoder following the rule above. */
export class TextDecoding {
  private encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' | undefined;
  private decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Bytes of an incomplete UTF-8 character at the end of the last chunk. */
  private pending: Uint8Array = new Uint8Array(0);
  /** File offset of the first byte of `pending`. */
  private offset = 0;
  private nonAscii = false;
  private stopped = false;

  /** Decodes the next chunk. After an `invalid` result, further chunks decode to nothing. */
  decode(chunk: Uint8Array): Decoded {
    if (this.stopped) return { text: '' };
    const bytes = this.pending.length > 0 ? concat(this.pending, chunk) : chunk;
    if (this.encoding === undefined) return this.start(bytes, false);
    return this.decodeBytes(bytes, false);
  }

  /** Ends the input: an incomplete last character is invalid. */
  end(): Decoded {
    if (this.stopped || this.pending.length === 0) return { text: '' };
    if (this.encoding === undefined) return this.start(this.pending, true);
    return this.decodeBytes(this.pending, true);
  }

  /** The first bytes: a byte-order mark, NUL bytes, or UTF-8. Waits for three bytes. */
  private start(bytes: Uint8Array, final: boolean): Decoded {
    if (bytes.length < 3 && !final) {
      this.pending = bytes;
      return { text: '' };
    }
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
      this.encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
      this.decoder = new TextDecoder(this.encoding);
      this.pending = new Uint8Array(0);
      return {
        text: this.decoder.decode(bytes, { stream: true }),
        at: 0,
        switchedTo: this.encoding,
      };
    }
    const nul = bytes.subarray(0, 512).indexOf(0);
    if (nul >= 0) {
      this.stopped = true;
      return {
        text: '',
        at: 0,
        invalid: { byteOffset: nul, bytes: hex(bytes, nul), expected: BINARY },
      };
    }
    this.encoding = 'utf-8';
    if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
      this.nonAscii = true;
      this.offset = 3;
      return this.decodeBytes(bytes.subarray(3), final);
    }
    return this.decodeBytes(bytes, final);
  }

  private decodeBytes(bytes: Uint8Array, final: boolean): Decoded {
    if (this.encoding === 'windows-1252') return { text: decodeWindows1252(bytes) };
    if (this.encoding !== 'utf-8') return { text: this.decoder.decode(bytes, { stream: !final }) };
    const cut = final ? bytes.length : completeLength(bytes);
    const whole = bytes.subarray(0, cut);
    try {
      const text = this.decoder.decode(whole);
      if (!this.nonAscii && text.length !== whole.length) this.nonAscii = true;
      this.advance(bytes, cut);
      return { text };
    } catch {
      return this.recover(bytes, whole);
    }
  }

  /** A byte that is not UTF-8: switch to Windows-1252 if nothing non-ASCII came before, else stop. */
  private recover(bytes: Uint8Array, whole: Uint8Array): Decoded {
    const bad = firstInvalid(whole);
    const valid = this.decoder.decode(whole.subarray(0, bad));
    if (!this.nonAscii && valid.length === bad) {
      this.encoding = 'windows-1252';
      this.pending = new Uint8Array(0);
      return {
        text: valid + decodeWindows1252(bytes.subarray(bad)),
        at: valid.length,
        switchedTo: 'windows-1252',
      };
    }
    this.stopped = true;
    const byteOffset = this.offset + bad;
    return {
      text: valid,
      at: valid.length,
      invalid: { byteOffset, bytes: hex(whole, bad), expected: MIXED },
    };
  }

  private advance(bytes: Uint8Array, cut: number): void {
    this.offset += cut;
    this.pending = bytes.slice(cut);
  }
}

/** Windows-1252 characters of the bytes 0x80–0x9F (WHATWG Encoding); elsewhere it is latin1. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 bytes to text. Not `TextDecoder('windows-1252')`: Node 20 decodes that label as
 * ISO-8859-1, turning the en dash 0x96 and the euro sign 0x80 into invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Up to four bytes from `at`, as `0xE9 0x74`. */
function hex(bytes: Uint8Array, at: number): string {
  return Array.from(
    bytes.subarray(at, at + 4),
    (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join(' ');
}

/** Length of the prefix of `bytes` that ends on a character boundary (drops a cut-off last character). */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back += 1) {
    const b = bytes[n - back] as number;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

/** Offset of the first byte that does not start a valid UTF-8 character (RFC 3629). */
export function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || !continues(bytes, i, need)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function continues(bytes: Uint8Array, at: number, need: number): boolean {
  const lead = bytes[at] as number;
  const second = bytes[at + 1];
  if (second === undefined) return false;
  // Overlong forms, surrogates and code points above U+10FFFF (RFC 3629 §4).
  if (lead === 0xe0 && second < 0xa0) return false;
  if (lead === 0xed && second > 0x9f) return false;
  if (lead === 0xf0 && second < 0x90) return false;
  if (lead === 0xf4 && second > 0x8f) return false;
  for (let k = 1; k <= need; k += 1) {
    const b = bytes[at + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return false;
  }
  return true;
}
