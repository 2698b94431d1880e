import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEditor } from '../../hooks/use-case-editor.ts';
import { addableLanguages } from '../../lib/case-form.ts';
import { useCaseLanguageName } from './CaseStatusBadge.tsx';

/** Props of a part of the case editor that knows the case's original language. */
export interface CaseEditorPartProps {
  readonly editor: CaseEditor;
  /** The language the case was first written in. */
  readonly originalLang: string;
}

/** The id of the tab panel that holds the texts of the open language. */
export const CASE_TEXT_PANEL_ID = 'case-text-panel';

/**
 * One tab per language version (the original marked, unsaved and refused ones flagged), moved
 * between with the arrow keys, and a way to add a version in another language.
 */
export function CaseLanguageTabs({ editor, originalLang }: CaseEditorPartProps) {
  const { t } = useTranslation();
  const name = useCaseLanguageName();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const { langs } = editor.draft;
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? langs.length - 1 : undefined;
    if (step === undefined && target === undefined) return;
    event.preventDefault();
    const next = target ?? (index + (step ?? 0) + langs.length) % langs.length;
    editor.setActive(langs[next]!);
    tabs.current[next]?.focus();
  };
  return (
    <div className="case-tabs">
      <div role="tablist" aria-label={t('cases.editor.versions')} className="case-tabs__list">
        {langs.map((lang, index) => {
          const selected = lang === editor.active;
          const marks = [
            lang === originalLang ? t('cases.editor.original') : '',
            editor.changed.includes(lang) ? t('cases.editor.unsaved') : '',
            editor.textErrors.has(lang) ? t('cases.editor.hasProblems') : '',
          ].filter(Boolean);
          return (
            <button
              key={lang}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`case-tab-${lang}`}
              aria-selected={selected}
              aria-controls={CASE_TEXT_PANEL_ID}
              tabIndex={selected ? 0 : -1}
              className="case-tabs__tab"
              onClick={() => editor.setActive(lang)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {name(lang)}
              {marks.length > 0 && <span className="case-tabs__mark"> ({marks.join(', ')})</span>}
            </button>
          );
        })}
      </div>
      <AddLanguage editor={editor} />
    </div>
  );
}

function AddLanguage({ editor }: { readonly editor: CaseEditor }) {
  const { t } = useTranslation();
  const name = useCaseLanguageName();
  const options = addableLanguages(editor.draft.langs);
  const [lang, setLang] = useState('');
  if (options.length === 0) return null;
  const chosen = options.includes(lang as (typeof options)[number]) ? lang : '';
  return (
    <div className="case-tabs__add">
      <label htmlFor="case-add-language">{t('cases.editor.addLanguage')}</label>
      <select id="case-add-language" value={chosen} onChange={(e) => setLang(e.target.value)}>
        <option value="">{t('cases.editor.chooseLanguage')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {name(option)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        aria-disabled={chosen === ''}
        onClick={() => {
          if (chosen === '') return;
          editor.addLanguage(chosen);
          setLang('');
          // The new tab is drawn on the next frame; move focus to it so typing can start.
          requestAnimationFrame(() => document.getElementById(`case-tab-${chosen}`)?.focus());
        }}
      >
        {t('cases.editor.addVersion')}
      </button>
    </div>
  );
}
