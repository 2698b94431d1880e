import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentCriterion } from '../../api/graduation-types.ts';
import { EvidenceList } from '../capacity/EvidenceList.tsx';

/** The kinds of evidence the platform has a page for. */
const PAGE_KINDS = new Set([
  'priority_goals',
  'data_coverage',
  'survey_awareness',
  'report',
  'project',
]);

/** A link to the page where a reader checks one kind of evidence. */
function EvidencePageLink({ kind, slug }: { readonly kind: string; readonly slug: string }) {
  const { t } = useTranslation();
  const label = t(`graduation.evidencePages.${kind}` as 'graduation.evidencePages.report', {
    defaultValue: '',
  });
  if (!label) return null;
  switch (kind) {
    case 'priority_goals':
      return (
        <Link to="/cities/$slug" params={{ slug }}>
          {label}
        </Link>
      );
    case 'data_coverage':
      return (
        <Link to="/cities/$slug/dashboard" params={{ slug }}>
          {label}
        </Link>
      );
    case 'survey_awareness':
      return (
        <Link to="/cities/$slug/readiness" params={{ slug }} hash="awareness-heading">
          {label}
        </Link>
      );
    case 'report':
      return (
        <Link to="/cities/$slug/reports" params={{ slug }}>
          {label}
        </Link>
      );
    case 'project':
      return (
        <Link to="/projects" search={{ city: slug }}>
          {label}
        </Link>
      );
    default:
      return null;
  }
}

/**
 * A criterion's evidence: what the platform computed from the city's own data, links to the
 * pages where it can be checked, and the links the city attached.
 */
export function CriterionEvidence({
  criterion,
  kinds,
  slug,
}: {
  readonly criterion: AssessmentCriterion;
  /** Evidence kinds the rubric asks for this criterion. */
  readonly kinds: readonly string[];
  readonly slug: string;
}) {
  const { t } = useTranslation();
  const computed = Object.keys(criterion.computed).length > 0;
  const pages = kinds.filter((kind) => PAGE_KINDS.has(kind));
  return (
    <div className="assessment-evidence">
      <h4>{t('graduation.computed')}</h4>
      {computed ? (
        <EvidenceList evidence={criterion.computed} />
      ) : (
        <p className="small muted">{t('graduation.noComputed')}</p>
      )}
      {pages.length > 0 && (
        <ul className="assessment-evidence__pages">
          {pages.map((kind) => (
            <li key={kind}>
              <EvidencePageLink kind={kind} slug={slug} />
            </li>
          ))}
        </ul>
      )}
      {criterion.evidence.length > 0 && (
        <>
          <h4>{t('graduation.attached')}</h4>
          <ul>
            {criterion.evidence.map((link) => (
              <li key={`${link.url}-${link.title}`}>
                <a href={link.url} rel="noopener noreferrer" target="_blank">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
