import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  darkText,
  lightText,
  minimumTextContrast,
  parseHexColour,
  readableTextColour,
} from './colour-contrast.ts';

/** The official UN colours of goals 1–17. */
const officialGoalColours = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
];

describe('colour contrast', () => {
  it('parses short and long hex colours and rejects anything else', () => {
    expect(parseHexColour('#fff')).toEqual([255, 255, 255]);
    expect(parseHexColour('#FD9D24')).toEqual([253, 157, 36]);
    expect(parseHexColour('orange')).toBeUndefined();
    expect(parseHexColour('#12345')).toBeUndefined();
  });

  it('gives black on white the maximum ratio of 21 and a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FD9D24', '#FD9D24')).toBeCloseTo(1, 5);
  });

  it('matches a published WCAG ratio: #767676 on white is 4.54', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('puts dark text on the light goal colours and white text on the dark ones', () => {
    expect(readableTextColour('#FCC30B')).toBe(darkText);
    expect(readableTextColour('#FD9D24')).toBe(darkText);
    expect(readableTextColour('#19486A')).toBe(lightText);
    expect(readableTextColour('#A21942')).toBe(lightText);
  });

  it.each(officialGoalColours.map((colour, index) => [index + 1, colour] as const))(
    'keeps the text of goal %i (%s) at WCAG AA contrast',
    (_goal, colour) => {
      const ratio = contrastRatio(colour, readableTextColour(colour));
      expect(ratio).toBeGreaterThanOrEqual(minimumTextContrast);
    },
  );
});
