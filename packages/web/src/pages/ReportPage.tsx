import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../components/reports/reports.css';
import type { SavedReport } from '../api/reports.api.ts';
import { AccessState } from '../components/AccessState.tsx';
import { ReportPrintLinks, ReportStatusLabel } from '../components/reports/ReportParts.tsx';
import { ErrorState, LoadingState } from '../components/StatusMessages.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import {
  useAddConsultation,
  useReport,
  useReviewReport,
  useSubmitReport,
  useUpdateReport,
} from '../hooks/use-reports.ts';
import { useSession } from '../hooks/use-session.ts';
import { allowsOnCity } from '../lib/access.ts';
import { formatDay } from '../lib/dates.ts';
import { errorsUnder, failureKind, fieldErrors } from '../lib/field-errors.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const reportRoute = getRouteApi('/reports/$id');

/** The narrative sections of the VLR outline (packages/domain/src/reports/outline.ts), in order. */
const NARRATIVE_SECTION_KEYS = [
  'mayor_statement',
  'highlights',
  'introduction',
  'methodology',
  'policy_environment',
  'progress',
  'means_of_implementation',
  'next_steps',
] as const;

/** One report: its print links for all; its editor for the team; approval for reviewers. */
export function ReportPage() {
  const { t } = useTranslation();
  const report = useReport(reportRoute.useParams().id);
  if (report.isPending) return <LoadingState />;
  if (report.isError) {
    const kind = failureKind(report.error);
    if (kind === 'not-found' || kind === 'invalid') {
      return <NotFoundContent message={t('reports.notFound')} />;
    }
    if (kind === 'signed-out' || kind === 'forbidden') {
      return <AccessState kind={kind} audience={t('access.audienceCityTeam')} />;
    }
    return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  }
  return <ReportView report={report.data} />;
}

function ReportView({ report }: { readonly report: SavedReport }) {
  const { t } = useTranslation();
  useDocumentTitle(report.title);
  const session = useSession();
  const city = report.city;
  // Same reach as report.write and report.approve in the server's policy table.
  const canWrite = city !== null && allowsOnCity(session.data, 'project.write', city);
  const canApprove = city !== null && allowsOnCity(session.data, 'observation.approve', city);
  return (
    <article className="report-page">
      {city && (
        <p className="back-link">
          <Link to="/cities/$slug/reports" params={{ slug: city.slug }}>
            <span aria-hidden="true">← </span>
            {t('reports.cityTitle', { city: city.name })}
          </Link>
        </p>
      )}
      <h1>{report.title}</h1>
      <p>
        <ReportStatusLabel status={report.status} />{' '}
        {t('reports.version', { version: report.version })}
      </p>
      {report.reviewComment && (
        <p className="report-comment">
          {t('reports.reviewComment')}: {report.reviewComment}
        </p>
      )}
      <ReportPrintLinks id={report.id} title={report.title} />
      {canWrite && <NarrativeEditor key={report.updatedAt} report={report} />}
      {canWrite && <ConsultationForm report={report} />}
      {canWrite && <SubmitButton report={report} />}
      {canApprove && report.status === 'submitted' && <ReviewForm report={report} />}
    </article>
  );
}

function useSectionTitle(): (key: string) => string {
  const { t } = useTranslation();
  const titles: Record<string, string> = {
    mayor_statement: t('reports.sections.mayor_statement'),
    highlights: t('reports.sections.highlights'),
    introduction: t('reports.sections.introduction'),
    methodology: t('reports.sections.methodology'),
    policy_environment: t('reports.sections.policy_environment'),
    progress: t('reports.sections.progress'),
    means_of_implementation: t('reports.sections.means_of_implementation'),
    next_steps: t('reports.sections.next_steps'),
  };
  return (key) => titles[key] ?? key;
}

function FieldError({
  id,
  messages,
}: {
  readonly id: string;
  readonly messages: readonly string[];
}) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
  );
}

function NarrativeEditor({ report }: { readonly report: SavedReport }) {
  const { t } = useTranslation();
  const sectionTitle = useSectionTitle();
  const update = useUpdateReport(report.id);
  const [title, setTitle] = useState(report.title);
  const [texts, setTexts] = useState<Record<string, string>>({ ...report.narratives });
  const errors = fieldErrors(update.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const narratives = Object.fromEntries(NARRATIVE_SECTION_KEYS.map((k) => [k, texts[k] ?? '']));
    update.mutate({ title, narratives });
  };
  const titleErrors = errorsUnder(errors, 'title');
  return (
    <form className="report-form" onSubmit={onSubmit} aria-labelledby="narratives-heading">
      <h2 id="narratives-heading">{t('reports.narratives')}</h2>
      <label htmlFor="report-title">{t('reports.titleLabel')}</label>
      <input
        id="report-title"
        value={title}
        required
        maxLength={300}
        onChange={(event) => setTitle(event.target.value)}
        aria-invalid={titleErrors.length > 0}
        aria-describedby={titleErrors.length > 0 ? 'report-title-error' : undefined}
      />
      <FieldError id="report-title-error" messages={titleErrors} />
      {NARRATIVE_SECTION_KEYS.map((key) => {
        const messages = errorsUnder(errors, `narratives.${key}`);
        return (
          <div key={key} className="report-form__field">
            <label htmlFor={`narrative-${key}`}>{sectionTitle(key)}</label>
            <textarea
              id={`narrative-${key}`}
              rows={6}
              value={texts[key] ?? ''}
              onChange={(event) => setTexts((all) => ({ ...all, [key]: event.target.value }))}
              aria-invalid={messages.length > 0}
              aria-describedby={messages.length > 0 ? `narrative-${key}-error` : undefined}
            />
            <FieldError id={`narrative-${key}-error`} messages={messages} />
          </div>
        );
      })}
      <button type="submit" className="button" disabled={update.isPending}>
        {t('reports.save')}
      </button>
      <p role="status">{update.isSuccess ? t('reports.saved') : ''}</p>
      {update.isError && errors.size === 0 && <ErrorState error={update.error} />}
    </form>
  );
}

function ConsultationForm({ report }: { readonly report: SavedReport }) {
  const { t, i18n } = useTranslation();
  const add = useAddConsultation(report.id);
  const [entry, setEntry] = useState({ date: '', stakeholders: '', summary: '' });
  const errors = fieldErrors(add.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(entry, { onSuccess: () => setEntry({ date: '', stakeholders: '', summary: '' }) });
  };
  const field = (name: keyof typeof entry) => {
    const messages = errorsUnder(errors, name);
    return {
      id: `consultation-${name}`,
      value: entry[name],
      required: true,
      onChange: (event: { target: { value: string } }) =>
        setEntry((all) => ({ ...all, [name]: event.target.value })),
      'aria-invalid': messages.length > 0,
      'aria-describedby': messages.length > 0 ? `consultation-${name}-error` : undefined,
    };
  };
  return (
    <section aria-labelledby="consultations-heading">
      <h2 id="consultations-heading">{t('reports.consultations')}</h2>
      {report.consultations.length > 0 && (
        <ul className="report-consultations">
          {report.consultations.map((c, index) => (
            <li key={`${c.date}-${index}`}>
              <strong>
                <time dateTime={c.date}>{formatDay(c.date, i18n.language)}</time>
              </strong>{' '}
              — {c.stakeholders}: {c.summary}
            </li>
          ))}
        </ul>
      )}
      <form className="report-form" onSubmit={onSubmit}>
        <label htmlFor="consultation-date">{t('reports.consultationDate')}</label>
        <input type="date" {...field('date')} />
        <FieldError id="consultation-date-error" messages={errorsUnder(errors, 'date')} />
        <label htmlFor="consultation-stakeholders">{t('reports.stakeholders')}</label>
        <input maxLength={2000} {...field('stakeholders')} />
        <FieldError
          id="consultation-stakeholders-error"
          messages={errorsUnder(errors, 'stakeholders')}
        />
        <label htmlFor="consultation-summary">{t('reports.summary')}</label>
        <textarea rows={4} {...field('summary')} />
        <FieldError id="consultation-summary-error" messages={errorsUnder(errors, 'summary')} />
        <button type="submit" className="button" disabled={add.isPending}>
          {t('reports.addConsultation')}
        </button>
        {add.isError && errors.size === 0 && <ErrorState error={add.error} />}
      </form>
    </section>
  );
}

function SubmitButton({ report }: { readonly report: SavedReport }) {
  const { t } = useTranslation();
  const submit = useSubmitReport(report.id);
  if (report.status !== 'draft' && report.status !== 'returned') return null;
  return (
    <section aria-labelledby="submit-heading">
      <h2 id="submit-heading">{t('reports.submitTitle')}</h2>
      <button
        type="button"
        className="button"
        disabled={submit.isPending}
        onClick={() => submit.mutate()}
      >
        {t('reports.submit')}
      </button>
      {submit.isError && <ErrorState error={submit.error} />}
    </section>
  );
}

function ReviewForm({ report }: { readonly report: SavedReport }) {
  const { t } = useTranslation();
  const review = useReviewReport(report.id);
  const [comment, setComment] = useState('');
  const errors = fieldErrors(review.error);
  const messages = errorsUnder(errors, 'comment');
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t('reports.reviewTitle')}</h2>
      <label htmlFor="review-comment">{t('reports.reviewComment')}</label>
      <textarea
        id="review-comment"
        rows={3}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        aria-invalid={messages.length > 0}
        aria-describedby={messages.length > 0 ? 'review-comment-error' : undefined}
      />
      <FieldError id="review-comment-error" messages={messages} />
      <button
        type="button"
        className="button"
        disabled={review.isPending}
        onClick={() => review.mutate({ decision: 'approve', comment: comment || undefined })}
      >
        {t('reports.approve')}
      </button>{' '}
      <button
        type="button"
        className="button"
        disabled={review.isPending}
        onClick={() => review.mutate({ decision: 'return', comment })}
      >
        {t('reports.return')}
      </button>
      {review.isError && messages.length === 0 && <ErrorState error={review.error} />}
    </section>
  );
}
