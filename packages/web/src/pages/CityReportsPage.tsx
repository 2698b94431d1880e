import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import { QueryResult } from '../components/QueryResult.tsx';
import { ReportPrintLinks, ReportStatusLabel } from '../components/reports/ReportParts.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import { useCity } from '../hooks/use-cities.ts';
import '../components/reports/reports.css';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLanguage } from '../hooks/use-language.ts';
import { useCityReports, useCreateReport } from '../hooks/use-reports.ts';
import { useSession } from '../hooks/use-session.ts';
import { allowsOnCity } from '../lib/access.ts';
import { errorsUnder, fieldErrors } from '../lib/field-errors.ts';
import { NotFoundContent } from './NotFoundPage.tsx';
import { mutateThen } from '../lib/mutate-then.ts';

const cityReportsRoute = getRouteApi('/cities/$slug/reports');

/** A city's Voluntary Local Reviews: published ones for everyone, drafts too for its team. */
export function CityReportsPage() {
  const { t } = useTranslation();
  const city = useCity(cityReportsRoute.useParams().slug);
  return (
    <QueryResult query={city} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {(data) => <CityReportsView city={data} />}
    </QueryResult>
  );
}

function CityReportsView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.cityTitle', { city: city.name }));
  const reports = useCityReports(city.slug);
  const session = useSession();
  // report.write has the same reach as project.write in the server's policy table.
  const canWrite = allowsOnCity(session.data, 'project.write', city);
  return (
    <div className="reports-page">
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug: city.slug }}>
          <span aria-hidden="true">← </span>
          {city.name}
        </Link>
      </p>
      <h1>{t('reports.cityTitle', { city: city.name })}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <QueryResult query={reports}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('reports.none')} />
          ) : (
            <ul className="report-list">
              {items.map((report) => (
                <li key={report.id}>
                  <h2>
                    <Link to="/reports/$id" params={{ id: report.id }}>
                      {report.title}
                    </Link>
                  </h2>
                  <p>
                    <ReportStatusLabel status={report.status} />{' '}
                    {t('reports.version', { version: report.version })}
                  </p>
                  <ReportPrintLinks id={report.id} title={report.title} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryResult>
      {canWrite && <StartReportForm slug={city.slug} />}
    </div>
  );
}

function StartReportForm({ slug }: { readonly slug: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const create = useCreateReport(slug);
  const [title, setTitle] = useState('');
  const errors = fieldErrors(create.error);
  const titleErrors = errorsUnder(errors, 'title');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutateThen(create, { title, lang: language }, (report) =>
      navigate({ to: '/reports/$id', params: { id: report.id } }),
    );
  };
  return (
    <form className="report-form" onSubmit={onSubmit} aria-labelledby="start-report-heading">
      <h2 id="start-report-heading">{t('reports.start')}</h2>
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
      {titleErrors.length > 0 && (
        <p id="report-title-error" className="field-error">
          {titleErrors.join(' ')}
        </p>
      )}
      {create.isError && titleErrors.length === 0 && (
        <p role="alert" className="field-error">
          {create.error.message}
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('reports.start')}
      </button>
    </form>
  );
}
