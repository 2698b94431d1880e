import { useTranslation } from 'react-i18next';
import type { CaseEditor } from '../../hooks/use-case-editor.ts';
import { errorsUnder } from '../../lib/field-errors.ts';

/**
 * The messages about a fact field and everything under it (or about that field alone, when
 * `exact`): problems found before sending (in the interface language) and the API's (as the
 * server words them).
 */
export function useFactMessages(
  editor: CaseEditor,
): (field: string, options?: { readonly exact?: boolean }) => readonly string[] {
  const { t } = useTranslation();
  return (field, { exact = false } = {}) => {
    const about = (key: string) => key === field || (!exact && key.startsWith(`${field}.`));
    return [
      ...editor.problems.filter((p) => about(p.field)).map((p) => t(`cases.problems.${p.problem}`)),
      ...(exact ? (editor.errors.get(field) ?? []) : errorsUnder(editor.errors, field)),
    ];
  };
}
