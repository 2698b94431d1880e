import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { flagsOf, type ObservationRecord } from '@frontrunner/domain';
import { READERS } from '../importers/index';
import type { Reader } from '../importers/import-source';
import { readAll, sourceOf } from '../importers/source.factory';
import { collect } from './csv-writing';
import * as frontrunnerCsv from './frontrunner-csv/write';
import * as json from './json/write';
import * as openSdgCsv from './open-sdg-csv/write';
import { buildRecord, recordOf, trickyRecords } from './record.factory';
import * as sdmxCsv from './sdmx-csv/write';
import * as xlsx from './xlsx/write';
import { zipFiles } from './zip';

/** Writes, reads back (in chunks of `chunkSize` bytes) and returns the records read. */
async function roundTrip(
  bytes: Uint8Array,
  reader: Reader,
  file: string,
  chunkSize?: number,
): Promise<ObservationRecord[]> {
  const { inputs, problems } = await readAll(reader, sourceOf(file, bytes, chunkSize));
  expect(problems).toEqual([]);
  return inputs.map(recordOf);
}

const without = (records: ObservationRecord[], field: 'indicator'): ObservationRecord[] =>
  records.map((record) => ({ ...record, [field]: undefined }));

describe('export then import is the identity', () => {
  const records = trickyRecords();

  it('for the project CSV, whole and in 7-byte chunks that split characters and line ends', async () => {
    const bytes = await collect(frontrunnerCsv.write(records));
    expect(await roundTrip(bytes, READERS.csv, 'city.csv')).toEqual(records);
    expect(await roundTrip(bytes, READERS.csv, 'city.csv', 7)).toEqual(records);
  });

  it('for Open SDG, one indicator a file named after it', async () => {
    const waste = records.filter((r) => r.indicator === '11.6.1');
    const file = openSdgCsv.openSdgFileName('11.6.1');
    const bytes = await collect(
      openSdgCsv.write(waste, { dimensions: openSdgCsv.dimensionsOf(waste) }),
    );
    expect(file).toBe('indicator_11-6-1.csv');
    expect(await roundTrip(bytes, READERS['open-sdg'], file, 5)).toEqual(waste);
  });

  it('for SDMX-CSV 2.0 and 1.0, which carry no indicator', async () => {
    for (const version of ['2.0', '1.0'] as const) {
      const bytes = await collect(sdmxCsv.write(records, { version }));
      expect(await roundTrip(bytes, READERS['sdmx-csv'], 'sdg.csv', 11)).toEqual(
        without(records, 'indicator'),
      );
    }
  });

  it('for SDMX-CSV, with a dimension outside the SDG DSD written as an extra column', async () => {
    const district = [buildRecord({ disaggregation: { district: 'Daun Penh', sex: 'F' } })];
    const bytes = await collect(sdmxCsv.write(district, { extraDimensions: ['district'] }));
    expect(new TextDecoder().decode(bytes)).toContain('PRODUCT,DISTRICT,TIME_PERIOD');
    expect(await roundTrip(bytes, READERS['sdmx-csv'], 'sdg.csv')).toEqual(
      without(district, 'indicator'),
    );
  });

  it('for the Excel workbook', async () => {
    const bytes = await collect(xlsx.write(records));
    expect(await roundTrip(bytes, READERS.xlsx, 'city.xlsx', 1000)).toEqual(records);
  });

  it('for JSON', async () => {
    const bytes = await collect(json.write(records));
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(records);
    expect(JSON.parse(new TextDecoder().decode(await collect(json.write([]))))).toEqual([]);
  });

  it('for every file of a bulk zip', async () => {
    const modified = new Date('2024-01-01T00:00:00Z');
    const zipped = await collect(
      zipFiles(
        [
          { name: 'kh-phnom-penh/observations.csv', content: frontrunnerCsv.write(records) },
          { name: 'kh-phnom-penh/observations.xlsx', content: xlsx.write(records) },
          { name: 'kh-phnom-penh/observations.json', content: await collect(json.write(records)) },
        ],
        { modified },
      ),
    );
    const files = unzipSync(zipped);
    expect(Object.keys(files)).toEqual([
      'kh-phnom-penh/observations.csv',
      'kh-phnom-penh/observations.xlsx',
      'kh-phnom-penh/observations.json',
    ]);
    const csv = files['kh-phnom-penh/observations.csv'] as Uint8Array;
    const book = files['kh-phnom-penh/observations.xlsx'] as Uint8Array;
    expect(await roundTrip(csv, READERS.csv, 'observations.csv')).toEqual(records);
    expect(await roundTrip(book, READERS.xlsx, 'observations.xlsx')).toEqual(records);
  });
});

describe('exports are safe to open in a spreadsheet', () => {
  it('escape formula text in every CSV format and never in a number', async () => {
    const record = buildRecord({
      footnote: '=HYPERLINK("http://evil.example")',
      source: '@x',
      value: -3,
    });
    for (const bytes of [
      await collect(frontrunnerCsv.write([record])),
      await collect(openSdgCsv.write([record], { dimensions: [] })),
      await collect(sdmxCsv.write([record])),
    ]) {
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(text).toContain(",'@x");
      expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
      expect(text).toContain(',-3');
    }
  });

  it('write SDMX OBS_STATUS as one code, keeping the strongest of several flags', async () => {
    const record = buildRecord({ flags: flagsOf(true, true, false) });
    const [read] = await roundTrip(
      await collect(sdmxCsv.write([record])),
      READERS['sdmx-csv'],
      'sdg.csv',
    );
    expect(read?.flags).toEqual(flagsOf(true, false, false));
  });

  it('refuse a record whose dimension has no column', async () => {
    const record = buildRecord({ disaggregation: { sex: 'F' } });
    await expect(collect(openSdgCsv.write([record], { dimensions: [] }))).rejects.toThrow(/sex/);
    await expect(
      collect(sdmxCsv.write([buildRecord({ disaggregation: { ward: '3' } })])),
    ).rejects.toThrow(/ward/);
  });
});

describe('disaggregation cells', () => {
  it('round-trip a dimension whose text a spreadsheet would read as a formula', async () => {
    const records = [buildRecord({ disaggregation: { '@group': '-1' } })];
    const bytes = await collect(frontrunnerCsv.write(records));
    expect(new TextDecoder().decode(bytes)).toContain(",'@group=-1,");
    expect(await roundTrip(bytes, READERS.csv, 'city.csv')).toEqual(records);
  });
});
