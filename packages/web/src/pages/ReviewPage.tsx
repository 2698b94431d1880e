import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { ReviewDecision } from '../components/review/ReviewDecision.tsx';
import { ReviewSeriesTable } from '../components/review/ReviewSeriesTable.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useSeriesInfo } from '../hooks/use-city-data.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useReviewQueue } from '../hooks/use-review-queue.ts';
import { useSession } from '../hooks/use-session.ts';
import { allows } from '../lib/access.ts';

/** The review queue of a focal point or the secretariat: approve or return submitted values. */
export function ReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('review.title'));
  return (
    <RequireAccess action="observation.approve" audience={t('access.audienceReviewers')}>
      {() => <ReviewContent />}
    </RequireAccess>
  );
}

function ReviewContent() {
  const { t } = useTranslation();
  const review = useReviewQueue();
  const codes = useMemo(
    () => [...new Set(review.groups.flatMap((g) => g.series.map((s) => s.series)))],
    [review.groups],
  );
  const seriesInfo = useSeriesInfo(codes);
  const session = useSession();
  const outcome = useRef<HTMLParagraphElement>(null);
  // The decided values leave the queue (and the decision bar with the last of them): keep the
  // keyboard user's place by moving focus to the sentence that says what happened.
  useEffect(() => {
    if (review.done) outcome.current?.focus();
  }, [review.done]);
  return (
    <div className="review">
      <h1>{t('review.title')}</h1>
      <p className="lead">{t('review.intro')}</p>
      {allows(session.data, 'case.publish') && (
        <p>
          <Link to="/cases/review">{t('cases.review.queueLink')}</Link>
        </p>
      )}
      <p role="status" className="notice-line" ref={outcome} tabIndex={-1}>
        {review.done
          ? t(review.done.decision === 'approve' ? 'review.approved' : 'review.returned', {
              count: review.done.count,
            })
          : ''}
      </p>
      <QueryResult query={review.queue}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={t('review.empty')} hint={t('review.emptyHint')} />
          ) : (
            <>
              <p className="result-count">
                {t('review.count', { count: page.total })}
                {page.total > page.items.length &&
                  ` ${t('review.showing', { count: page.items.length })}`}
              </p>
              {review.groups.map((city) => (
                <section
                  key={city.city}
                  className="review-city"
                  aria-labelledby={`city-${city.city}`}
                >
                  <h2 id={`city-${city.city}`}>
                    <Link to="/cities/$slug" params={{ slug: city.city }}>
                      {city.cityName}
                    </Link>
                  </h2>
                  {city.series.map((group) => (
                    <ReviewSeriesTable
                      key={group.series}
                      group={group}
                      series={seriesInfo.get(group.series)}
                      selected={review.selected}
                      onToggle={review.toggle}
                    />
                  ))}
                </section>
              ))}
              <ReviewDecision review={review} />
            </>
          )
        }
      </QueryResult>
    </div>
  );
}
