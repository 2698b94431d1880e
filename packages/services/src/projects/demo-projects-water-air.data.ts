import { draft, indicator, type DemoProject } from './demo-project';

/**
 * Demo water and air projects: canal clean-up in Vientiane (implementing), air sensors in
 * Chiang Mai (completed: a demo case grows from it).
 */
export const DEMO_WATER_AIR_PROJECTS: readonly DemoProject[] = [
  {
    citySlug: 'vientiane',
    draft: draft({
      title: 'Canal and riverbank clean-up in Vientiane',
      summary:
        'Communities clean drainage canals and the Mekong riverbank and stop dumping into them.',
      description:
        'Village committees along the main drainage canals organise monthly clean-ups, install litter traps at canal outlets to the Mekong and run collection points, so that water flows in the rainy season and less waste reaches the river.',
      themes: ['clean_water', 'waste_3r', 'climate_resilience'],
      startDate: '2024-10-01',
      endDate: '2027-09-30',
      budget: 240000,
      currency: 'USD',
      fundingSources: [
        { name: 'Mekong-Lancang Cooperation Special Fund', sharePercent: 75 },
        { name: 'Vientiane Capital Urban Development Administration Authority', sharePercent: 25 },
      ],
      budgetSplit: [
        { target: '6.3', percent: 50 },
        { target: '11.5', percent: 30 },
        { target: '11.6', percent: 20 },
      ],
      partners: [
        { name: 'Mekong-Lancang Cooperation Special Fund', role: 'funding' },
        {
          name: 'Vientiane Capital Urban Development Administration Authority',
          role: 'accountable',
        },
        { name: 'Village development committees', role: 'implementing' },
      ],
      latitude: 17.9667,
      longitude: 102.6,
      stakeholders: ['village committees', 'schools', 'fishers'],
    }),
    claims: [
      {
        target: '6.3',
        kind: 'primary',
        size: 'high',
        quantified: { indicator: '6.3.2', baseline: 40, target: 55, unit: '%' },
        evidence: 'Water-quality sampling of canal outlets, 2024 dry season.',
      },
      {
        target: '11.5',
        kind: 'co_benefit',
        size: 'medium',
        evidence: 'Clear canals reduce street flooding.',
      },
      {
        target: '14.1',
        kind: 'co_benefit',
        size: 'low',
        evidence: 'Litter traps stop floating plastic.',
      },
    ],
    results: {
      objective: 'Cleaner canals and riverbank',
      output: [
        'Litter traps installed and emptied',
        indicator('Litter traps in service', 'count', null, [0, 10, 20, 12]),
      ],
      outcome: [
        'Better water quality at canal outlets',
        indicator('Sampling points with good water quality', '%', '6.3.2', [40, 45, 55, 46]),
      ],
    },
    narrative:
      'Twelve litter traps were installed before the 2025 rains; two villages joined late.',
  },
  {
    citySlug: 'chiang-mai',
    draft: draft({
      title: 'Low-cost air-quality sensor network in Chiang Mai',
      summary:
        'A public network of low-cost PM2.5 sensors warns schools and clinics during the haze season.',
      description:
        'Calibrated low-cost PM2.5 sensors at schools, clinics and temples publish readings every ten minutes; alerts reach schools during the burning season, and the data support the city’s open-burning controls and forest-fire prevention.',
      themes: ['clean_air', 'health'],
      status: 'completed',
      startDate: '2024-11-01',
      endDate: '2025-12-31',
      budget: 4200000,
      currency: 'THB',
      fundingSources: [
        { name: 'Thailand Science Research and Innovation', sharePercent: 60 },
        { name: 'Chiang Mai municipality', sharePercent: 40 },
      ],
      budgetSplit: [
        { target: '11.6', percent: 60 },
        { target: '3.9', percent: 25 },
        { target: '13.3', percent: 15 },
      ],
      partners: [
        { name: 'Thailand Science Research and Innovation', role: 'funding' },
        { name: 'Chiang Mai municipality', role: 'accountable' },
        { name: 'Chiang Mai University', role: 'implementing' },
      ],
      latitude: 18.8,
      longitude: 98.98,
      stakeholders: ['schools', 'clinics', 'farmers who burn residues'],
    }),
    claims: [
      {
        target: '11.6',
        kind: 'primary',
        size: 'high',
        quantified: { indicator: '11.6.2', baseline: 28, target: 22, unit: 'µg/m³' },
        evidence: 'Pollution Control Department station 35T, annual mean PM2.5 2023.',
      },
      {
        target: '3.9',
        kind: 'co_benefit',
        size: 'medium',
        evidence: 'Fewer respiratory admissions in haze weeks.',
      },
      {
        target: '13.3',
        kind: 'co_benefit',
        size: 'low',
        evidence: 'Schools teach air quality with the data.',
      },
      {
        target: '15.2',
        kind: 'co_benefit',
        size: 'low',
        evidence: 'Fire alerts support forest protection.',
      },
    ],
    results: {
      objective: 'Protect people from haze',
      output: ['Sensors publishing', indicator('Sensors online', 'count', null, [0, 60, 120, 72])],
      outcome: [
        'Cleaner air',
        indicator('Annual mean PM2.5', 'µg/m³', '11.6.2', [28, 26, 22, 26.5]),
      ],
    },
    narrative:
      'Seventy-two sensors were online in the 2025 haze season; alerts reached 140 schools.',
  },
];
