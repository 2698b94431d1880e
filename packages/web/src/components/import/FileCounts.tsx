import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../api/observation-types.ts';

/** Props of one file's counts. */
export interface FileCountsProps {
  readonly name: string;
  readonly result: ImportResult;
}

/** What a file holds and what importing it does (or would do): rows, new, changed, unchanged, problems. */
export function FileCounts({ name, result }: FileCountsProps) {
  const { t } = useTranslation();
  const verb = result.committed ? 'done' : 'would';
  return (
    <div className="file-counts">
      <h3 className="file-counts__name">{name}</h3>
      <dl className="file-counts__list">
        <div>
          <dt>{t('import.counts.rows')}</dt>
          <dd>{result.rows}</dd>
        </div>
        <div>
          <dt>{t(`import.counts.${verb}.inserted`)}</dt>
          <dd>{result.inserted}</dd>
        </div>
        <div>
          <dt>{t(`import.counts.${verb}.changed`)}</dt>
          <dd>{result.changed}</dd>
        </div>
        <div>
          <dt>{t('import.counts.unchanged')}</dt>
          <dd>{result.unchanged}</dd>
        </div>
        <div className={result.problemCount > 0 ? 'file-counts__bad' : undefined}>
          <dt>{t('import.counts.problems')}</dt>
          <dd>{result.problemCount}</dd>
        </div>
      </dl>
    </div>
  );
}
