/** Text colour for light backgrounds; near-black keeps the contrast of pure black. */
export const darkText = '#111111';
/** Text colour for dark backgrounds. */
export const lightText = '#ffffff';

/** WCAG 2 minimum contrast for normal-size text (level AA). */
export const minimumTextContrast = 4.5;

/** Parses `#RGB` or `#RRGGBB` into 0–255 channels; `undefined` when malformed. */
export function parseHexColour(hex: string): readonly [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  const digits = match?.[1];
  if (digits === undefined) return undefined;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const channel = (start: number): number => parseInt(full.slice(start, start + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

/** Undoes the sRGB gamma of one 0–255 channel, giving linear light 0–1. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const rgb = parseHexColour(hex);
  if (rgb === undefined) throw new Error(`Not a hex colour: ${hex}`);
  const [r, g, b] = rgb;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2 contrast ratio between two colours, 1 to 21.
 *
 * @example
 * contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The text colour (white or near-black) that contrasts most with `background`, so that text
 * on an official goal colour stays readable.
 *
 * @example
 * readableTextColour('#FD9D24') // '#111111' (goal 11's orange takes dark text)
 * readableTextColour('#19486A') // '#ffffff'
 */
export function readableTextColour(background: string): string {
  return contrastRatio(background, lightText) >= contrastRatio(background, darkText)
    ? lightText
    : darkText;
}
