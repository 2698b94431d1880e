import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePage as CasePageData } from '../api/knowledge-types.ts';
import { CaseFactsPanel } from '../components/knowledge/CaseFactsPanel.tsx';
import { CaseMentorAction } from '../components/knowledge/CaseMentorAction.tsx';
import { CaseTextView } from '../components/knowledge/CaseTextView.tsx';
import '../components/capacity/capacity.css';
import '../components/projects/projects.css';
import '../components/knowledge/knowledge.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { useCase } from '../hooks/use-knowledge.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLanguage } from '../hooks/use-language.ts';
import { useSession } from '../hooks/use-session.ts';
import { isLanguageCode, languageNames } from '../i18n/languages.ts';
import { allowsOnCity } from '../lib/access.ts';
import { chooseCaseText } from '../lib/case-language.ts';
import { lastSearch } from '../lib/last-search.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const caseRoute = getRouteApi('/cases/$id');

/** A case of practice: its language versions, results, and where it was replicated. */
export function CasePage() {
  const { t } = useTranslation();
  const practice = useCase(caseRoute.useParams().id);
  return (
    <QueryResult
      query={practice}
      notFound={<NotFoundContent message={t('knowledge.case.notFound')} />}
    >
      {(data) => <CaseView data={data} />}
    </QueryResult>
  );
}

/** A language named in itself ("ខ្មែរ", "ไทย"): the interface’s names, else the browser’s. */
function languageName(code: string): string {
  if (isLanguageCode(code)) return languageNames[code];
  try {
    return new Intl.DisplayNames([code, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function CaseView({ data }: { readonly data: CasePageData }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { case: practice } = data;
  const first = chooseCaseText(practice.texts, language, practice.originalLang);
  const [chosen, setChosen] = useState<string>();
  const text = practice.texts.find((item) => item.lang === chosen) ?? first.text;
  useDocumentTitle(text?.title);
  const canEdit = allowsOnCity(useSession().data, 'case.write', practice.city);
  return (
    <article className="case-page">
      <p className="back-link">
        <Link to="/search" search={lastSearch()}>
          <span aria-hidden="true">← </span>
          {t('knowledge.case.back')}
        </Link>
      </p>
      <h1 lang={text?.lang}>{text?.title}</h1>
      <p className="project-card__meta">
        <Link to="/cities/$slug" params={{ slug: practice.city.slug }}>
          {t('knowledge.case.by', { city: practice.city.name })}
        </Link>
        {practice.status !== 'published' && (
          <span className="project-tag">
            {t(`knowledge.case.statuses.${practice.status as 'draft'}`, {
              defaultValue: practice.status,
            })}
          </span>
        )}
      </p>
      {canEdit && (
        <p>
          <Link to="/cases/$id/edit" params={{ id: practice.id }} className="button button--small">
            {t('cases.edit', { title: text?.title ?? '' })}
          </Link>
        </p>
      )}
      {practice.texts.length > 1 && (
        <div className="case-languages" role="group" aria-label={t('knowledge.case.languages')}>
          {practice.texts.map((item) => {
            const name = languageName(item.lang);
            return (
              <button
                key={item.lang}
                type="button"
                className="button button--quiet"
                aria-pressed={item.lang === text?.lang}
                onClick={() => setChosen(item.lang)}
              >
                {item.lang === practice.originalLang
                  ? t('knowledge.case.original', { lang: name })
                  : name}
              </button>
            );
          })}
        </div>
      )}
      {first.fallback && text && chosen === undefined && (
        <p className="case-language-note" role="note">
          {t('knowledge.case.languageFallback', {
            wanted: languageName(language),
            shown: languageName(text.lang),
          })}
        </p>
      )}
      {text && <CaseTextView text={text} />}
      <CaseFactsPanel data={data} />
      <CaseMentorAction city={practice.city} caseTitle={text?.title ?? ''} />
    </article>
  );
}
