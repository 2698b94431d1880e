import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../api/observation-types.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { useSeriesSearch } from '../../hooks/use-series-search.ts';
import { unitLabel } from '../../lib/units.ts';

/** Props of the series picker. */
export interface SeriesPickerProps {
  readonly onPick: (series: Series) => void;
}

/** Find a series by code, name or indicator number, and choose it (buttons: Tab and Enter). */
export function SeriesPicker({ onPick }: SeriesPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text);
  const search = useSeriesSearch(settled);
  const ready = text.trim().length >= 2;
  const items = ready ? (search.data?.items ?? []) : [];
  return (
    <div className="series-picker">
      <div className="field field--search">
        <label htmlFor={id}>{t('entry.seriesSearch')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('entry.seriesSearchHint')}
        </span>
        <input
          id={id}
          type="search"
          value={text}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <p id={`${id}-status`} role="status" className="series-picker__status">
        {!ready
          ? ''
          : search.isError
            ? t('failure.network')
            : search.isFetching && items.length === 0
              ? t('status.loading')
              : t('entry.seriesFound', { count: search.data?.total ?? 0 })}
      </p>
      {items.length > 0 && (
        <ul className="series-picker__list">
          {items.map((series) => (
            <li key={series.code}>
              <button
                type="button"
                className="series-picker__option"
                onClick={() => onPick(series)}
              >
                <span className="series-picker__name">{series.name}</span>
                <span className="series-picker__code">
                  {series.code} · {unitLabel(series.unit)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
