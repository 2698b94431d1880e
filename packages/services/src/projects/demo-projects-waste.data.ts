import { draft, indicator, type DemoProject } from './demo-project';

/**
 * Demo waste projects: composting in Battambang, waste banks in Surabaya — both completed, so
 * that the demo cases can grow from them.
 */
export const DEMO_WASTE_PROJECTS: readonly DemoProject[] = [
  {
    citySlug: 'battambang',
    draft: draft({
      title: 'Community composting of market waste in Battambang',
      summary: 'Organic waste from the central markets is composted and sold to farmers.',
      description:
        'Market vendors separate organic waste, which a community composting site turns into compost for rice and vegetable farmers. Less waste reaches the open dumpsite, open burning and methane fall, and waste pickers earn a regular wage.',
      themes: ['waste_3r', 'clean_land', 'livelihoods'],
      status: 'completed',
      startDate: '2024-07-01',
      endDate: '2025-12-31',
      budget: 180000,
      currency: 'USD',
      fundingSources: [
        { name: 'Japan-ASEAN Integration Fund', sharePercent: 70 },
        { name: 'Battambang municipality', sharePercent: 30 },
      ],
      budgetSplit: [
        { target: '11.6', percent: 60 },
        { target: '13.2', percent: 20 },
        { target: '8.3', percent: 20 },
      ],
      partners: [
        { name: 'Japan-ASEAN Integration Fund', role: 'funding' },
        { name: 'Battambang municipality', role: 'accountable' },
        { name: 'Institute for Global Environmental Strategies', role: 'extending' },
        { name: 'Battambang market vendors’ association', role: 'implementing' },
      ],
      latitude: 13.1,
      longitude: 103.2,
      stakeholders: ['market vendors', 'waste pickers', 'farmers'],
    }),
    claims: [
      {
        target: '11.6',
        kind: 'primary',
        size: 'high',
        quantified: { indicator: '11.6.1', baseline: 45, target: 70, unit: '%' },
        evidence: 'Waste audit of the three central markets, 2024: 62% of market waste is organic.',
      },
      {
        target: '13.2',
        kind: 'co_benefit',
        size: 'medium',
        evidence: 'Less methane from the dumpsite.',
      },
      {
        target: '8.3',
        kind: 'co_benefit',
        size: 'low',
        evidence: 'Twelve paid jobs for waste pickers.',
      },
      {
        target: '3.9',
        kind: 'trade_off',
        size: 'low',
        evidence: 'Odour and flies near the site: to manage.',
      },
    ],
    results: {
      objective: 'Divert organic market waste from the dumpsite',
      output: [
        'Composting site in operation',
        indicator('Organic waste composted', 't', null, [0, 900, 1800, 1020]),
      ],
      outcome: [
        'More municipal waste managed in controlled facilities',
        indicator(
          'Municipal solid waste collected and managed in controlled facilities',
          '%',
          '11.6.1',
          [45, 55, 70, 57],
        ),
      ],
    },
    narrative:
      'The site opened in January 2025; vendors of two of three markets now separate organic waste.',
  },
  {
    citySlug: 'surabaya',
    draft: draft({
      title: 'Neighbourhood waste banks in Surabaya',
      summary:
        'Residents deposit sorted recyclables in neighbourhood waste banks and earn savings.',
      description:
        'Waste banks (bank sampah) run by neighbourhood women’s groups buy sorted plastic, paper and metal from households and sell it to recyclers. Savings accounts reward households; less plastic reaches rivers and the sea.',
      themes: ['waste_3r', 'livelihoods'],
      status: 'completed',
      startDate: '2024-01-01',
      endDate: '2025-12-31',
      budget: 3500000000,
      currency: 'IDR',
      fundingSources: [
        { name: 'Surabaya city budget', sharePercent: 55 },
        { name: 'Corporate social responsibility partners', sharePercent: 45 },
      ],
      budgetSplit: [
        { target: '12.5', percent: 50 },
        { target: '11.6', percent: 30 },
        { target: '14.1', percent: 20 },
      ],
      partners: [
        { name: 'Surabaya city government', role: 'funding' },
        { name: 'Surabaya environment agency', role: 'accountable' },
        { name: 'Neighbourhood women’s groups (PKK)', role: 'implementing' },
      ],
      latitude: -7.2492,
      longitude: 112.7508,
      stakeholders: ['households', 'women’s groups', 'recyclers'],
    }),
    claims: [
      {
        target: '12.5',
        kind: 'primary',
        size: 'high',
        quantified: { indicator: '12.5.1', baseline: 12, target: 25, unit: '%' },
        evidence: 'City waste statistics 2023: 12% of household waste recycled.',
      },
      {
        target: '11.6',
        kind: 'co_benefit',
        size: 'medium',
        evidence: 'Less waste to the Benowo landfill.',
      },
      {
        target: '14.1',
        kind: 'co_benefit',
        size: 'medium',
        evidence: 'Less plastic in the Kali Mas river.',
      },
      { target: '5.5', kind: 'co_benefit', size: 'low', evidence: 'Waste banks are led by women.' },
    ],
    results: {
      objective: 'Recycle more household waste',
      output: [
        'Waste banks operating',
        indicator('Active waste banks', 'count', null, [120, 200, 300, 214]),
      ],
      outcome: [
        'Household waste recycled',
        indicator('Household waste recycled', '%', '12.5.1', [12, 18, 25, 17.5]),
      ],
    },
    narrative:
      'Ninety-four new waste banks opened in 2025; plastic prices fell in the second half.',
  },
];
