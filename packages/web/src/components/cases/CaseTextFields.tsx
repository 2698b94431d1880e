import { useTranslation } from 'react-i18next';
import { CASE_TEXT_FIELDS, textDraft, type CaseTextField } from '../../lib/case-form.ts';
import { FieldErrors } from '../form/TextField.tsx';
import { CASE_TEXT_PANEL_ID, type CaseEditorPartProps } from './CaseLanguageTabs.tsx';
import { useCaseLanguageName } from './CaseStatusBadge.tsx';

/** The longest text of each part, as the API allows (knowledge.schema.ts). */
const MAX_LENGTH: Record<CaseTextField, number> = {
  title: 300,
  summary: 2000,
  problem: 10000,
  actions: 20000,
  resultsText: 10000,
  costsText: 5000,
  whatWorked: 10000,
  whatDidNot: 10000,
  howToReplicate: 10000,
};

/**
 * The written parts of the open language version, with the API's problems beside each field,
 * and, in a translation, the original's text of each part to translate from.
 */
export function CaseTextFields({ editor, originalLang }: CaseEditorPartProps) {
  const { t } = useTranslation();
  const name = useCaseLanguageName();
  const { active } = editor;
  const text = editor.draft.texts[active] ?? textDraft();
  const original = active === originalLang ? undefined : editor.draft.texts[originalLang];
  const errorsOf = (field: CaseTextField) => editor.textErrors.get(active)?.get(field) ?? [];
  return (
    <div
      role="tabpanel"
      id={CASE_TEXT_PANEL_ID}
      aria-labelledby={`case-tab-${active}`}
      lang={active}
      className="case-texts"
    >
      {CASE_TEXT_FIELDS.map((field) => {
        const id = `case-${field}`;
        const errors = errorsOf(field);
        const from = original?.[field];
        const describedBy = [from ? `${id}-original` : '', errors.length ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ');
        const common = {
          id,
          value: text[field],
          maxLength: MAX_LENGTH[field],
          'aria-invalid': errors.length > 0 || undefined,
          'aria-describedby': describedBy || undefined,
          onChange: (event: { target: { value: string } }) =>
            editor.setText(field, event.target.value),
        };
        return (
          <div key={field} className="field">
            <label htmlFor={id}>{t(`cases.fields.${field}`)}</label>
            {from && (
              <details className="case-original" id={`${id}-original`}>
                <summary>{t('cases.editor.originalText', { lang: name(originalLang) })}</summary>
                <p lang={originalLang}>{from}</p>
              </details>
            )}
            {field === 'title' ? (
              <input {...common} required />
            ) : (
              <textarea {...common} rows={field === 'summary' ? 3 : 5} />
            )}
            <FieldErrors id={`${id}-error`} errors={errors} />
          </div>
        );
      })}
    </div>
  );
}
