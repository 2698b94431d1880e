import { CLAIM_KINDS, CLAIM_SIZES, type ClaimKind, type ClaimSize } from '@frontrunner/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateClaim } from '../../hooks/use-project-edits.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { FieldErrors, TextField } from '../form/TextField.tsx';
import './project-edits.css';

const sizes = Object.keys(CLAIM_SIZES) as ClaimSize[];

/** An SDG target code: goal 1–17, then a number or a letter (11.6, 6.a, 17.19). */
export const TARGET_PATTERN = /^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-z])$/;

/** The city team's form to add a benefit claim by hand; the API's messages show by field. */
export function AddClaimForm({ projectId }: { readonly projectId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<ClaimKind>('primary');
  const [size, setSize] = useState<ClaimSize>('low');
  const [evidence, setEvidence] = useState('');
  const [checked, setChecked] = useState(false);
  const create = useCreateClaim(projectId);
  const errors = fieldErrors(create.error);
  const targetValid = TARGET_PATTERN.test(target.trim());
  const targetErrors = [
    ...(checked && !targetValid ? [t('projects.addClaim.targetInvalid')] : []),
    ...errorsUnder(errors, 'target'),
  ];
  return (
    <section className="project-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('projects.addClaim.title')}</h3>
      <form
        className="project-edit-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (!targetValid) return;
          create.mutate(
            { target: target.trim(), kind, size, evidence: evidence.trim() || null },
            {
              onSuccess: () => {
                setTarget('');
                setEvidence('');
                setChecked(false);
              },
            },
          );
        }}
      >
        <TextField
          label={t('projects.addClaim.target')}
          hint={t('projects.addClaim.targetHint')}
          value={target}
          required
          maxLength={10}
          autoComplete="off"
          onChange={(event) => setTarget(event.target.value)}
          errors={targetErrors}
        />
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('projects.claims.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            aria-invalid={errorsUnder(errors, 'kind').length > 0 || undefined}
            onChange={(event) =>
              setKind(CLAIM_KINDS.find((k) => k === event.target.value) ?? 'primary')
            }
          >
            {CLAIM_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`projects.kinds.${option}`)}
              </option>
            ))}
          </select>
          <FieldErrors errors={errorsUnder(errors, 'kind')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>{t('projects.claims.size')}</label>
          <select
            id={`${id}-size`}
            value={size}
            aria-invalid={errorsUnder(errors, 'size').length > 0 || undefined}
            onChange={(event) => setSize(sizes.find((s) => s === event.target.value) ?? 'low')}
          >
            {sizes.map((option) => (
              <option key={option} value={option}>
                {t(`projects.sizes.${option}`)}
              </option>
            ))}
          </select>
          <FieldErrors errors={errorsUnder(errors, 'size')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-evidence`}>{t('projects.addClaim.evidence')}</label>
          <textarea
            id={`${id}-evidence`}
            rows={3}
            maxLength={5000}
            value={evidence}
            aria-invalid={errorsUnder(errors, 'evidence').length > 0 || undefined}
            onChange={(event) => setEvidence(event.target.value)}
          />
          <FieldErrors errors={errorsUnder(errors, 'evidence')} />
        </div>
        <FormFailure error={create.error} />
        <p className="project-edit-form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('projects.addClaim.submit')}
          </button>
          <span role="status" className="muted">
            {create.isSuccess && !checked ? t('projects.addClaim.added') : ''}
          </span>
        </p>
      </form>
    </section>
  );
}
