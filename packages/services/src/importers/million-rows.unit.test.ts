import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { read } from './frontrunner-csv/read';
import { TEST_YEARS } from './source.factory';

const ROWS = 1_000_000;
const dir = mkdtempSync(join(tmpdir(), 'frontrunner-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes ROWS distinct observations in the project CSV: 50 series × 20 years × 1,000 areas. */
async function writeFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('series,geo_code,year,value,unit,disaggregation,flags,footnote\n');
  let text = '';
  for (let i = 0; i < ROWS; i += 1) {
    const footnote = i % 97 === 0 ? '"Survey, ""round 2""\nline two"' : '';
    text += `S_${i % 50},area-${Math.floor(i / 1000)},${2000 + (Math.floor(i / 50) % 20)},${(i % 1000) / 8},PT,${i % 3 === 0 ? 'sex=F' : ''},${i % 5 === 0 ? 'E' : ''},${footnote}\n`;
    if (text.length > 1 << 16) {
      if (!out.write(text))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      text = '';
    }
  }
  await new Promise((resolve) => out.end(text, () => resolve(undefined)));
}

describe('a million rows', () => {
  it('stream through the reader in bounded memory', { timeout: 120_000 }, async () => {
    const path = join(dir, 'million.csv');
    await writeFile(path);
    const before = process.memoryUsage();
    let heapPeak = before.heapUsed;
    let externalPeak = before.arrayBuffers;
    let observations = 0;
    let problems = 0;
    let lastRow = 0;
    const source = { file: 'million.csv', stream: () => createReadStream(path) };
    for await (const item of read(source, { years: TEST_YEARS })) {
      if (item.ok) {
        observations += 1;
        lastRow = item.input.location.row;
      } else problems += 1;
      if ((observations & 0xffff) === 0) {
        const now = process.memoryUsage();
        heapPeak = Math.max(heapPeak, now.heapUsed);
        externalPeak = Math.max(externalPeak, now.arrayBuffers);
      }
    }
    expect({ observations, problems }).toEqual({ observations: ROWS, problems: 0 });
    // Rows with a quoted line break still count as one spreadsheet row.
    expect(lastRow).toBe(ROWS + 1);
    const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
    // The file is ~50 MB and a million inputs would take several hundred MB of heap: neither is held.
    expect(mb(heapPeak - before.heapUsed)).toBeLessThan(64);
    // The duplicate index: 2^21 slots × 12 bytes = 24 MB (48 MB while it grows), outside the heap.
    expect(mb(externalPeak - before.arrayBuffers)).toBeLessThanOrEqual(48);
  });
});
