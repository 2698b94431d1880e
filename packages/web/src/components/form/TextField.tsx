import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** Props of a labelled text input. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  readonly label: string;
  /** Shown under the label, before any error. */
  readonly hint?: ReactNode;
  /** Problems with the value, shown next to the field and announced with it. */
  readonly errors?: readonly string[] | undefined;
}

/** A label, an input, its hint and its errors, tied together for assistive technology. */
export function TextField({ label, hint, errors = [], className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', errors.length > 0 ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** Props of a field's error list. */
export interface FieldErrorsProps {
  readonly id?: string;
  readonly errors: readonly string[];
}

/** The problems with one field, in words, next to it. */
export function FieldErrors({ id, errors }: FieldErrorsProps) {
  if (errors.length === 0) return null;
  return (
    <span id={id} className="field__error">
      {errors.map((message) => (
        <span key={message} className="field__error-line">
          {message}
        </span>
      ))}
    </span>
  );
}
