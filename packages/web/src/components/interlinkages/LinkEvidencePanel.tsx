import { Suspense, useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import type { NetworkPlace } from '../../api/interlinkages.api.ts';
import { useLinkEvidenceView } from '../../hooks/use-link-evidence-view.ts';
import type { LinkEnds } from '../../lib/interlinkage-data.ts';
import { unitLabel } from '../../lib/units.ts';
import { QueryResult } from '../QueryResult.tsx';
import { LoadingState } from '../StatusMessages.tsx';
import { LazyEvidenceChart } from './lazy-interlinkage-charts.ts';

/** Props of a link's evidence. */
export interface LinkEvidencePanelProps {
  readonly place: NetworkPlace;
  readonly link: LinkEnds;
  readonly format: (n: number) => string;
  readonly onClose: () => void;
}

/** One link: its series pairs with ρ and n, both series over time and their scatter. */
export function LinkEvidencePanel({ place, link, format, onClose }: LinkEvidencePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { evidence, pairIndex, setPairIndex, setArea, view } = useLinkEvidenceView(place, link);
  const rho = (r: number | null) => (r === null ? '—' : format(r));
  const kindWord = (k: string) =>
    k === 'synergy'
      ? t('interlinkages.synergy')
      : k === 'trade-off'
        ? t('interlinkages.tradeOff')
        : '—';
  // Chosen from the matrix below, the evidence shows up above: move focus (and view) to it.
  const focusOnMount = useCallback((el: HTMLElement | null) => el?.focus(), []);
  const notFound = evidence.error instanceof ApiError && evidence.error.isNotFound;
  return (
    <section className="link-evidence" aria-labelledby={`${id}-h`} tabIndex={-1} ref={focusOnMount}>
      <h3 id={`${id}-h`}>{t('interlinkages.linkHeading', { a: link.a, b: link.b })}</h3>
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('interlinkages.closeLink')}
      </button>
      {notFound ? (
        <p>{t('interlinkages.linkNotFound')}</p>
      ) : (
        <QueryResult query={evidence}>
          {(data) => (
            <>
              <p>
                <span className="link-tag">{t('interlinkages.dataDerived')}</span>{' '}
                {t('interlinkages.linkSummary', {
                  kind: kindWord(data.link.kind),
                  rho: rho(data.link.rho),
                  pairs: data.link.pairs,
                })}
              </p>
              <div className="field">
                <label htmlFor={`${id}-pair`}>{t('interlinkages.pairLabel')}</label>
                <select
                  id={`${id}-pair`}
                  value={pairIndex}
                  onChange={(e) => setPairIndex(Number(e.target.value))}
                >
                  {data.seriesPairs.map((p, i) => (
                    <option key={`${p.a}-${p.b}`} value={i}>
                      {t('interlinkages.pairOption', { a: p.a, b: p.b, rho: rho(p.rho), n: p.n })}
                    </option>
                  ))}
                </select>
              </div>
              {view && (
                <>
                  <ul className="score-small">
                    {[view.seriesA, view.seriesB].map((s) => (
                      <li key={s.code}>
                        <strong>{s.code}</strong>{' '}
                        {t('interlinkages.betterWhen', {
                          name: s.name,
                          unit: unitLabel(s.unit),
                          direction:
                            s.direction === 'higher'
                              ? t('scores.directionHigher')
                              : t('scores.directionLower'),
                        })}
                      </li>
                    ))}
                  </ul>
                  {view.areas.length > 1 && (
                    <div className="field">
                      <label htmlFor={`${id}-area`}>{t('interlinkages.area')}</label>
                      <select
                        id={`${id}-area`}
                        value={view.area}
                        onChange={(e) => setArea(e.target.value)}
                      >
                        {view.areas.map((a) => (
                          <option key={a}>{a}</option>
                        ))}
                      </select>
                    </div>
                  )}
                  <Suspense fallback={<LoadingState label={t('interlinkages.loadingChart')} />}>
                    <div className="evidence-charts">
                      <LazyEvidenceChart
                        option={view.time}
                        label={t('interlinkages.timeLabel', {
                          a: view.seriesA.name,
                          b: view.seriesB.name,
                          area: view.area,
                        })}
                      />
                      <figure>
                        <LazyEvidenceChart
                          option={view.scatter}
                          label={t('interlinkages.scatterLabel', {
                            a: view.pair.a,
                            b: view.pair.b,
                            rho: rho(view.pair.rho),
                            n: view.pair.n,
                          })}
                        />
                        <figcaption>
                          {t('interlinkages.rhoN', { rho: rho(view.pair.rho), n: view.pair.n })}
                        </figcaption>
                      </figure>
                    </div>
                  </Suspense>
                </>
              )}
            </>
          )}
        </QueryResult>
      )}
    </section>
  );
}
