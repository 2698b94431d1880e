import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../api/projects-types.ts';
import { useCases, useCreateCaseFromProject } from '../../hooks/use-cases.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { CASE_LANGUAGES } from '../../lib/case-form.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { CaseStatusBadge, useCaseLanguageName } from './CaseStatusBadge.tsx';
import { mutateThen } from '../../lib/mutate-then.ts';

/**
 * For the city's team on a project page: the cases already written from the project, and, once
 * the project is completed, writing it up as a new case pre-filled from it (texts, theme, SDG
 * targets of its claims, results of its monitored indicators, budget, partners, links).
 */
export function WriteUpCase({ project }: { readonly project: Project }) {
  const { t } = useTranslation();
  const id = useId();
  const { language } = useLanguage();
  const name = useCaseLanguageName();
  const navigate = useNavigate();
  const cases = useCases({ project: project.id });
  const create = useCreateCaseFromProject(project.city.slug);
  const [lang, setLang] = useState<string>(
    (CASE_LANGUAGES as readonly string[]).includes(language) ? language : 'en',
  );
  const existing = cases.data?.items ?? [];
  const start = () => {
    if (create.isPending) return;
    mutateThen(create, { projectId: project.id, lang }, (record) =>
      navigate({ to: '/cases/$id/edit', params: { id: record.id } }),
    );
  };
  return (
    <section className="panel case-writeup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('cases.writeUp.title')}</h2>
      {existing.length > 0 && (
        <ul>
          {existing.map((item) => {
            const title =
              item.texts.find((x) => x.lang === item.originalLang)?.title ?? t('cases.untitled');
            return (
              <li key={item.id}>
                <Link to="/cases/$id/edit" params={{ id: item.id }}>
                  {title}
                </Link>{' '}
                <CaseStatusBadge status={item.status} />
              </li>
            );
          })}
        </ul>
      )}
      {project.status === 'completed' ? (
        <>
          <p>{t('cases.writeUp.intro')}</p>
          <FormFailure error={create.error} />
          <div className="form__actions">
            <label htmlFor={`${id}-lang`}>{t('cases.writeUp.language')}</label>
            <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value)}>
              {CASE_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {name(code)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              aria-disabled={create.isPending}
              onClick={start}
            >
              {t('cases.writeUp.button')}
            </button>
          </div>
        </>
      ) : (
        <p className="field__hint">
          {t('cases.writeUp.notCompleted', { status: t(`projects.statuses.${project.status}`) })}
        </p>
      )}
    </section>
  );
}
