import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../api/cases-types.ts';
import { CaseReviewDecision } from '../components/cases/CaseReviewActions.tsx';
import { useCaseLanguageName } from '../components/cases/CaseStatusBadge.tsx';
import { CaseListResult } from '../components/cases/CaseListResult.tsx';
import '../components/cases/cases.css';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCases } from '../hooks/use-cases.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { formatDate } from '../lib/dates.ts';

/** The secretariat's queue of submitted cases: read each, publish it or return it. */
export function CaseReviewPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess action="case.publish" audience={t('access.audienceSecretariat')}>
      {() => <CaseReviewQueue />}
    </RequireAccess>
  );
}

function CaseReviewQueue() {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.review.title'));
  const queue = useCases({ status: 'submitted' });
  const [decided, setDecided] = useState('');
  const onDecided = (record: CaseRecord) =>
    setDecided(
      t(record.status === 'published' ? 'cases.review.published' : 'cases.review.returned', {
        title: titleOf(record),
        city: record.city.name,
      }),
    );
  return (
    <div className="cases-page">
      <h1>{t('cases.review.title')}</h1>
      <p className="lead">{t('cases.review.intro')}</p>
      <p role="status" className="form__saved">
        {decided}
      </p>
      <CaseListResult
        query={queue}
        empty={<EmptyState title={t('cases.review.empty')} hint={t('cases.review.emptyHint')} />}
      >
        {(item) => <ReviewItem key={item.id} item={item} onDecided={onDecided} />}
      </CaseListResult>
    </div>
  );
}

const titleOf = (record: CaseRecord) =>
  (record.texts.find((x) => x.lang === record.originalLang) ?? record.texts[0])?.title ?? '';

function ReviewItem({
  item,
  onDecided,
}: {
  readonly item: CaseRecord;
  readonly onDecided: (record: CaseRecord) => void;
}) {
  const { t, i18n } = useTranslation();
  const name = useCaseLanguageName();
  const original = item.texts.find((x) => x.lang === item.originalLang);
  const title = titleOf(item);
  return (
    <li>
      <h2>
        <Link to="/cases/$id" params={{ id: item.id }}>
          {title}
        </Link>
      </h2>
      <p className="case-list__meta">
        {t('cases.review.from', {
          city: item.city.name,
          date: formatDate(item.updatedAt, i18n.language),
        })}
        {' · '}
        {t('cases.languagesList', { list: item.texts.map((x) => name(x.lang)).join(', ') })}
      </p>
      {original?.summary && <p lang={item.originalLang}>{original.summary}</p>}
      <CaseReviewDecision record={item} title={title} onDecided={onDecided} />
    </li>
  );
}
