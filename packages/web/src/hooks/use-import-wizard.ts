import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { importFile } from '../api/data-files.api.ts';
import type { ImportFormat, ImportResult } from '../api/observation-types.ts';

/** The steps of an import. */
export type ImportStep = 'choose' | 'checking' | 'preview' | 'importing' | 'done';

/** What one file gave. */
export interface FileOutcome {
  readonly file: File;
  readonly result: ImportResult;
}

/** An SDG indicator number such as `11.6.1`. */
const INDICATOR = /^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/;

/** The import wizard's state and steps. */
export interface ImportWizard {
  readonly step: ImportStep;
  readonly files: readonly File[];
  readonly setFiles: (files: readonly File[]) => void;
  readonly format: ImportFormat;
  readonly setFormat: (format: ImportFormat) => void;
  readonly indicator: string;
  readonly setIndicator: (indicator: string) => void;
  /** The indicator typed is not a number such as 11.6.1 (empty is fine). */
  readonly indicatorInvalid: boolean;
  /** True after trying to check without a file. */
  readonly filesMissing: boolean;
  /** Dry runs, then real runs, one per file. */
  readonly outcomes: readonly FileOutcome[];
  /** Every file passed its dry run: the import may be confirmed. */
  readonly clean: boolean;
  readonly error: unknown;
  readonly check: () => void;
  readonly confirm: () => void;
  /** Back to choosing files, keeping the format and indicator. */
  readonly restart: () => void;
}

/**
 * Upload → preview → confirm: each file is first sent as a dry run (every problem, nothing
 * written); only when no file has a problem can the import be confirmed, which sends them
 * again for real (each file all or nothing).
 */
export function useImportWizard(slug: string): ImportWizard {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<ImportStep>('choose');
  const [files, setFiles] = useState<readonly File[]>([]);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [indicator, setIndicator] = useState('');
  const [filesMissing, setFilesMissing] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly FileOutcome[]>([]);
  const [error, setError] = useState<unknown>();
  const trimmed = indicator.trim();
  const indicatorInvalid = trimmed !== '' && !INDICATOR.test(trimmed);

  const run = async (dryRun: boolean) => {
    setError(undefined);
    setStep(dryRun ? 'checking' : 'importing');
    const done: FileOutcome[] = [];
    try {
      for (const file of files) {
        const options = { format, dryRun, ...(trimmed ? { indicator: trimmed } : {}) };
        done.push({ file, result: await importFile(slug, file, options) });
        setOutcomes([...done]);
      }
      setStep(dryRun ? 'preview' : 'done');
    } catch (cause) {
      setError(cause);
      setOutcomes(done);
      setStep(dryRun ? 'choose' : done.length > 0 ? 'done' : 'preview');
    } finally {
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: ['observations'] });
    }
  };

  return {
    step,
    files,
    setFiles: (next) => {
      setFiles(next);
      if (next.length > 0) setFilesMissing(false);
    },
    format,
    setFormat,
    indicator,
    setIndicator,
    indicatorInvalid,
    filesMissing,
    outcomes,
    clean: outcomes.length > 0 && outcomes.every((o) => o.result.problemCount === 0),
    error,
    check: () => {
      if (files.length === 0) {
        setFilesMissing(true);
        return;
      }
      if (indicatorInvalid) return;
      setOutcomes([]);
      void run(true);
    },
    confirm: () => void run(false),
    restart: () => {
      setStep('choose');
      setFiles([]);
      setOutcomes([]);
      setError(undefined);
    },
  };
}
