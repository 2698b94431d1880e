/**
 * The font stack of every report: Noto Sans for Latin, then the Noto families that carry Khmer,
 * Lao, Burmese, Thai and CJK, so each script finds a font that has its glyphs (no tofu).
 */
export const REPORT_FONT_STACK =
  "'Noto Sans', 'Noto Sans Khmer', 'Noto Sans Lao', 'Noto Sans Myanmar', 'Noto Sans Thai', 'Noto Sans CJK SC', sans-serif";

/** The stylesheet of a report page, for screen and for A4 print. */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
body { font-family: ${REPORT_FONT_STACK}; color: #1d1d1b; line-height: 1.45; font-size: 10.5pt; margin: 0 auto; max-width: 60rem; padding: 1rem; }
@media print { body { padding: 0; max-width: none; } .no-print { display: none; } }
h1 { font-size: 22pt; margin: 0 0 .3em; }
h2 { font-size: 15pt; border-bottom: 2px solid #19486A; padding-bottom: .15em; margin-top: 1.6em; break-after: avoid; }
h3 { font-size: 12pt; margin: 1.2em 0 .3em; break-after: avoid; }
.cover { break-after: page; padding-top: 30mm; }
.cover .meta { color: #555; }
.toc ol { padding-left: 1.2em; } .toc a { color: inherit; text-decoration: none; display: flex; justify-content: space-between; border-bottom: 1px dotted #bbb; }
section.report-section { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: 9pt; }
th, td { border-bottom: 1px solid #ccc; padding: 3px 5px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.goal-chip { display: inline-block; min-width: 2.2em; text-align: center; color: #fff; font-weight: 700; border-radius: 3px; padding: 0 .3em; }
.dash { display: inline-block; width: .9em; height: .9em; border-radius: 50%; vertical-align: -0.1em; margin-right: .3em; border: 1px solid #999; }
.dash-green { background: #2e9e44; } .dash-yellow { background: #f2c500; } .dash-orange { background: #f08a24; } .dash-red { background: #d7263d; } .dash-grey { background: #bbb; }
.indicator { break-inside: avoid; margin-bottom: 1em; }
.chart { max-width: 100%; height: auto; }
.unavailable { color: #666; font-style: italic; border-left: 3px solid #bbb; padding-left: .6em; }
sup.cite a { text-decoration: none; color: #0a5a9c; }
.annex td { font-size: 8pt; }
.empty-narrative { color: #888; font-style: italic; }
`;
