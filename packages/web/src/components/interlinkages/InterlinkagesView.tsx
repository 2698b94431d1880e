import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPlace } from '../../api/interlinkages.api.ts';
import { useInterlinkagesView } from '../../hooks/use-interlinkages-view.ts';
import { formatDate } from '../../lib/dates.ts';
import { QueryResult } from '../QueryResult.tsx';
import { LoadingState } from '../StatusMessages.tsx';
import { GoalMatrixTable } from './GoalMatrixTable.tsx';
import './interlinkages.css';
import { LazyNetworkGraph } from './lazy-interlinkage-charts.ts';
import { LinkEvidencePanel } from './LinkEvidencePanel.tsx';
import { CentralTargets, CuratedLinks, PairLinks } from './LinkLists.tsx';

/** A network: chart with legend, goal matrix, central targets, a link's evidence, curated links. */
export function InterlinkagesView({ place }: { readonly place: NetworkPlace }) {
  const { t, i18n } = useTranslation();
  const view = useInterlinkagesView(place);
  const { derived, link } = view;
  return (
    <QueryResult query={view.network}>
      {(network) =>
        !network.run || !derived ? (
          <p>{t('interlinkages.noRun', { reason: network.reason ?? '' })}</p>
        ) : (
          <>
            <p>
              {t('interlinkages.runInfo', {
                minYears: network.run.minYears,
                threshold: network.run.threshold,
                date: formatDate(network.run.computedAt, i18n.language),
              })}
            </p>
            <p className="link-note">{t('interlinkages.weakEvidence')}</p>
            <h2>
              {t('interlinkages.networkHeading')}{' '}
              <span className="link-tag">{t('interlinkages.dataDerived')}</span>
            </h2>
            <ul className="link-legend">
              <li>
                <span className="link-legend__line" aria-hidden="true" />
                {t('interlinkages.legendSynergy')}
              </li>
              <li>
                <span
                  className="link-legend__line link-legend__line--trade-off"
                  aria-hidden="true"
                />
                {t('interlinkages.legendTradeOff')}
              </li>
            </ul>
            <p className="score-small">
              {t('interlinkages.legendNodes')} {t('interlinkages.clickHint')}
            </p>
            <Suspense fallback={<LoadingState label={t('interlinkages.loadingChart')} />}>
              <LazyNetworkGraph
                nodes={network.nodes}
                edges={network.edges}
                text={view.text}
                onSelectLink={view.selectLink}
                label={t('interlinkages.networkLabel', {
                  nodes: network.nodes.length,
                  synergies: derived.synergies,
                  tradeOffs: derived.tradeOffs,
                })}
              />
            </Suspense>
            {link && (
              <LinkEvidencePanel
                key={`${link.a}-${link.b}`}
                place={place}
                link={link}
                format={view.format}
                onClose={() => view.selectLink(undefined)}
              />
            )}
            <div className="link-columns">
              <section>
                <h2>{t('interlinkages.matrixHeading')}</h2>
                <GoalMatrixTable
                  goals={derived.goals}
                  cell={derived.cell}
                  selected={view.goalPair}
                  onSelect={view.selectGoalPair}
                />
                {view.goalPair && (
                  <>
                    <h3>
                      {t('interlinkages.pairHeading', { a: view.goalPair[0], b: view.goalPair[1] })}
                    </h3>
                    <PairLinks
                      edges={view.pairEdges}
                      format={view.format}
                      onSelect={view.selectLink}
                    />
                  </>
                )}
              </section>
              <section>
                <h2>{t('interlinkages.centralHeading')}</h2>
                <p>{t('interlinkages.centralText')}</p>
                <CentralTargets nodes={derived.central} format={view.format} />
              </section>
            </div>
            <section>
              <h2>
                {t('interlinkages.curatedHeading')}{' '}
                <span className="link-tag">{t('interlinkages.curated')}</span>
              </h2>
              <p>{t('interlinkages.curatedText')}</p>
              <CuratedLinks links={network.curated} />
            </section>
          </>
        )
      }
    </QueryResult>
  );
}
