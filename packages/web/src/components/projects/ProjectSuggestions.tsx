import { useTranslation } from 'react-i18next';
import type {
  CuratedSuggestion,
  DataSuggestion,
  ProjectSuggestions as Suggestions,
} from '../../api/projects-types.ts';
import { useProjectSuggestions } from '../../hooks/use-projects.ts';
import { QueryResult } from '../QueryResult.tsx';
import { AcceptSuggestion } from './AcceptSuggestion.tsx';

/** Suggested SDG targets, co-benefits and risks, each with its evidence and an Accept button. */
export function ProjectSuggestions({ projectId }: { readonly projectId: string }) {
  const { t } = useTranslation();
  const query = useProjectSuggestions(projectId, true);
  return (
    <section className="project-section" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('projects.suggestions.title')}</h2>
      <p className="small muted">{t('projects.suggestions.intro')}</p>
      <QueryResult query={query}>
        {(data) => <SuggestionLists projectId={projectId} data={data} />}
      </QueryResult>
    </section>
  );
}

function SuggestionLists({
  projectId,
  data,
}: {
  readonly projectId: string;
  readonly data: Suggestions;
}) {
  const { t } = useTranslation();
  const { network } = data;
  return (
    <>
      <h3>{t('projects.suggestions.fromText')}</h3>
      {data.text.length === 0 ? (
        <p className="muted">{t('projects.suggestions.noneText')}</p>
      ) : (
        <ul className="suggestion-list">
          {data.text.map((s) => (
            <li key={`${s.system}-${s.goal}-${s.target ?? ''}`} className="suggestion">
              <p className="suggestion__what">
                <strong>
                  {s.target
                    ? t('projects.suggestions.target', { target: s.target })
                    : t('projects.suggestions.goal', { goal: s.goal })}
                </strong>{' '}
                <span className="project-tag">
                  {t(`projects.suggestions.systems.${s.system}`, { defaultValue: s.system })}
                </span>
              </p>
              <p className="small">
                {t('projects.suggestions.matched')}{' '}
                {s.matches.map((m, index) => (
                  <span key={`${m.term}-${index}`}>
                    {index > 0 && ', '}
                    <mark>{m.term}</mark>
                    {m.with && <> {t('projects.suggestions.with', { term: m.with })}</>}
                  </span>
                ))}
              </p>
              {s.target ? (
                <AcceptSuggestion
                  projectId={projectId}
                  source="tagger"
                  target={s.target}
                  kind="co_benefit"
                  claimed={s.claimed}
                />
              ) : (
                <p className="small muted">
                  {s.claimed
                    ? t('projects.suggestions.claimed')
                    : t('projects.suggestions.goalLevel')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('projects.suggestions.fromNetwork')}</h3>
      {!network.available || network.targets.length === 0 ? (
        <p className="muted">{t('projects.suggestions.noNetwork')}</p>
      ) : (
        <>
          <DataList
            projectId={projectId}
            items={network.dataDerived.coBenefits}
            kind="co_benefit"
            title={t('projects.suggestions.coBenefits')}
          />
          <DataList
            projectId={projectId}
            items={network.dataDerived.risks}
            kind="trade_off"
            title={t('projects.suggestions.risks')}
          />
          <CuratedList
            projectId={projectId}
            items={network.curated.coBenefits}
            kind="co_benefit"
            title={t('projects.suggestions.curatedCoBenefits')}
          />
          <CuratedList
            projectId={projectId}
            items={network.curated.risks}
            kind="trade_off"
            title={t('projects.suggestions.curatedRisks')}
          />
        </>
      )}
    </>
  );
}

interface ListProps<T> {
  readonly projectId: string;
  readonly items: readonly T[];
  readonly kind: 'co_benefit' | 'trade_off';
  readonly title: string;
}

function DataList({ projectId, items, kind, title }: ListProps<DataSuggestion>) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="small muted">{t('projects.suggestions.noneHere')}</p>
      ) : (
        <ul className="suggestion-list">
          {items.map((s) => (
            <li key={`${s.from}-${s.target}`} className="suggestion">
              <p className="suggestion__what">
                <strong>{t('projects.suggestions.target', { target: s.target })}</strong>{' '}
                {t('projects.suggestions.linkedTo', { from: s.from })}
              </p>
              <p className="small">
                {t('projects.suggestions.rho', { rho: s.rho.toFixed(2), pairs: s.pairs })}
              </p>
              <ul className="small suggestion__pairs">
                {s.seriesPairs.map((pair) => (
                  <li key={`${pair.a}-${pair.b}`}>
                    {t('projects.suggestions.pair', {
                      a: pair.a,
                      b: pair.b,
                      rho: pair.rho === null ? '—' : pair.rho.toFixed(2),
                      n: pair.n,
                    })}
                  </li>
                ))}
              </ul>
              <AcceptSuggestion
                projectId={projectId}
                source="network"
                target={s.target}
                kind={kind}
                claimed={s.claimed}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CuratedList({ projectId, items, kind, title }: ListProps<CuratedSuggestion>) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="suggestion-list">
        {items.map((s) => (
          <li key={`${s.from}-${s.target}`} className="suggestion">
            <p className="suggestion__what">
              <strong>{t('projects.suggestions.target', { target: s.target })}</strong>{' '}
              {t('projects.suggestions.linkedTo', { from: s.from })}
            </p>
            <p className="small">
              {t('projects.suggestions.citation', { citation: s.link.citation })}
            </p>
            {s.link.note && <p className="small muted">{s.link.note}</p>}
            <AcceptSuggestion
              projectId={projectId}
              source="network"
              target={s.target}
              kind={kind}
              claimed={s.claimed}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
