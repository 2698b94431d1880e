import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionTitle } from '../../lib/criterion-title.ts';
import type { EvidenceLink, SelfAssessmentEntry } from '../../api/graduation-types.ts';
import { useSaveSelfAssessment } from '../../hooks/use-graduation.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import {
  CriteriaFormActions,
  CriterionFields,
  useCriterionDrafts,
  type CriteriaFormProps,
  type LevelDraft,
} from './CriterionFields.tsx';
import { EvidenceLinksField } from './EvidenceLinksField.tsx';

interface Draft extends LevelDraft {
  links: EvidenceLink[];
}

const isWebLink = (url: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

/** The city's self-assessment (a draft): a level, a comment and evidence links per criterion. */
export function SelfAssessmentForm({ assessment, rubric }: CriteriaFormProps) {
  const { t } = useTranslation();
  const save = useSaveSelfAssessment(assessment.id);
  const [drafts, change] = useCriterionDrafts<Draft>(assessment, (c) => ({
    level: c.selfLevel,
    comment: c.selfComment ?? '',
    links: [...c.evidence],
  }));
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const server = fieldErrors(save.error);

  const check = (submit: boolean): Record<string, string[]> => {
    const found: Record<string, string[]> = {};
    for (const c of assessment.criteria) {
      const d = drafts[c.key]!;
      const list = [
        ...(submit && d.level === null ? [t('graduation.errors.level')] : []),
        ...d.links.flatMap((l, i) => [
          ...(l.title.trim() ? [] : [t('graduation.errors.linkTitle', { n: i + 1 })]),
          ...(isWebLink(l.url.trim()) ? [] : [t('graduation.errors.linkUrl', { n: i + 1 })]),
        ]),
      ];
      if (list.length > 0) found[c.key] = list;
    }
    return found;
  };
  const send = (submit: boolean) => {
    const found = check(submit);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const criteria: SelfAssessmentEntry[] = assessment.criteria.flatMap((c) => {
      const d = drafts[c.key]!;
      if (d.level === null) return [];
      const evidence = d.links.map((l) => ({ title: l.title.trim(), url: l.url.trim() }));
      return [{ key: c.key, level: d.level, comment: d.comment.trim() || null, evidence }];
    });
    save.mutate({ criteria, submit });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };
  const count = Object.keys(problems).length;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="self-heading">
      <h2 id="self-heading">{t('graduation.selfTitle')}</h2>
      <p>{t('graduation.selfIntro')}</p>
      {assessment.criteria.map((c, index) => (
        <CriterionFields
          key={c.key}
          form="self"
          assessment={assessment}
          rubric={rubric}
          criterion={c}
          draft={drafts[c.key]!}
          onChange={(patch) => change(c.key, patch)}
          legend={t('graduation.selfLevel', { criterion: criterionTitle(t, c.key, c.title) })}
          commentLabel={t('graduation.selfComment')}
          errors={[
            ...(problems[c.key] ?? []),
            ...errorsUnder(server, `criteria.${index}`),
            ...errorsUnder(server, `criteria.${c.key}`),
          ]}
        >
          <EvidenceLinksField
            idPrefix={`links-${c.key}`}
            criterion={criterionTitle(t, c.key, c.title)}
            links={drafts[c.key]!.links}
            onChange={(links) => change(c.key, { links })}
          />
        </CriterionFields>
      ))}
      {count > 0 && (
        <p className="form-failure" role="alert">
          {t('graduation.errors.count', { count })}
        </p>
      )}
      <CriteriaFormActions
        pending={save.isPending}
        saved={save.isSuccess}
        error={server.size === 0 ? save.error : null}
      >
        {(disabled) => (
          <>
            <button type="submit" className="button button--quiet" disabled={disabled}>
              {t('graduation.save')}
            </button>
            <button type="button" className="button" disabled={disabled} onClick={() => send(true)}>
              {t('graduation.submit')}
            </button>
          </>
        )}
      </CriteriaFormActions>
    </form>
  );
}
