import type { Disaggregation } from '@frontrunner/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeDisaggregation } from '../../lib/disaggregation.ts';
import { acceptedYears, checkDisaggregation, checkYear } from '../../lib/grid-additions.ts';
import { TextField } from '../form/TextField.tsx';

/** Props of the grid's toolbar. */
export interface GridToolbarProps {
  readonly onAddYear: (year: number) => void;
  readonly onAddDisaggregation: (disaggregation: Disaggregation) => void;
  /** Disaggregations to offer with one click (those of the country's values). */
  readonly suggestions: readonly Disaggregation[];
  readonly countryName: string;
}

/** Add rows: a year (checked against the accepted years) or a disaggregation. */
export function GridToolbar({
  onAddYear,
  onAddDisaggregation,
  suggestions,
  countryName,
}: GridToolbarProps) {
  const { t } = useTranslation();
  const id = useId();
  const range = acceptedYears();
  const [year, setYear] = useState('');
  const [yearTried, setYearTried] = useState(false);
  const [dimension, setDimension] = useState('');
  const [value, setValue] = useState('');
  const [dimTried, setDimTried] = useState(false);
  const yearCheck = checkYear(year, range);
  const dimCheck = checkDisaggregation(dimension, value);

  const addYear = (event: FormEvent) => {
    event.preventDefault();
    setYearTried(true);
    if (!yearCheck.ok) return;
    onAddYear(yearCheck.year);
    setYear('');
    setYearTried(false);
  };
  const addDimension = (event: FormEvent) => {
    event.preventDefault();
    setDimTried(true);
    if (!dimCheck.ok) return;
    onAddDisaggregation(dimCheck.disaggregation);
    setDimension('');
    setValue('');
    setDimTried(false);
  };
  const yearErrors =
    (yearTried || year.length >= 4) && !yearCheck.ok
      ? [t(`entry.year.${yearCheck.problem}`, { min: range.min, max: range.max })]
      : [];

  return (
    <div className="grid-toolbar">
      <form
        className="grid-toolbar__form"
        onSubmit={addYear}
        noValidate
        aria-labelledby={`${id}-y`}
      >
        <h3 id={`${id}-y`} className="grid-toolbar__title">
          {t('entry.addYearTitle')}
        </h3>
        <TextField
          label={t('data.year')}
          inputMode="numeric"
          autoComplete="off"
          value={year}
          onChange={(event) => setYear(event.target.value)}
          errors={yearErrors}
          hint={t('entry.yearHint', { min: range.min, max: range.max })}
        />
        <button type="submit" className="button button--quiet button--small">
          {t('entry.addYear')}
        </button>
      </form>
      <form
        className="grid-toolbar__form"
        onSubmit={addDimension}
        noValidate
        aria-labelledby={`${id}-d`}
      >
        <h3 id={`${id}-d`} className="grid-toolbar__title">
          {t('entry.addDisaggregationTitle')}
        </h3>
        <TextField
          label={t('entry.dimension')}
          hint={t('entry.dimensionHint')}
          autoComplete="off"
          value={dimension}
          onChange={(event) => setDimension(event.target.value)}
          errors={
            dimTried && !dimCheck.ok && dimCheck.problem === 'bad-dimension'
              ? [t('entry.badDimension')]
              : []
          }
        />
        <TextField
          label={t('entry.dimensionValue')}
          autoComplete="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          errors={
            dimTried && !dimCheck.ok && dimCheck.problem !== 'bad-dimension'
              ? [t('entry.badDimensionValue')]
              : []
          }
        />
        <button type="submit" className="button button--quiet button--small">
          {t('entry.addDisaggregation')}
        </button>
        {suggestions.length > 0 && (
          <div className="grid-toolbar__suggestions">
            <p className="field__hint">{t('entry.suggestions', { country: countryName })}</p>
            {suggestions.map((d) => {
              const label = describeDisaggregation(d, '');
              return (
                <button
                  key={label}
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => onAddDisaggregation(d)}
                >
                  {t('entry.addSuggestion', { disaggregation: label })}
                </button>
              );
            })}
          </div>
        )}
      </form>
    </div>
  );
}
