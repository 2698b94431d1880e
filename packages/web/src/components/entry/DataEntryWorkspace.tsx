import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../api/observation-types.ts';
import type { City } from '../../api/types.ts';
import { useDataEntry } from '../../hooks/use-data-entry.ts';
import { describeDisaggregation } from '../../lib/disaggregation.ts';
import { QueryResult } from '../QueryResult.tsx';
import { EntryGrid } from './EntryGrid.tsx';
import { GridToolbar } from './GridToolbar.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { SaveBar } from './SaveBar.tsx';
import { SubmitBar } from './SubmitBar.tsx';
import { useCountryName } from '../../hooks/use-country-name.ts';

/** Props of the workspace of one series. */
export interface DataEntryWorkspaceProps {
  readonly city: City;
  readonly series: Series;
}

/** The grid of one series with its toolbar, save and submit bars, and the history panel. */
export function DataEntryWorkspace({ city, series }: DataEntryWorkspaceProps) {
  const { t } = useTranslation();
  const country = useCountryName();
  const entry = useDataEntry(city, series.code);
  const [historyKey, setHistoryKey] = useState<string>();
  const [historyOpener, setHistoryOpener] = useState<HTMLElement | null>(null);
  const historyRow = entry.grid.rows.find((row) => row.key === historyKey);
  const closeHistory = () => {
    setHistoryKey(undefined);
    historyOpener?.focus();
  };
  return (
    <QueryResult query={entry.values}>
      {() => (
        <div className="entry-workspace">
          <p className="entry-keys small muted">{t('entry.keysHint')}</p>
          <EntryGrid
            grid={entry.grid}
            selected={entry.selected}
            onSelect={entry.select}
            comments={entry.comments}
            errorsByRow={entry.errorsByRow}
            onHistory={(key) => {
              setHistoryOpener(document.activeElement as HTMLElement | null);
              setHistoryKey(key);
            }}
          />
          <GridToolbar
            onAddYear={entry.grid.addYear}
            onAddDisaggregation={entry.grid.addDisaggregation}
            suggestions={entry.suggestions}
            countryName={country(city.country)}
          />
          <div className="entry-bars">
            <SaveBar entry={entry} />
            <SubmitBar entry={entry} />
          </div>
          {historyRow?.saved && (
            <HistoryPanel
              observationId={historyRow.saved.id}
              series={series}
              title={`${historyRow.year}, ${describeDisaggregation(historyRow.disaggregation, t('data.headline'))}`}
              onClose={closeHistory}
            />
          )}
        </div>
      )}
    </QueryResult>
  );
}
