import { IATI_ROLES, type PartnerRole } from '@frontrunner/domain';
import { useTranslation } from 'react-i18next';
import { errorsUnder, type FieldErrors as Errors } from '../../lib/field-errors.ts';
import type { ProjectDraft } from '../../lib/project-form.ts';
import { FieldErrors, TextField } from '../form/TextField.tsx';

const roles = Object.keys(IATI_ROLES) as PartnerRole[];

/** Props of the repeatable rows. */
export interface ProjectRowsProps {
  readonly draft: ProjectDraft;
  readonly update: (change: Partial<ProjectDraft>) => void;
  readonly errors: Errors;
}

/** Funding sources with their shares, and partners with their IATI roles. */
export function ProjectRows({ draft, update, errors }: ProjectRowsProps) {
  const { t } = useTranslation();
  const setFunding = (index: number, change: Partial<ProjectDraft['funding'][number]>) =>
    update({ funding: draft.funding.map((row, i) => (i === index ? { ...row, ...change } : row)) });
  const setPartner = (index: number, change: Partial<ProjectDraft['partners'][number]>) =>
    update({
      partners: draft.partners.map((row, i) => (i === index ? { ...row, ...change } : row)),
    });
  return (
    <>
      <fieldset className="project-form__rows">
        <legend>{t('projects.form.funding')}</legend>
        <p className="field__hint">{t('projects.form.fundingHint')}</p>
        {draft.funding.map((row, index) => (
          <div className="project-form__row" key={index}>
            <TextField
              label={t('projects.form.funder', { number: index + 1 })}
              value={row.name}
              onChange={(event) => setFunding(index, { name: event.target.value })}
              errors={errorsUnder(errors, `fundingSources.${index}.name`)}
            />
            <TextField
              label={t('projects.form.share', { number: index + 1 })}
              inputMode="decimal"
              value={row.share}
              onChange={(event) => setFunding(index, { share: event.target.value })}
              errors={errorsUnder(errors, `fundingSources.${index}.sharePercent`)}
            />
          </div>
        ))}
        <FieldErrors errors={errors.get('fundingSources') ?? []} />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => update({ funding: [...draft.funding, { name: '', share: '' }] })}
        >
          {t('projects.form.addFunder')}
        </button>
      </fieldset>
      <fieldset className="project-form__rows">
        <legend>{t('projects.form.partners')}</legend>
        {draft.partners.map((row, index) => (
          <div className="project-form__row" key={index}>
            <TextField
              label={t('projects.form.partner', { number: index + 1 })}
              value={row.name}
              onChange={(event) => setPartner(index, { name: event.target.value })}
              errors={errorsUnder(errors, `partners.${index}`)}
            />
            <div className="field">
              <label htmlFor={`partner-role-${index}`}>
                {t('projects.form.role', { number: index + 1 })}
              </label>
              <select
                id={`partner-role-${index}`}
                value={row.role}
                onChange={(event) =>
                  setPartner(index, {
                    role: roles.find((r) => r === event.target.value) ?? 'implementing',
                  })
                }
              >
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {t(`projects.roles.${role}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            update({ partners: [...draft.partners, { name: '', role: 'implementing' }] })
          }
        >
          {t('projects.form.addPartner')}
        </button>
      </fieldset>
    </>
  );
}
