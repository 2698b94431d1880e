import type { DashboardColour, SdsnTrendArrow } from '@frontrunner/domain';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../components/QueryResult.tsx';
import { ColourLabel, TrendArrow } from '../components/scores/ScoreStatus.tsx';
import '../components/scores/scores.css';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useScoringMethod } from '../hooks/use-scores.ts';
import { TREND_KEYS } from '../lib/score-tiles.ts';

const COLOURS: readonly DashboardColour[] = ['green', 'yellow', 'orange', 'red', 'grey'];
const TRENDS = Object.keys(TREND_KEYS) as SdsnTrendArrow[];

/** "How we compute this": the scoring method step by step, in plain words. */
export function ScoringMethodPage() {
  const { t, i18n } = useTranslation();
  const method = useScoringMethod();
  useDocumentTitle(t('scores.methodTitle'));
  const people = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <article className="score-method">
      <h1>{t('scores.methodTitle')}</h1>
      <p className="lead">{t('scores.methodLead')}</p>
      <QueryResult query={method}>
        {(data) => (
          <>
            {i18n.language !== 'en' && (
              <p className="score-small">{t('scores.methodEnglishOnly')}</p>
            )}
            <ol>
              {data.steps.map((step) => (
                <li key={step.title}>
                  <h2 lang="en">{step.title}</h2>
                  <p lang="en">{step.text}</p>
                  <p className="score-small" lang="en">
                    {t('scores.methodSource', { source: step.source })}
                  </p>
                </li>
              ))}
            </ol>
            <p>{t('scores.methodIndexRule', { max: Math.round(data.maxMissingShare * 100) })}</p>
            <h2>{t('scores.methodColours')}</h2>
            <ul>
              {COLOURS.map((colour) => (
                <li key={colour}>
                  <ColourLabel colour={colour} />
                </li>
              ))}
            </ul>
            <h2>{t('scores.methodTrends')}</h2>
            <ul>
              {TRENDS.map((trend) => (
                <li key={trend}>
                  <TrendArrow trend={trend} withText />
                </li>
              ))}
            </ul>
            <h2>{t('scores.methodPeers')}</h2>
            <p>
              {t('scores.methodPeersText', {
                percentile: data.peerPercentile,
                cities: data.minPeerCities,
              })}
            </p>
            <ul>
              {data.populationClasses.map((c) => (
                <li key={c.key}>
                  {t('scores.methodPopulation', {
                    label: c.label,
                    range:
                      c.max === null ? `≥ ${people(c.min)}` : `${people(c.min)}–${people(c.max)}`,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryResult>
    </article>
  );
}
