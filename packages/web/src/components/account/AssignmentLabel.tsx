import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../api/account-types.ts';
import { useCountryName } from '../../hooks/use-country-name.ts';

/** A role with its scope in words: "City editor · Phnom Penh", "Focal point · Cambodia". */
export function AssignmentLabel({ assignment }: { readonly assignment: Assignment }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const scope = assignment.city
    ? assignment.city.name
    : assignment.country
      ? countryName(assignment.country)
      : undefined;
  return (
    <span className="assignment">
      <span className="assignment__role">{t(`roles.${assignment.role}`)}</span>
      {scope && <span className="assignment__scope"> · {scope}</span>}
    </span>
  );
}

/** Every role of a user or token, or "no role". */
export function AssignmentList({ assignments }: { readonly assignments: readonly Assignment[] }) {
  const { t } = useTranslation();
  if (assignments.length === 0) return <span className="muted">{t('roles.none')}</span>;
  return (
    <ul className="assignment-list">
      {assignments.map((assignment) => (
        <li key={`${assignment.role}|${assignment.country ?? ''}|${assignment.city?.slug ?? ''}`}>
          <AssignmentLabel assignment={assignment} />
        </li>
      ))}
    </ul>
  );
}
