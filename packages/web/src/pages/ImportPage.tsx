import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../api/types.ts';
import { ImportChooseStep } from '../components/import/ImportChooseStep.tsx';
import { ImportDoneStep } from '../components/import/ImportDoneStep.tsx';
import { ImportPreviewStep } from '../components/import/ImportPreviewStep.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { LoadingState } from '../components/StatusMessages.tsx';
import { useCity } from '../hooks/use-cities.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useImportWizard, type ImportStep } from '../hooks/use-import-wizard.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const importRoute = getRouteApi('/cities/$slug/import');

/** The three steps shown in the progress list; checking and importing belong to them. */
const stages = ['choose', 'preview', 'done'] as const;
const stageOf: Record<ImportStep, (typeof stages)[number]> = {
  choose: 'choose',
  checking: 'choose',
  preview: 'preview',
  importing: 'preview',
  done: 'done',
};

/** Import a file of values for a city: choose → preview (dry run) → confirm → result. */
export function ImportPage() {
  const { t } = useTranslation();
  const city = useCity(importRoute.useParams().slug);
  return (
    <QueryResult query={city} notFound={<NotFoundContent message={t('city.notFound')} />}>
      {(data) => (
        <RequireAccess
          action="observation.write"
          city={data}
          audience={t('access.audienceCityTeam')}
        >
          {() => <ImportView city={data} />}
        </RequireAccess>
      )}
    </QueryResult>
  );
}

function ImportView({ city }: { readonly city: City }) {
  const { t } = useTranslation();
  useDocumentTitle(t('import.pageTitle', { city: city.name }));
  const wizard = useImportWizard(city.slug);
  const heading = useRef<HTMLHeadingElement>(null);
  const stage = stageOf[wizard.step];
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [stage]);
  return (
    <div className="import">
      <p className="back-link">
        <Link to="/cities/$slug" params={{ slug: city.slug }}>
          <span aria-hidden="true">← </span>
          {city.name}
        </Link>
      </p>
      <h1>{t('import.title', { city: city.name })}</h1>
      <ol className="steps" aria-label={t('import.stepsLabel')}>
        {stages.map((s, i) => (
          <li key={s} aria-current={s === stage ? 'step' : undefined}>
            <span className="steps__number">{i + 1}</span> {t(`import.stages.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="import__heading">
        {t(`import.stages.${stage}`)}
      </h2>
      {wizard.step === 'checking' && <LoadingState label={t('import.checking')} />}
      {wizard.step === 'importing' && <LoadingState label={t('import.importing')} />}
      {wizard.step === 'choose' && <ImportChooseStep wizard={wizard} />}
      {wizard.step === 'preview' && <ImportPreviewStep wizard={wizard} />}
      {wizard.step === 'done' && <ImportDoneStep wizard={wizard} slug={city.slug} />}
    </div>
  );
}
