import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEditor } from '../../hooks/use-case-editor.ts';
import { TextField } from '../form/TextField.tsx';
import { FieldErrors } from '../form/TextField.tsx';
import { useFactMessages } from './case-field-messages.ts';

/** One input of a row. */
export interface RowColumn<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly type?: 'text' | 'email' | 'url';
  readonly inputMode?: 'decimal' | 'numeric';
  /** Id of a datalist to suggest values from. */
  readonly list?: string;
  readonly maxLength?: number;
  readonly required?: boolean;
}

/** Props of a list of rows of a fact (results, contacts, photos, links). */
export interface CaseRowsFieldsetProps<K extends string> {
  readonly editor: CaseEditor;
  /** The fact's field name, as the API names its problems (`results`, `contacts.0.email`). */
  readonly field: string;
  readonly legend: string;
  /** The name of one row, numbered ("Result 2"). */
  readonly itemLabel: (n: number) => string;
  readonly columns: readonly RowColumn<K>[];
  readonly rows: readonly Readonly<Record<K, string>>[];
  readonly onChange: (rows: Readonly<Record<K, string>>[]) => void;
  readonly empty: Readonly<Record<K, string>>;
  readonly addLabel: string;
  /** More ways to add a row, after the add button. */
  readonly extra?: ReactNode;
}

/**
 * Rows of a fact, each a small group of labelled inputs with its problems beside them, a
 * button to remove it, and a button to add one.
 */
export function CaseRowsFieldset<K extends string>(props: CaseRowsFieldsetProps<K>) {
  const { t } = useTranslation();
  const messages = useFactMessages(props.editor);
  const { rows, onChange, field } = props;
  const update = (index: number, key: K, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="fieldset case-rows">
      <legend>{props.legend}</legend>
      {rows.length === 0 && <p className="field__hint">{t('cases.editor.noRows')}</p>}
      {rows.map((row, index) => (
        <fieldset key={index} className="case-rows__row">
          <legend>{props.itemLabel(index + 1)}</legend>
          {props.columns.map((column) => (
            <TextField
              key={column.key}
              label={column.label}
              type={column.type ?? 'text'}
              inputMode={column.inputMode}
              list={column.list}
              maxLength={column.maxLength}
              required={column.required}
              value={row[column.key]}
              onChange={(e) => update(index, column.key, e.target.value)}
              errors={messages(`${field}.${index}.${column.key}`)}
            />
          ))}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t('cases.editor.removeRow', { item: props.itemLabel(index + 1) })}
          </button>
        </fieldset>
      ))}
      <FieldErrors errors={messages(field, { exact: true })} />
      <div className="form__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange([...rows, props.empty])}
        >
          {props.addLabel}
        </button>
        {props.extra}
      </div>
    </fieldset>
  );
}
