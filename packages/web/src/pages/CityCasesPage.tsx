import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../api/cases-types.ts';
import type { City } from '../api/types.ts';
import { BackToCity, CitySubpage } from '../components/CitySubpage.tsx';
import { CaseStatusBadge, useCaseLanguageName } from '../components/cases/CaseStatusBadge.tsx';
import { CaseListResult } from '../components/cases/CaseListResult.tsx';
import '../components/cases/cases.css';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCases } from '../hooks/use-cases.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../hooks/use-session.ts';
import { allowsOnCity } from '../lib/access.ts';
import { formatDate } from '../lib/dates.ts';

const cityCasesRoute = getRouteApi('/cities/$slug/cases');

/** A city's cases: published ones for everyone; drafts, submitted and returned too for its team. */
export function CityCasesPage() {
  return (
    <CitySubpage slug={cityCasesRoute.useParams().slug}>
      {(city) => <CityCasesView city={city} />}
    </CitySubpage>
  );
}

function CityCasesView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.cityTitle', { city: city.name }));
  const cases = useCases({ city: city.slug });
  const session = useSession();
  const canWrite = allowsOnCity(session.data, 'case.write', city);
  return (
    <div className="cases-page">
      <BackToCity city={city} />
      <h1>{t('cases.cityTitle', { city: city.name })}</h1>
      <p className="lead">{t('cases.cityIntro')}</p>
      {canWrite && (
        <p className="notice">
          {t('cases.startHint')}{' '}
          <Link to="/projects" search={{ city: city.slug }}>
            {t('cases.cityProjects', { city: city.name })}
          </Link>
        </p>
      )}
      <CaseListResult
        query={cases}
        empty={
          <EmptyState
            title={t('cases.none')}
            hint={canWrite ? t('cases.noneHintTeam') : t('cases.noneHint')}
          />
        }
      >
        {(item) => <CaseListItem key={item.id} item={item} canWrite={canWrite} />}
      </CaseListResult>
    </div>
  );
}

function CaseListItem({
  item,
  canWrite,
}: {
  readonly item: CaseRecord;
  readonly canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const name = useCaseLanguageName();
  const original = item.texts.find((x) => x.lang === item.originalLang) ?? item.texts[0];
  const title = original?.title ?? t('cases.untitled');
  const langs = item.texts.map((x) =>
    x.lang === item.originalLang ? t('cases.originalLang', { lang: name(x.lang) }) : name(x.lang),
  );
  return (
    <li>
      <h2>
        <Link to="/cases/$id" params={{ id: item.id }}>
          {title}
        </Link>
      </h2>
      <p className="case-list__meta">
        <CaseStatusBadge status={item.status} />{' '}
        {t('cases.languagesList', { list: langs.join(', ') })}
        {' · '}
        {t('cases.updated', { date: formatDate(item.updatedAt, i18n.language) })}
      </p>
      {item.status === 'returned' && item.reviewComment && canWrite && (
        <p className="case-list__comment">
          {t('cases.returnedComment', { comment: item.reviewComment })}
        </p>
      )}
      {canWrite && (
        <p>
          <Link to="/cases/$id/edit" params={{ id: item.id }} className="button button--small">
            {t('cases.edit', { title })}
          </Link>
        </p>
      )}
    </li>
  );
}
