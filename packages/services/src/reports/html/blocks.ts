import type {
  Citation,
  CitationRegister,
  ConsultationEntry,
  ReportBlock,
  ReportCapacity,
  ReportDashboard,
  ReportIndicator,
  ReportMember,
  ReportProject,
} from '@frontrunner/domain';
import { lineChart } from './chart';
import { html, type Html } from './escape';

/** How numbers are cited while rendering. */
export interface CiteContext {
  readonly notes: CitationRegister;
  /** Where a citation's observation can be read on the web; none in print. */
  readonly observationHref?: ((citation: Citation) => string) | undefined;
}

/**
 * A value as printed: fixed decimals with thousands separators.
 * @example formatReportValue(1234.5, 1) // '1,234.5'
 */
export function formatReportValue(value: number, decimals: number): string {
  return value.toLocaleString('en', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A number with its footnote mark, linked to the annex entry. */
export function citedValue(ctx: CiteContext, value: number, decimals: number, c: Citation): Html {
  const n = ctx.notes.cite(c);
  return html`<span class="value" data-observation="${c.observationId}" data-version="${c.version}"
      >${formatReportValue(value, decimals)}</span
    ><sup class="cite"><a href="#cite-${n}">[${n}]</a></sup>`;
}

/** An unavailable block says why. */
export function blockOr<T>(block: ReportBlock<T>, render: (value: T) => Html): Html {
  return block.available ? render(block.value) : html`<p class="unavailable">${block.reason}</p>`;
}

const score = (s: number | null) => (s === null ? '–' : s.toFixed(1));

/** The dashboard: index and one row a goal with colour, score and trend. */
export function dashboardBlock(d: ReportDashboard): Html {
  return html`<h3>Dashboard</h3>
    <p>Index: <strong>${score(d.index)}</strong> / 100. <small>${d.method}</small></p>
    <table class="dashboard">
      <thead>
        <tr>
          <th>Goal</th>
          <th></th>
          <th class="num">Score</th>
          <th>Status</th>
          <th>Trend</th>
        </tr>
      </thead>
      <tbody>
        ${d.goals.map(
          (g) =>
            html`<tr data-goal="${g.goal}">
              <td><span class="goal-chip" style="background:${g.colour}">${g.goal}</span></td>
              <td>${g.title}</td>
              <td class="num">${score(g.score)}</td>
              <td><span class="dash dash-${g.dashboard}"></span>${g.dashboardLabel}</td>
              <td>${g.trend} ${g.trendLabel}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The members of a synthesis with their index. */
export function membersBlock(members: readonly ReportMember[], noun: string): Html {
  return html`<h3>${noun}</h3>
    <table>
      <thead>
        <tr>
          <th>${noun}</th>
          <th class="num">Index</th>
        </tr>
      </thead>
      <tbody>
        ${members.map(
          (m) =>
            html`<tr>
              <td>${m.name}</td>
              <td class="num">${score(m.index)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** One table and chart per series: values with citations, target, score. */
export function indicatorsBlock(
  ctx: CiteContext,
  items: readonly ReportIndicator[],
  goals: readonly { goal: number; title: string; colour: string }[],
): Html {
  if (items.length === 0) return html`<p class="unavailable">No approved values yet.</p>`;
  const goalColour = (n: number) => goals.find((g) => g.goal === n)?.colour ?? '#777777';
  return html`<h3>Indicators</h3>
    ${items.map((i, index) => {
      const goal = i.goals[0];
      const first = index === 0 || items[index - 1]?.goals[0] !== goal;
      const title = goals.find((g) => g.goal === goal)?.title;
      return html`${first && goal && title ? html`<h3 class="goal-heading" id="goal-${goal}">${goal}. ${title}</h3>` : ''}
        <div class="indicator" id="series-${i.series}">
          <h4>
            ${goal ? html`<span class="goal-chip" style="background:${goalColour(goal)}">${goal}</span> ` : ''}${i.name}
            <small
              >(${i.unit}${i.indicator ? `; indicator ${i.indicator}` : ''}; ${i.series})</small
            >
          </h4>
          ${lineChart(i.points, i.target, { label: `${i.name}, ${i.unit}`, colour: goal ? goalColour(goal) : undefined, decimals: i.decimals })}
          <table>
            <thead>
              <tr>
                <th>Year</th>
                <th class="num">Value</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              ${i.points.map(
                (p) =>
                  html`<tr>
                    <td>${p.year}</td>
                    <td class="num">${citedValue(ctx, p.value, i.decimals, p.citation)}</td>
                    <td>${p.citation.source ?? '–'}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          <p>
            ${i.target ? html`Target: ${formatReportValue(i.target.value, i.decimals)} by ${i.target.year}. ` : 'No city target set. '}${i.score === null ? '' : html`Score ${i.score.toFixed(1)} / 100 <span class="dash dash-${i.dashboard ?? 'grey'}"></span>`}
          </p>
        </div>`;
    })}`;
}

/** Projects and their benefit profiles. */
export function projectsBlock(projects: readonly ReportProject[]): Html {
  if (projects.length === 0)
    return html`<h3>Projects</h3>
      <p class="unavailable">No public projects yet.</p>`;
  return html`<h3>Projects and their benefits</h3>
    <table>
      <thead>
        <tr>
          <th>Project</th>
          <th>Status</th>
          <th>Goals</th>
          <th class="num">Environment</th>
          <th class="num">Society</th>
          <th class="num">Economy</th>
          <th>Multi-dimensional</th>
        </tr>
      </thead>
      <tbody>
        ${projects.map(
          (p) =>
            html`<tr>
              <td>${p.title} <small>(${p.city})</small></td>
              <td>${p.status}</td>
              <td>${p.goals.join(', ')}</td>
              <td class="num">${p.environment}</td>
              <td class="num">${p.society}</td>
              <td class="num">${p.economy}</td>
              <td>${p.multiDimensional ? 'yes' : 'no'}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** Capacity: stage, awareness surveys and competencies before and after. */
export function capacityBlock(c: ReportCapacity): Html {
  const level = (v: number | null) => (v === null ? '–' : v.toFixed(1));
  return html`<h3>Capacity</h3>
    <p>Programme stage: <strong>${c.stage}</strong></p>
    ${
      c.awareness.length
        ? html`<table>
            <thead>
              <tr>
                <th>Awareness survey</th>
                <th class="num">Aware</th>
                <th class="num">Respondents</th>
              </tr>
            </thead>
            <tbody>
              ${c.awareness.map(
                (a) =>
                  html`<tr>
                    <td>${a.title}</td>
                    <td class="num">${(a.share * 100).toFixed(0)}%</td>
                    <td class="num">${a.n}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="unavailable">No awareness survey yet.</p>`
    }
    ${
      c.competencies.length
        ? html`<table>
            <thead>
              <tr>
                <th>Competency</th>
                <th class="num">Before</th>
                <th class="num">After</th>
              </tr>
            </thead>
            <tbody>
              ${c.competencies.map(
                (k) =>
                  html`<tr>
                    <td>${k.competency}</td>
                    <td class="num">${level(k.before)}</td>
                    <td class="num">${level(k.after)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="unavailable">No competency self-assessment yet.</p>`
    }`;
}

/** The stakeholder-consultation log. */
export function consultationsBlock(entries: readonly ConsultationEntry[]): Html {
  if (entries.length === 0)
    return html`<h3>Consultations</h3>
      <p class="unavailable">No consultation recorded yet.</p>`;
  return html`<h3>Consultations</h3>
    <table>
      <thead>
        <tr>
          <th>Date</th>
          <th>Stakeholders</th>
          <th>Summary</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map(
          (e) =>
            html`<tr>
              <td>${e.date}</td>
              <td>${e.stakeholders}</td>
              <td>${e.summary}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** The statistical annex: every cited value, numbered, with observation, version and source. */
export function annexBlock(ctx: CiteContext): Html {
  const all = ctx.notes.all();
  if (all.length === 0) return html`<p class="unavailable">No value is cited in this report.</p>`;
  return html`<table class="annex">
    <thead>
      <tr>
        <th>#</th>
        <th>Area</th>
        <th>Series</th>
        <th>Year</th>
        <th class="num">Value</th>
        <th>Unit</th>
        <th>Source</th>
        <th>Observation (version)</th>
      </tr>
    </thead>
    <tbody>
      ${all.map((c) => {
        const ref = `${c.observationId} (v${c.version})`;
        const href = ctx.observationHref?.(c);
        return html`<tr id="cite-${c.number}">
          <td>${c.number}</td>
          <td>${c.area}</td>
          <td>${c.series}</td>
          <td>${c.year}</td>
          <td class="num">${String(c.value)}</td>
          <td>${c.unit}</td>
          <td>${c.source ?? '–'}</td>
          <td>${href ? html`<a href="${href}">${ref}</a>` : ref}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
