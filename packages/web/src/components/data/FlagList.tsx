import { useTranslation } from 'react-i18next';
import type { ObservationFlags } from '../../api/observation-types.ts';

/** A value's flags in words (estimated, provisional, break in series); nothing for a plain value. */
export function FlagList({ flags }: { readonly flags: ObservationFlags }) {
  const { t } = useTranslation();
  const names = [
    flags.estimated && t('flags.estimated'),
    flags.provisional && t('flags.provisional'),
    flags.breakInSeries && t('flags.breakInSeries'),
  ].filter((name): name is string => Boolean(name));
  if (names.length === 0) return null;
  return (
    <span className="flag-list">
      {names.map((name) => (
        <span key={name} className="flag">
          {name}
        </span>
      ))}
    </span>
  );
}
