import { PEER_GROUP_KINDS, type PeerGroupKind } from '@frontrunner/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import type { CityScores } from '../../api/scores-types.ts';
import { useAseanScores, useCityPeers, useCountryScores } from '../../hooks/use-scores.ts';
import { roundScore } from '../../lib/score-tiles.ts';
import { QueryResult } from '../QueryResult.tsx';
import { ColourLabel } from './ScoreStatus.tsx';

/** A city beside its peers (group chosen) and beside its country's and ASEAN's roll-ups. */
export function PeersSection({ scores }: { readonly scores: CityScores }) {
  const { t } = useTranslation();
  const id = useId();
  const [group, setGroup] = useState<PeerGroupKind>('country');
  const peers = useCityPeers(scores.city.slug, group);
  const noGroup = peers.error instanceof ApiError && peers.error.isNotFound;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('scores.peersHeading', { city: scores.city.name })}</h2>
      <div className="field no-print">
        <label htmlFor={`${id}-group`}>{t('scores.peerGroup')}</label>
        <select
          id={`${id}-group`}
          value={group}
          onChange={(event) => setGroup(event.target.value as PeerGroupKind)}
        >
          {PEER_GROUP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`scores.group.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {noGroup ? (
        <p>{t('scores.noGroup', { city: scores.city.name })}</p>
      ) : (
        <QueryResult query={peers}>
          {(data) => (
            <div className="score-table-wrap">
              <table className="score-table">
                <caption>{t('scores.peersCaption', { group: data.group.label })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('scores.city')}</th>
                    <th scope="col" className="num">
                      {t('scores.index')}
                    </th>
                    <th scope="col" className="num">
                      {t('scores.missing')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.peers.map((peer) => (
                    <tr key={peer.slug} className={peer.slug === data.city ? 'is-current' : ''}>
                      <th scope="row">
                        {peer.name} {peer.slug === data.city && t('scores.thisCity')}
                      </th>
                      <td className="num">{roundScore(peer.index) ?? '—'}</td>
                      <td className="num">{Math.round(peer.missingShare * 100)}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryResult>
      )}
      <RollUpComparison scores={scores} />
    </section>
  );
}

/** Goal by goal: the city's score and colour, its country's and ASEAN's rolled-up scores. */
function RollUpComparison({ scores }: { readonly scores: CityScores }) {
  const { t } = useTranslation();
  const country = useCountryScores(scores.city.country);
  const asean = useAseanScores();
  const countryGoals = new Map(country.data?.goals.map((g) => [g.goal, g]));
  const aseanGoals = new Map(asean.data?.goals.map((g) => [g.goal, g]));
  return (
    <>
      <h3>{t('scores.rollUpsHeading')}</h3>
      <div className="score-table-wrap">
        <table className="score-table">
          <caption className="visually-hidden">
            {t('scores.rollUpCaption', {
              unit: [scores.city.name, country.data?.unit.name, asean.data?.unit.name]
                .filter(Boolean)
                .join(', '),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('scores.goal')}</th>
              <th scope="col">{scores.city.name}</th>
              <th scope="col" className="num">
                {country.data?.unit.name ?? scores.city.country}
              </th>
              <th scope="col" className="num">
                {asean.data?.unit.name ?? 'ASEAN'}
              </th>
            </tr>
          </thead>
          <tbody>
            {scores.goals.map((goal) => (
              <tr key={goal.goal}>
                <th scope="row">{t('scores.goalLabel', { number: goal.goal })}</th>
                <td>
                  {roundScore(goal.score) ?? '—'} · <ColourLabel colour={goal.colour} />
                </td>
                <td className="num">
                  {roundScore(countryGoals.get(goal.goal)?.score ?? null) ?? '—'}
                </td>
                <td className="num">
                  {roundScore(aseanGoals.get(goal.goal)?.score ?? null) ?? '—'}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('scores.index')}</th>
              <td>{roundScore(scores.index) ?? '—'}</td>
              <td className="num">{roundScore(country.data?.index ?? null) ?? '—'}</td>
              <td className="num">{roundScore(asean.data?.index ?? null) ?? '—'}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {country.data && <p className="score-small">{country.data.rule}</p>}
    </>
  );
}
