import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../api/capacity-types.ts';
import type {
  Assessment,
  EvidenceLink,
  RubricLevel,
  SelfAssessmentEntry,
} from '../../api/graduation-types.ts';
import { useSaveSelfAssessment } from '../../hooks/use-graduation.ts';
import { errorsUnder, fieldErrors } from '../../lib/field-errors.ts';
import { FormFailure } from '../form/FormFailure.tsx';
import { CriterionCard, neededLevel } from './CriterionCard.tsx';
import { EvidenceLinksField } from './EvidenceLinksField.tsx';
import { LevelChoice } from './LevelChoice.tsx';

interface Draft {
  level: RubricLevel | null;
  comment: string;
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
export function SelfAssessmentForm({
  assessment,
  rubric,
}: {
  readonly assessment: Assessment;
  readonly rubric: Rubric | undefined;
}) {
  const { t } = useTranslation();
  const save = useSaveSelfAssessment(assessment.id);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      assessment.criteria.map((c) => [
        c.key,
        { level: c.selfLevel, comment: c.selfComment ?? '', links: [...c.evidence] },
      ]),
    ),
  );
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const server = fieldErrors(save.error);
  const change = (key: string, patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [key]: { ...all[key]!, ...patch } }));

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
      {assessment.criteria.map((c, index) => {
        const d = drafts[c.key]!;
        const messages = [
          ...(problems[c.key] ?? []),
          ...errorsUnder(server, `criteria.${index}`),
          ...errorsUnder(server, `criteria.${c.key}`),
        ];
        const criterionRubric = rubric?.criteria.find((r) => r.key === c.key);
        return (
          <CriterionCard key={c.key} assessment={assessment} criterion={c} rubric={criterionRubric}>
            <LevelChoice
              name={`self-${c.key}`}
              legend={t('graduation.selfLevel', { criterion: c.title })}
              descriptors={criterionRubric?.levels ?? []}
              needed={neededLevel(assessment, c.key)}
              value={d.level}
              onChange={(level) => change(c.key, { level })}
              error={messages.length > 0 ? messages.join(' ') : undefined}
            />
            <label htmlFor={`self-comment-${c.key}`}>{t('graduation.selfComment')}</label>
            <textarea
              id={`self-comment-${c.key}`}
              rows={3}
              maxLength={4000}
              value={d.comment}
              onChange={(event) => change(c.key, { comment: event.target.value })}
            />
            <EvidenceLinksField
              idPrefix={`links-${c.key}`}
              criterion={c.title}
              links={d.links}
              onChange={(links) => change(c.key, { links })}
            />
          </CriterionCard>
        );
      })}
      {count > 0 && (
        <p className="form-failure" role="alert">
          {t('graduation.errors.count', { count })}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--quiet" disabled={save.isPending}>
          {t('graduation.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={save.isPending}
          onClick={() => send(true)}
        >
          {t('graduation.submit')}
        </button>
        <p className="form__saved" role="status">
          {save.isSuccess ? t('graduation.saved') : ''}
        </p>
      </div>
      {server.size === 0 && <FormFailure error={save.error} />}
    </form>
  );
}
