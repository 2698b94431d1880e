import { draft, indicator, type DemoProject } from '../projects/demo-project';

/** A demo project that declares it replicates a demo case. */
export interface DemoReplication {
  /** The case it replicates, by the title of the project the case grew from (without " (demo)"). */
  readonly replicates: string;
  readonly project: DemoProject;
}

/**
 * Replication lineage in the demo: Siem Reap replicates Battambang's composting (implementing,
 * with an approved 2025 progress update), Phnom Penh plans to replicate Surabaya's waste banks
 * (planned: no results yet).
 */
export const DEMO_REPLICATIONS: readonly DemoReplication[] = [
  {
    replicates: 'Community composting of market waste in Battambang',
    project: {
      citySlug: 'siem-reap',
      draft: draft({
        title: 'Market-waste composting in Siem Reap, after Battambang',
        summary:
          'Siem Reap replicates Battambang’s community composting at Psar Leu, the largest market.',
        description:
          'Following the Battambang case, Psar Leu vendors separate organic waste and a composting site run by former waste pickers sells compost to farmers around the Tonle Sap. Battambang’s composting team advised on the site and trained the workers.',
        themes: ['waste_3r', 'clean_land', 'livelihoods'],
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        budget: 95000,
        currency: 'USD',
        fundingSources: [
          { name: 'Japan-ASEAN Integration Fund', sharePercent: 60 },
          { name: 'Siem Reap municipality', sharePercent: 40 },
        ],
        budgetSplit: [
          { target: '11.6', percent: 70 },
          { target: '13.2', percent: 15 },
          { target: '8.3', percent: 15 },
        ],
        partners: [
          { name: 'Japan-ASEAN Integration Fund', role: 'funding' },
          { name: 'Siem Reap municipality', role: 'accountable' },
          { name: 'Battambang municipality', role: 'extending' },
          { name: 'Psar Leu vendors’ committee', role: 'implementing' },
        ],
        latitude: 13.3633,
        longitude: 103.8564,
        stakeholders: ['market vendors', 'waste pickers', 'farmers'],
      }),
      claims: [
        {
          target: '11.6',
          kind: 'primary',
          size: 'high',
          quantified: { indicator: '11.6.1', baseline: 40, target: 55, unit: '%' },
          evidence: 'Psar Leu waste audit, 2024: 58% of market waste is organic.',
        },
        {
          target: '13.2',
          kind: 'co_benefit',
          size: 'medium',
          evidence: 'Less methane from the landfill.',
        },
        { target: '8.3', kind: 'co_benefit', size: 'low', evidence: 'Eight paid jobs.' },
      ],
      results: {
        objective: 'Divert organic market waste from the landfill',
        output: [
          'Composting site at Psar Leu in operation',
          indicator('Organic waste composted', 't', null, [0, 400, 900, 430]),
        ],
        outcome: [
          'More municipal waste managed in controlled facilities',
          indicator(
            'Municipal solid waste collected and managed in controlled facilities',
            '%',
            '11.6.1',
            [40, 46, 55, 47],
          ),
        ],
      },
      narrative:
        'The Psar Leu site opened in March 2025 with advice from Battambang’s composting team; 430 t were composted in 2025.',
    },
  },
  {
    replicates: 'Neighbourhood waste banks in Surabaya',
    project: {
      citySlug: 'phnom-penh',
      draft: draft({
        status: 'planned',
        title: 'Neighbourhood waste banks in Phnom Penh, after Surabaya',
        summary: 'Phnom Penh plans waste banks in four sangkats, on Surabaya’s model.',
        description:
          'Following the Surabaya case, commune women’s groups will run waste banks where households deposit sorted plastic, paper and metal against savings books.',
        themes: ['waste_3r', 'livelihoods'],
        startDate: '2026-03-01',
        endDate: '2027-12-31',
        budget: 150000,
        currency: 'USD',
        fundingSources: [
          { name: 'Phnom Penh Capital Administration', sharePercent: 50 },
          { name: 'Japan-ASEAN Integration Fund', sharePercent: 50 },
        ],
        budgetSplit: [
          { target: '12.5', percent: 70 },
          { target: '11.6', percent: 30 },
        ],
        partners: [
          { name: 'Japan-ASEAN Integration Fund', role: 'funding' },
          { name: 'Phnom Penh Capital Administration', role: 'accountable' },
          { name: 'Commune women’s groups', role: 'implementing' },
        ],
        latitude: 11.5564,
        longitude: 104.9282,
        stakeholders: ['households', 'women’s groups', 'recyclers'],
      }),
      claims: [
        {
          target: '12.5',
          kind: 'primary',
          size: 'high',
          quantified: { indicator: '12.5.1', baseline: 8, target: 15, unit: '%' },
          evidence: 'Capital waste statistics 2024: 8% of household waste recycled.',
        },
        {
          target: '11.6',
          kind: 'co_benefit',
          size: 'medium',
          evidence: 'Less waste to the Dangkor landfill.',
        },
        { target: '5.5', kind: 'co_benefit', size: 'low', evidence: 'Led by women’s groups.' },
      ],
      results: {
        objective: 'Recycle more household waste',
        output: [
          'Waste banks operating',
          {
            name: 'Active waste banks',
            unit: 'count',
            sdgIndicator: null,
            baseline: 0,
            targets: { '2026': 20, '2027': 60 },
            reported2025: 0,
          },
        ],
        outcome: [
          'Household waste recycled',
          {
            name: 'Household waste recycled',
            unit: '%',
            sdgIndicator: '12.5.1',
            baseline: 8,
            targets: { '2026': 10, '2027': 15 },
            reported2025: 0,
          },
        ],
      },
    },
  },
];
