import { useTranslation } from 'react-i18next';
import type { ImportNote } from '../../api/observation-types.ts';
import { VisibleText } from './VisibleText.tsx';

/** What the importer fixed on its own or wants known (not problems), folded away. */
export function ImportNotes({ notes }: { readonly notes: readonly ImportNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <details className="import-notes">
      <summary>{t('import.notes', { count: notes.length })}</summary>
      <ul>
        {notes.map((note, i) => (
          <li key={`${note.row}-${note.column ?? ''}-${i}`}>
            {t('import.noteAt', { row: note.row, column: note.column ?? '—' })}{' '}
            {note.text !== undefined && <VisibleText text={note.text} />} {note.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
