import { html, type Html } from './escape';

/** Options of {@link lineChart}. */
export interface LineChartOptions {
  readonly width?: number;
  readonly height?: number;
  /** Line colour (the goal's). */
  readonly colour?: string;
  /** Accessible description of the chart. */
  readonly label: string;
  readonly decimals?: number;
}

const fmt = (n: number, decimals: number) =>
  n.toLocaleString('en', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });

/**
 * A line chart of values over years with the city's target as a dashed line, drawn as inline
 * SVG so that it stays vector in the PDF. The x axis runs to the target year when there is one.
 */
export function lineChart(
  points: readonly { year: number; value: number }[],
  target: { value: number; year: number } | null,
  { width = 480, height = 180, colour = '#19486A', label, decimals = 1 }: LineChartOptions,
): Html {
  const pad = { left: 52, right: 16, top: 14, bottom: 28 };
  const years = [...points.map((p) => p.year), ...(target ? [target.year] : [])];
  const values = [...points.map((p) => p.value), ...(target ? [target.value] : [])];
  if (points.length === 0) return html``;
  const x0 = Math.min(...years);
  const x1 = Math.max(...years, x0 + 1);
  let y0 = Math.min(...values);
  let y1 = Math.max(...values);
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const span = y1 - y0;
  y0 -= span * 0.08;
  y1 += span * 0.08;
  const sx = (year: number) =>
    pad.left + ((year - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const sy = (v: number) => pad.top + (1 - (v - y0) / (y1 - y0)) * (height - pad.top - pad.bottom);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${r(sx(p.year))},${r(sy(p.value))}`).join('');
  const ticks = [y0 + span * 0.08, (y0 + y1) / 2, y1 - span * 0.08];
  const yearTicks = [...new Set([x0, x1, ...points.map((p) => p.year)])].sort((a, b) => a - b);
  const shownYears = yearTicks.filter(
    (_, i) => yearTicks.length <= 8 || i % 2 === 0 || i === yearTicks.length - 1,
  );
  return html`<svg
    class="chart"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${width} ${height}"
    width="${width}"
    height="${height}"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>${label}</title>
    <g class="axis" font-size="10" fill="#444">
      ${ticks.map(
        (t) =>
          html`<line
              x1="${pad.left}"
              x2="${width - pad.right}"
              y1="${r(sy(t))}"
              y2="${r(sy(t))}"
              stroke="#ddd"
            /><text x="${pad.left - 6}" y="${r(sy(t) + 3)}" text-anchor="end"
              >${fmt(t, decimals)}</text
            >`,
      )}
      ${shownYears.map(
        (y) => html`<text x="${r(sx(y))}" y="${height - 10}" text-anchor="middle">${y}</text>`,
      )}
    </g>
    ${
      target
        ? html`<line
              class="target"
              x1="${pad.left}"
              x2="${width - pad.right}"
              y1="${r(sy(target.value))}"
              y2="${r(sy(target.value))}"
              stroke="#c0392b"
              stroke-dasharray="5 4"
              stroke-width="1.5"
            /><text
              x="${width - pad.right}"
              y="${r(sy(target.value) - 4)}"
              text-anchor="end"
              font-size="10"
              fill="#c0392b"
              >target ${fmt(target.value, decimals)} (${target.year})</text
            >`
        : ''
    }
    <path d="${path}" fill="none" stroke="${colour}" stroke-width="2" />
    ${points.map((p) => html`<circle cx="${r(sx(p.year))}" cy="${r(sy(p.value))}" r="3" fill="${colour}" />`)}
  </svg>`;
}

const r = (n: number) => Math.round(n * 10) / 10;
