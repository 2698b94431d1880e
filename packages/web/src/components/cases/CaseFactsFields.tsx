import { DIMENSIONS, PROJECT_THEMES } from '@frontrunner/domain';
import { useTranslation } from 'react-i18next';
import type { CaseEditor } from '../../hooks/use-case-editor.ts';
import { TextField } from '../form/TextField.tsx';
import { FieldErrors } from '../form/TextField.tsx';
import { useFactMessages } from './case-field-messages.ts';

/** The language-neutral facts: theme, SDG targets, dimensions, cost and partners. */
export function CaseFactsFields({ editor }: { readonly editor: CaseEditor }) {
  const { t } = useTranslation();
  const messages = useFactMessages(editor);
  const { facts } = editor.draft;
  const set = editor.setFacts;
  return (
    <div className="case-edit-facts">
      <div className="field">
        <label htmlFor="case-theme">{t('cases.facts.theme')}</label>
        <select
          id="case-theme"
          value={facts.theme}
          onChange={(e) => set({ theme: e.target.value })}
        >
          <option value="">{t('cases.facts.noTheme')}</option>
          {PROJECT_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`projects.themes.${theme}`)}
            </option>
          ))}
        </select>
        <FieldErrors errors={messages('theme')} />
      </div>
      <TextField
        label={t('cases.facts.targets')}
        hint={t('cases.facts.targetsHint')}
        value={facts.targets}
        onChange={(e) => set({ targets: e.target.value })}
        errors={messages('targets')}
      />
      <fieldset className="fieldset case-edit-facts__dimensions">
        <legend>{t('cases.facts.dimensions')}</legend>
        {DIMENSIONS.map((dimension) => (
          <label key={dimension} className="check">
            <input
              type="checkbox"
              checked={facts.dimensions.includes(dimension)}
              onChange={(e) =>
                set({
                  dimensions: e.target.checked
                    ? [...facts.dimensions, dimension]
                    : facts.dimensions.filter((d) => d !== dimension),
                })
              }
            />{' '}
            {t(`projects.dimensions.${dimension}`)}
          </label>
        ))}
        <FieldErrors errors={messages('dimensions')} />
      </fieldset>
      <div className="case-edit-facts__row">
        <TextField
          label={t('cases.facts.cost')}
          inputMode="decimal"
          value={facts.cost}
          onChange={(e) => set({ cost: e.target.value })}
          errors={messages('cost')}
        />
        <TextField
          label={t('cases.facts.currency')}
          hint={t('cases.facts.currencyHint')}
          maxLength={3}
          value={facts.currency}
          onChange={(e) => set({ currency: e.target.value })}
          errors={messages('currency')}
        />
      </div>
      <div className="field">
        <label htmlFor="case-partners">{t('cases.facts.partners')}</label>
        <span id="case-partners-hint" className="field__hint">
          {t('cases.facts.partnersHint')}
        </span>
        <textarea
          id="case-partners"
          rows={3}
          value={facts.partners}
          aria-describedby="case-partners-hint"
          onChange={(e) => set({ partners: e.target.value })}
        />
        <FieldErrors errors={messages('partners')} />
      </div>
    </div>
  );
}
