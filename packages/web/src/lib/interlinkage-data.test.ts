import { describe, expect, it } from 'vitest';
import type { EvidenceSeries, NetworkEdge, NetworkNode } from '../api/interlinkages-types.ts';
import {
  areaLine,
  centralTargets,
  edgesBetweenGoals,
  goalMatrixLookup,
  pairedValues,
} from './interlinkage-data.ts';

const node = (target: string, eigenvector: number, degree = 1): NetworkNode => ({
  target,
  goal: Number.parseInt(target, 10),
  eigenvector,
  degree,
});
const edge = (a: string, b: string, rho: number): NetworkEdge => ({
  a,
  b,
  rho,
  kind: rho > 0 ? 'synergy' : 'trade-off',
  pairs: 1,
});
const series = (code: string, values: [string, number, number][]): EvidenceSeries => ({
  code,
  name: code,
  unit: 'percent',
  direction: 'higher',
  target: '1.1',
  values: values.map(([area, year, value]) => ({ area, year, value })),
});

describe('goalMatrixLookup', () => {
  it('finds a cell whichever goal comes first, and nothing where there is no link', () => {
    const cell = { a: 1, b: 3, synergies: 16, tradeOffs: 3 };
    const lookup = goalMatrixLookup([cell]);
    expect(lookup(3, 1)).toBe(cell);
    expect(lookup(1, 3)).toBe(cell);
    expect(lookup(2, 3)).toBeUndefined();
  });
});

describe('centralTargets', () => {
  it('ranks by eigenvector centrality, then by links, then by target number', () => {
    const nodes = [node('11.6', 0.4), node('1.2', 1), node('3.10', 0.4, 5), node('3.9', 0.4, 5)];
    expect(centralTargets(nodes, 3).map((n) => n.target)).toEqual(['1.2', '3.9', '3.10']);
  });
});

describe('edgesBetweenGoals', () => {
  it('keeps the links between the two goals in either direction, strongest first', () => {
    const edges = [edge('1.1', '3.2', 0.7), edge('3.1', '1.4', -0.9), edge('1.1', '1.4', 0.8)];
    expect(edgesBetweenGoals(edges, 3, 1).map((e) => `${e.a}-${e.b}`)).toEqual([
      '3.1-1.4',
      '1.1-3.2',
    ]);
    expect(edgesBetweenGoals(edges, 1, 1)).toHaveLength(1);
  });
});

describe('pairedValues', () => {
  it('pairs the two series by area and year, leaving out years only one of them has', () => {
    const a = series('A', [
      ['KHM', 2001, 1],
      ['KHM', 2000, 2],
      ['LAO', 2000, 3],
    ]);
    const b = series('B', [
      ['KHM', 2000, 20],
      ['KHM', 2001, 10],
      ['LAO', 2001, 30],
    ]);
    expect(pairedValues(a, b)).toEqual([
      { area: 'KHM', year: 2000, x: 2, y: 20 },
      { area: 'KHM', year: 2001, x: 1, y: 10 },
    ]);
  });
});

describe('areaLine', () => {
  it('gives one area’s values, earliest year first', () => {
    const s = series('A', [
      ['KHM', 2002, 1],
      ['LAO', 2000, 5],
      ['KHM', 2001, 2],
    ]);
    expect(areaLine(s, 'KHM')).toEqual([
      { year: 2001, value: 2 },
      { year: 2002, value: 1 },
    ]);
  });
});
