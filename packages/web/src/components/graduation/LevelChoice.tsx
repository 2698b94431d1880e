import { useTranslation } from 'react-i18next';
import type { RubricLevel } from '../../api/graduation-types.ts';

const LEVELS: readonly RubricLevel[] = [0, 1, 2, 3];

/**
 * Levels 0–3 of a criterion with what each means: radio buttons when `onChange` is given,
 * otherwise a list marking the city's level, the reviewer's and the level the stage needs.
 */
export function LevelChoice({
  name,
  legend,
  descriptors,
  needed,
  value,
  onChange,
  marks = {},
  error,
}: {
  readonly name: string;
  readonly legend: string;
  readonly descriptors: readonly string[];
  readonly needed: number;
  readonly value?: RubricLevel | null;
  readonly onChange?: (level: RubricLevel) => void;
  /** Who chose which level, shown beside it (read-only and in the form). */
  readonly marks?: Partial<Record<RubricLevel, string>>;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation();
  const describe = (level: RubricLevel) => descriptors[level] ?? t('graduation.levelN', { level });
  const note = (level: RubricLevel) =>
    [level === needed ? t('graduation.neededMark') : null, marks[level] ?? null]
      .filter(Boolean)
      .join(' · ');
  if (!onChange)
    return (
      <ol start={0} className="level-choice level-choice--read" aria-label={legend}>
        {LEVELS.map((level) => (
          <li key={level} className={marks[level] ? 'level-choice__chosen' : undefined}>
            <span className="level-choice__number">{level}</span> {describe(level)}
            {note(level) && <span className="level-choice__note"> — {note(level)}</span>}
          </li>
        ))}
      </ol>
    );
  return (
    <fieldset
      className="level-choice"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {LEVELS.map((level) => (
        <label key={level} className="level-choice__option">
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
          />
          <span>
            <span className="level-choice__number">{level}</span> {describe(level)}
            {note(level) && <span className="level-choice__note"> — {note(level)}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p id={`${name}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
