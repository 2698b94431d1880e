import { scoreUnits, ValidationError } from '@frontrunner/domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interlinkagesFromFiles } from '../interlinkages/interlinkage-files';
import { readCodebookCsv, scoreFiles } from './score-files';

const dir = mkdtempSync(join(tmpdir(), 'score-files-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const codebook = file(
  'codebook.csv',
  '\uFEFFseries,goal,optimum,green,red,lower_bound,justification,extra\n' +
    'pm25,11,5,10,25,60,WHO guideline,x\nwater,6,100,98,80,40,universal access,y\n',
);

describe('scoring from files', () => {
  it('gives the same numbers as the domain scorer, in the documented shape', async () => {
    const observations = file(
      'obs.csv',
      'unit,series,year,value\nbkk,pm25,2015,30\nbkk,pm25,2022,22\nbkk,water,2022,99\n',
    );
    const doc = await scoreFiles(codebook, observations);
    const [expected] = scoreUnits(await readCodebookCsv(codebook), [
      { unit: 'bkk', series: 'pm25', year: 2015, value: 30 },
      { unit: 'bkk', series: 'pm25', year: 2022, value: 22 },
      { unit: 'bkk', series: 'water', year: 2022, value: 99 },
    ]);
    expect(doc.units).toHaveLength(1);
    expect(doc.units[0]).toEqual({
      unit: 'bkk',
      index: expected?.index,
      goals: expected?.goals.map((g) => ({
        goal: g.goal,
        score: g.score,
        colour: g.colour,
        trend: g.trend,
      })),
      indicators: expected?.indicators.map((i) => ({
        series: i.series,
        score: i.score,
        colour: i.colour,
        trend: i.trend,
      })),
    });
  });

  it('names the file, row and column of every bad cell', async () => {
    const bad = file('bad.csv', 'unit,series,year,value\nbkk,pm25,2020,1\n\nbkk,pm25,20x0,abc\n');
    const error = await scoreFiles(codebook, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { field: 'bad.csv:4:year', message: 'expected a number, found "20x0"' },
      { field: 'bad.csv:4:value', message: 'expected a number, found "abc"' },
    ]);
  });

  it('refuses a codebook without a required column or with a repeated series', async () => {
    const noRed = file('nored.csv', 'series,goal,optimum,green,lower_bound\npm25,11,5,10,60\n');
    await expect(readCodebookCsv(noRed)).rejects.toThrow(/lacks red/);
    const twice = file(
      'twice.csv',
      'series,goal,optimum,green,red,lower_bound\na,1,1,2,3,4\na,1,1,2,3,4\n',
    );
    const error = (await readCodebookCsv(twice).catch((e: unknown) => e)) as ValidationError;
    expect(error.problems[0]).toEqual({
      field: 'twice.csv:3:series',
      message: '"a" is already defined at row 2',
    });
  });
});

describe('interlinkages from files', () => {
  it('finds a synergy between two series that improve together', async () => {
    const rows = ['unit,series,year,value'];
    for (let y = 2010; y < 2018; y++)
      rows.push(`c,pm25,${y},${50 - y + 2010}`, `c,water,${y},${60 + (y - 2010) * 2}`);
    const observations = file('il-obs.csv', `${rows.join('\n')}\n`);
    const series = file(
      'il-series.csv',
      'series,target,direction\npm25,11.6,lower\nwater,6.1,higher\n',
    );
    const report = await interlinkagesFromFiles({
      observations,
      series,
      minYears: 5,
      threshold: 0.6,
    });
    expect(report.links).toEqual([
      { unit: 'c', a: 'pm25', b: 'water', rho: 1, n: 8, kind: 'synergy' },
    ]);
    expect(report.targets).toEqual([{ a: '11.6', b: '6.1', rho: 1, pairs: 1 }]);
  });

  it('refuses a direction other than higher or lower', async () => {
    const series = file('il-bad.csv', 'series,target,direction\npm25,11.6,down\n');
    const observations = file('il-empty.csv', 'unit,series,year,value\n');
    await expect(
      interlinkagesFromFiles({ observations, series, minYears: 5, threshold: 0.6 }),
    ).rejects.toThrow(/1 problem/);
  });
});
