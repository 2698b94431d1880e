import type { ObservationRecord } from '@frontrunner/domain';
import type { RecordSource } from '../csv-writing';

const CHUNK = 64 * 1024;

/**
 * Writes a JSON array of {@link ObservationRecord}s, one a line, streamed in chunks of about
 * 64 KB: `JSON.parse` of the file gives the records back. Text is not formula-escaped: JSON is not
 * opened by spreadsheets, and its readers expect the text as it is.
 */
export async function* write(records: RecordSource): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let text = '[';
  let first = true;
  for await (const record of records) {
    text += (first ? '\n' : ',\n') + JSON.stringify(plain(record));
    first = false;
    if (text.length >= CHUNK) {
      yield encoder.encode(text);
      text = '';
    }
  }
  yield encoder.encode(`${text}${first ? '' : '\n'}]\n`);
}

/** The record's fields in a fixed order, leaving out absent optional ones. */
function plain(record: ObservationRecord): ObservationRecord {
  if (!Number.isFinite(record.value))
    throw new RangeError(`Cannot export the number ${record.value}`);
  return {
    geoCode: record.geoCode,
    series: record.series,
    indicator: record.indicator,
    unit: record.unit,
    year: record.year,
    value: record.value,
    disaggregation: record.disaggregation,
    flags: record.flags,
    footnote: record.footnote,
    source: record.source,
    nature: record.nature,
  };
}
