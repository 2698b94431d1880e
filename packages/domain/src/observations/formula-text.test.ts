import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from './formula-text';
import { dimensionKey, sdmxDimension } from './sdmx-vocabulary';

describe('reversible formula escaping', () => {
  it('neutralises formula text and gives it back unchanged', () => {
    for (const text of [
      '=HYPERLINK("http://evil","x")',
      "'=1",
      "''+2",
      "'quoted",
      '-3',
      'plain',
      '',
    ]) {
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    expect(escapeFormula('=1+1')).toBe("'=1+1");
    expect(escapeFormula("'=1+1")).toBe("''=1+1");
    expect(escapeFormula("'quoted")).toBe("'quoted");
  });

  it('keeps a bare formula typed in a file as text', () => {
    expect(unescapeFormula('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
  });
});

describe('dimension names', () => {
  it('map SDMX and Open SDG column names to lower-case keys and back', () => {
    expect(dimensionKey('URBANISATION')).toBe('urbanisation');
    expect(dimensionKey(' Type of waste ')).toBe('type_of_waste');
    expect(sdmxDimension(dimensionKey('EDUCATION_LEV'))).toBe('EDUCATION_LEV');
  });
});
