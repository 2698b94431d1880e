import { CLAIM_SIZES, type ClaimKind, type ClaimSize } from '@frontrunner/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAcceptSuggestion } from '../../hooks/use-projects.ts';
import { FormFailure } from '../form/FormFailure.tsx';

/** Props of one suggestion's Accept control. */
export interface AcceptSuggestionProps {
  readonly projectId: string;
  readonly source: 'tagger' | 'network';
  readonly target: string;
  readonly kind: ClaimKind;
  /** Already claimed: nothing to accept. */
  readonly claimed: boolean;
}

const sizes = Object.keys(CLAIM_SIZES) as ClaimSize[];

/** A size picker and an Accept button: a suggestion becomes a claim only when a person says so. */
export function AcceptSuggestion({
  projectId,
  source,
  target,
  kind,
  claimed,
}: AcceptSuggestionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [size, setSize] = useState<ClaimSize>('low');
  const accept = useAcceptSuggestion(projectId);
  if (claimed || accept.isSuccess) {
    return <span className="suggestion__claimed">{t('projects.suggestions.claimed')}</span>;
  }
  return (
    <span className="suggestion__accept">
      <label htmlFor={`${id}-size`} className="visually-hidden">
        {t('projects.suggestions.sizeFor', { target })}
      </label>
      <select
        id={`${id}-size`}
        value={size}
        onChange={(event) => setSize(sizes.find((s) => s === event.target.value) ?? 'low')}
      >
        {sizes.map((option) => (
          <option key={option} value={option}>
            {t(`projects.sizes.${option}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={accept.isPending}
        aria-label={t('projects.suggestions.acceptTarget', {
          target,
          kind: t(`projects.kinds.${kind}`),
        })}
        onClick={() => accept.mutate({ source, target, kind, size })}
      >
        {t('projects.suggestions.accept')}
      </button>
      <FormFailure error={accept.error} />
    </span>
  );
}
