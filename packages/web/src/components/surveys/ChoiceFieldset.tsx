import type { ReactNode } from 'react';
import { FieldErrors } from '../form/TextField.tsx';

/** Props of a group of radio buttons with its legend and errors. */
export interface ChoiceFieldsetProps<T extends string> {
  readonly legend: string;
  /** Name of the radio group; also prefixes the error's id. */
  readonly name: string;
  readonly options: readonly { readonly value: T; readonly label: ReactNode }[];
  readonly value: T | '';
  readonly onChange: (value: T) => void;
  readonly errors: readonly string[];
}

/** One choice among a few, as radio buttons in a fieldset, its errors announced with it. */
export function ChoiceFieldset<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  errors,
}: ChoiceFieldsetProps<T>) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="fieldset"
      aria-invalid={errors.length > 0 || undefined}
      aria-describedby={errors.length > 0 ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
