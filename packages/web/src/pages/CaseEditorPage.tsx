import { getRouteApi, Link } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../api/cases-types.ts';
import { CaseFactsFields } from '../components/cases/CaseFactsFields.tsx';
import { CaseLanguageTabs } from '../components/cases/CaseLanguageTabs.tsx';
import {
  CaseContactsAndLinksFields,
  CaseResultsFields,
} from '../components/cases/CaseListsFields.tsx';
import { CaseReviewDecision, CaseSubmit } from '../components/cases/CaseReviewActions.tsx';
import { CaseStatusBadge } from '../components/cases/CaseStatusBadge.tsx';
import { CaseTextFields } from '../components/cases/CaseTextFields.tsx';
import '../components/cases/cases.css';
import { FormFailure } from '../components/form/FormFailure.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { AccessState } from '../components/AccessState.tsx';
import { useCaseEditor } from '../hooks/use-case-editor.ts';
import { useCaseRecord } from '../hooks/use-cases.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useProject } from '../hooks/use-projects.ts';
import { useSession } from '../hooks/use-session.ts';
import { allows, allowsOnCity } from '../lib/access.ts';
import { monitoredIndicators } from '../lib/case-results.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const editRoute = getRouteApi('/cases/$id/edit');

/** The editor of a case for its city's team: language versions, facts, submit for review. */
export function CaseEditorPage() {
  const { t } = useTranslation();
  const { id } = editRoute.useParams();
  return (
    <RequireAccess action="case.write" audience={t('access.audienceCityTeam')}>
      {() => <CaseEditorLoader id={id} />}
    </RequireAccess>
  );
}

function CaseEditorLoader({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const record = useCaseRecord(id);
  const session = useSession();
  return (
    <QueryResult query={record} notFound={<NotFoundContent message={t('cases.notFound')} />}>
      {(data) =>
        allowsOnCity(session.data, 'case.write', data.city) ? (
          // A new editor (and draft) for each case; saving keeps the same editor.
          <CaseEditorView key={data.id} record={data} />
        ) : (
          <AccessState kind="forbidden" audience={t('access.audienceCityTeam')} />
        )
      }
    </QueryResult>
  );
}

function CaseEditorView({ record }: { readonly record: CaseRecord }) {
  const { t } = useTranslation();
  const editor = useCaseEditor(record);
  const session = useSession();
  const original = editor.draft.texts[record.originalLang];
  const title = original?.title || t('cases.untitled');
  useDocumentTitle(t('cases.editor.pageTitle', { title }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    editor.save();
  };
  return (
    <article className="case-editor">
      <p className="back-link">
        <Link to="/cities/$slug/cases" params={{ slug: record.city.slug }}>
          <span aria-hidden="true">← </span>
          {t('cases.cityTitle', { city: record.city.name })}
        </Link>
      </p>
      <h1>{t('cases.editor.pageTitle', { title })}</h1>
      <p className="case-editor__meta">
        <CaseStatusBadge status={record.status} />{' '}
        <Link to="/cases/$id" params={{ id: record.id }}>
          {t('cases.editor.viewPage')}
        </Link>
        {record.projectId && (
          <>
            {' · '}
            <Link to="/projects/$id" params={{ id: record.projectId }}>
              {t('cases.editor.project')}
            </Link>
          </>
        )}
      </p>
      {record.status === 'returned' && record.reviewComment && (
        <div className="notice case-editor__returned" role="note">
          <h2>{t('cases.editor.returnedTitle')}</h2>
          <p>{record.reviewComment}</p>
        </div>
      )}
      <form className="form case-editor__form" onSubmit={onSubmit} noValidate>
        <section aria-labelledby="case-texts-title">
          <h2 id="case-texts-title">{t('cases.editor.versions')}</h2>
          <p className="field__hint">{t('cases.editor.versionsHint')}</p>
          <CaseLanguageTabs editor={editor} originalLang={record.originalLang} />
          <CaseTextFields editor={editor} originalLang={record.originalLang} />
        </section>
        <section aria-labelledby="case-facts-title">
          <h2 id="case-facts-title">{t('cases.editor.facts')}</h2>
          <CaseFactsFields editor={editor} />
          {record.projectId ? (
            <ResultsWithProject editor={editor} projectId={record.projectId} />
          ) : (
            <CaseResultsFields editor={editor} indicators={[]} />
          )}
          <CaseContactsAndLinksFields editor={editor} />
        </section>
        <div className="save-bar case-editor__save">
          <FormFailure error={editor.failure} />
          {(editor.errors.size > 0 || editor.textErrors.size > 0 || editor.problems.length > 0) && (
            <p className="field__error" role="alert">
              {t('cases.editor.fixProblems')}
            </p>
          )}
          <button type="submit" className="button" aria-disabled={editor.saving}>
            {t('cases.editor.save')}
          </button>
          <span role="status" className={editor.justSaved ? 'form__saved' : undefined}>
            {editor.saving
              ? t('cases.editor.saving')
              : editor.justSaved
                ? t('cases.editor.saved')
                : editor.dirty
                  ? t('cases.editor.unsavedChanges')
                  : ''}
          </span>
        </div>
      </form>
      <CaseSubmit record={record} dirty={editor.dirty} />
      {record.status === 'submitted' && allows(session.data, 'case.publish') && (
        <CaseReviewDecision record={record} title={title} />
      )}
    </article>
  );
}

function ResultsWithProject({
  editor,
  projectId,
}: {
  readonly editor: ReturnType<typeof useCaseEditor>;
  readonly projectId: string;
}) {
  const project = useProject(projectId);
  return (
    <CaseResultsFields
      editor={editor}
      indicators={project.data ? monitoredIndicators(project.data.results) : []}
    />
  );
}
