import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../api/cases-types.ts';

const BADGE: Record<CaseStatus, string> = {
  draft: 'badge--draft',
  submitted: 'badge--submitted',
  published: 'badge--approved',
  returned: 'badge--returned',
};

/** Where a case is in its review, as a badge: draft, submitted, published or returned. */
export function CaseStatusBadge({ status }: { readonly status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${BADGE[status]}`}>{t(`cases.statuses.${status}`)}</span>;
}

/** The name of a case language in the interface language ("Khmer"), or its tag when unknown. */
export function useCaseLanguageName(): (lang: string) => string {
  const { t } = useTranslation();
  return (lang) => t(`cases.languages.${lang}`, { defaultValue: lang });
}
