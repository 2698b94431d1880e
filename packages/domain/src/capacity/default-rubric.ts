import type { Rubric } from './rubric';

/**
 * The default graduation rubric (METHODS §7), version 1: six criteria scored 0–3. Model City
 * needs every criterion at 2 or more; Frontrunner every criterion at 3. The secretariat may
 * publish new versions; this one is what a fresh installation starts with.
 */
export const DEFAULT_RUBRIC: Rubric = {
  version: 1,
  minimum: { model_city: 2, frontrunner: 3 },
  criteria: [
    {
      key: 'sdgs_localised',
      title: 'SDGs localised',
      levels: [
        'No priority goals chosen',
        'Priority goals chosen',
        'Priority goals and targets chosen and mapped to the local plan',
        'The local plan and budget follow the priority targets, reviewed each year',
      ],
      evidence: ['priority_goals', 'link'],
    },
    {
      key: 'data',
      title: 'Data and baselines',
      levels: [
        'No city data',
        'Some indicators have a value',
        'Baselines for most of the city’s indicator set (at least half approved)',
        'Baselines and yearly values for the whole indicator set',
      ],
      evidence: ['data_coverage'],
    },
    {
      key: 'model_project',
      title: 'A model project with multi-dimensional benefits',
      levels: [
        'No project',
        'A project designed with expected benefits',
        'A project implemented, benefits in environment, society and economy monitored',
        'Benefits reported against baselines, and the project replicated or scaled',
      ],
      evidence: ['project', 'link'],
    },
    {
      key: 'capacity',
      title: 'Capacity and awareness',
      levels: [
        'No officials trained',
        'Officials trained; awareness baseline surveyed',
        'The SDG team trained in every competency; awareness rose since the baseline',
        'Officials train others; most stakeholders aware (follow-up survey)',
      ],
      evidence: ['trainings_attended', 'survey_awareness'],
    },
    {
      key: 'reporting',
      title: 'Reporting',
      levels: [
        'No report',
        'A report in preparation',
        'A city SDG report or Voluntary Local Review published',
        'Reports published regularly, with data on the platform',
      ],
      evidence: ['report', 'link'],
    },
    {
      key: 'sharing',
      title: 'Sharing',
      levels: [
        'Nothing shared',
        'A case drafted',
        'A case published, or a peer exchange hosted',
        'Cases published and another city mentored',
      ],
      evidence: ['case', 'link'],
    },
  ],
};
