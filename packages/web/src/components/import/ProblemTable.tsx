import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../api/observation-types.ts';
import { VisibleText } from './VisibleText.tsx';

/** Props of the problem table. */
export interface ProblemTableProps {
  readonly problems: readonly ImportProblem[];
  /** Every problem found, when more were found than listed. */
  readonly total: number;
}

/** Where each problem is (file, row, column), the text found there made visible, and what was expected. */
export function ProblemTable({ problems, total }: ProblemTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table problem-table">
        <caption className="problem-table__caption">
          {t('import.problemsCaption', { count: total })}
          {total > problems.length && ` ${t('import.problemsShown', { count: problems.length })}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.file')}</th>
            <th scope="col" className="numeric">
              {t('import.row')}
            </th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.found')}</th>
            <th scope="col">{t('import.expected')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, i) => (
            <tr key={`${problem.file}-${problem.row}-${problem.column ?? ''}-${i}`}>
              <td className="problem-table__file">{problem.file}</td>
              <th scope="row" className="numeric">
                {problem.row === 0 ? t('import.wholeFile') : problem.row}
              </th>
              <td>{problem.column ?? '—'}</td>
              <td>{problem.text === undefined ? '—' : <VisibleText text={problem.text} />}</td>
              <td>{problem.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">{t('import.whitespaceLegend')}</p>
    </div>
  );
}
