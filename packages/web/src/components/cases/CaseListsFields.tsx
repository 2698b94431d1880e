import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEditor } from '../../hooks/use-case-editor.ts';
import { resultFromIndicator, type MonitoredIndicator } from '../../lib/case-results.ts';
import { CaseRowsFieldset } from './CaseRowsFieldset.tsx';

const EMPTY_RESULT = { label: '', value: '', unit: '', baseline: '', year: '', seriesCode: '' };

/**
 * Results with numbers, each linked to a series; with the project's monitored indicators to add
 * a result from (its latest actual) and to suggest series codes.
 */
export function CaseResultsFields({
  editor,
  indicators,
}: {
  readonly editor: CaseEditor;
  readonly indicators: readonly MonitoredIndicator[];
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const rows = editor.draft.facts.results;
  const indicator = indicators.find((i) => i.id === chosen);
  const fromIndicator = indicators.length > 0 && (
    <span className="case-rows__from">
      <label htmlFor="case-result-indicator">{t('cases.results.fromIndicator')}</label>
      <select id="case-result-indicator" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t('cases.results.chooseIndicator')}</option>
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {i.name} ({i.unit})
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        aria-disabled={!indicator}
        onClick={() => {
          if (!indicator) return;
          editor.setFacts({ results: [...rows, resultFromIndicator(indicator)] });
          setChosen('');
        }}
      >
        {t('cases.results.addFromIndicator')}
      </button>
    </span>
  );
  return (
    <>
      <datalist id="case-series-codes">
        {indicators
          .filter((i) => i.seriesCode)
          .map((i) => (
            <option key={i.id} value={i.seriesCode ?? ''}>
              {i.name}
            </option>
          ))}
      </datalist>
      <CaseRowsFieldset
        editor={editor}
        field="results"
        legend={t('cases.results.legend')}
        itemLabel={(n) => t('cases.results.item', { n })}
        columns={[
          { key: 'label', label: t('cases.results.label'), required: true, maxLength: 300 },
          { key: 'value', label: t('cases.results.value'), inputMode: 'decimal', required: true },
          { key: 'unit', label: t('cases.results.unit'), maxLength: 50 },
          { key: 'baseline', label: t('cases.results.baseline'), inputMode: 'decimal' },
          { key: 'year', label: t('cases.results.year'), inputMode: 'numeric', maxLength: 4 },
          {
            key: 'seriesCode',
            label: t('cases.results.seriesCode'),
            list: 'case-series-codes',
            maxLength: 64,
          },
        ]}
        rows={rows}
        onChange={(results) => editor.setFacts({ results })}
        empty={EMPTY_RESULT}
        addLabel={t('cases.results.add')}
        extra={fromIndicator}
      />
    </>
  );
}

/** People to contact, photos and links. */
export function CaseContactsAndLinksFields({ editor }: { readonly editor: CaseEditor }) {
  const { t } = useTranslation();
  const { facts } = editor.draft;
  return (
    <>
      <CaseRowsFieldset
        editor={editor}
        field="contacts"
        legend={t('cases.contacts.legend')}
        itemLabel={(n) => t('cases.contacts.item', { n })}
        columns={[
          { key: 'name', label: t('cases.contacts.name'), required: true, maxLength: 200 },
          { key: 'role', label: t('cases.contacts.role'), maxLength: 200 },
          { key: 'email', label: t('cases.contacts.email'), type: 'email' },
        ]}
        rows={facts.contacts}
        onChange={(contacts) => editor.setFacts({ contacts })}
        empty={{ name: '', role: '', email: '' }}
        addLabel={t('cases.contacts.add')}
      />
      <CaseRowsFieldset
        editor={editor}
        field="photos"
        legend={t('cases.photos.legend')}
        itemLabel={(n) => t('cases.photos.item', { n })}
        columns={[
          { key: 'url', label: t('cases.photos.url'), type: 'url', required: true },
          { key: 'text', label: t('cases.photos.caption'), maxLength: 300 },
        ]}
        rows={facts.photos}
        onChange={(photos) => editor.setFacts({ photos })}
        empty={{ url: '', text: '' }}
        addLabel={t('cases.photos.add')}
      />
      <CaseRowsFieldset
        editor={editor}
        field="links"
        legend={t('cases.links.legend')}
        itemLabel={(n) => t('cases.links.item', { n })}
        columns={[
          { key: 'url', label: t('cases.links.url'), type: 'url', required: true },
          { key: 'text', label: t('cases.links.label'), maxLength: 300 },
        ]}
        rows={facts.links}
        onChange={(links) => editor.setFacts({ links })}
        empty={{ url: '', text: '' }}
        addLabel={t('cases.links.add')}
      />
    </>
  );
}
