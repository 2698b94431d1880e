import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressUpdate, ResultIndicator, ResultNode } from '../../api/projects-types.ts';
import { useCreateProgressUpdate, useSubmitProgressUpdate } from '../../hooks/use-project-edits.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';
import './project-edits.css';

/** Props of the progress section. */
export interface ProjectProgressProps {
  readonly projectId: string;
  readonly results: readonly ResultNode[];
  readonly updates: readonly ProgressUpdate[];
}

/** Every indicator of the results framework, depth first. */
function indicatorsOf(nodes: readonly ResultNode[]): ResultIndicator[] {
  return nodes.flatMap((node) => [...node.indicators, ...indicatorsOf(node.children)]);
}

/** The city team's progress updates: their status, a Submit for review button, and a new draft. */
export function ProjectProgress({ projectId, results, updates }: ProjectProgressProps) {
  const { t } = useTranslation();
  const submit = useSubmitProgressUpdate(projectId);
  return (
    <section className="project-section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('projects.progress.title')}</h2>
      {updates.length === 0 ? (
        <p className="muted">{t('projects.progress.none')}</p>
      ) : (
        <ul className="progress-list">
          {updates.map((update) => (
            <li key={update.id}>
              <strong>{update.period}</strong>
              <span className={`project-status project-status--${update.status}`}>
                {t(`projects.progress.statuses.${update.status}`)}
              </span>
              <span>{update.narrative}</span>
              {(update.status === 'draft' || update.status === 'returned') && (
                <button
                  type="button"
                  className="button"
                  disabled={submit.isPending}
                  aria-label={t('projects.progress.submitFor', { period: update.period })}
                  onClick={() => submit.mutate(update.id)}
                >
                  {t('projects.progress.submit')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormFailure error={submit.error} />
      <ProgressForm projectId={projectId} indicators={indicatorsOf(results)} />
    </section>
  );
}

function ProgressForm({
  projectId,
  indicators,
}: {
  readonly projectId: string;
  readonly indicators: readonly ResultIndicator[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [narrative, setNarrative] = useState('');
  const [values, setValues] = useState<Readonly<Record<string, string>>>({});
  const create = useCreateProgressUpdate(projectId);
  const errors = fieldErrors(create.error);
  return (
    <form
      className="project-edit-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        const reported = indicators.flatMap((indicator) => {
          const raw = values[indicator.id]?.trim() ?? '';
          const value = Number(raw);
          return raw === '' || !Number.isFinite(value)
            ? []
            : [{ indicatorId: indicator.id, period: period.trim(), value }];
        });
        create.mutate(
          { period: period.trim(), narrative, values: reported },
          {
            onSuccess: () => {
              setNarrative('');
              setValues({});
            },
          },
        );
      }}
    >
      <h3 id={`${id}-heading`}>{t('projects.progress.report')}</h3>
      <TextField
        label={t('projects.progress.period')}
        hint={t('projects.progress.periodHint')}
        value={period}
        required
        inputMode="numeric"
        maxLength={20}
        onChange={(event) => setPeriod(event.target.value)}
        errors={errorsUnder(errors, 'period')}
      />
      <div className="field">
        <label htmlFor={`${id}-narrative`}>{t('projects.progress.narrative')}</label>
        <textarea
          id={`${id}-narrative`}
          rows={5}
          maxLength={20000}
          required
          value={narrative}
          aria-invalid={errorsUnder(errors, 'narrative').length > 0 || undefined}
          onChange={(event) => setNarrative(event.target.value)}
        />
        <FieldErrors errors={errorsUnder(errors, 'narrative')} />
      </div>
      {indicators.length > 0 && (
        <fieldset className="project-edit-form__values">
          <legend>{t('projects.progress.values')}</legend>
          {indicators.map((indicator) => (
            <TextField
              key={indicator.id}
              label={`${indicator.name} (${indicator.unit})`}
              type="number"
              step="any"
              inputMode="decimal"
              value={values[indicator.id] ?? ''}
              onChange={(event) =>
                setValues((previous) => ({ ...previous, [indicator.id]: event.target.value }))
              }
            />
          ))}
          <FieldErrors errors={errorsUnder(errors, 'values')} />
        </fieldset>
      )}
      <FormFailure error={create.error} />
      <p className="project-edit-form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('projects.progress.saveDraft')}
        </button>
        <span role="status" className="muted">
          {create.isSuccess ? t('projects.progress.saved') : ''}
        </span>
      </p>
    </form>
  );
}
