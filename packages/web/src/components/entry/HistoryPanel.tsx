import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../api/observation-types.ts';
import { useObservationHistory } from '../../hooks/use-observation-changes.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { describeChanger } from '../../lib/who.ts';
import { formatValue } from '../../lib/units.ts';
import { FlagList } from '../data/FlagList.tsx';
import { QueryResult } from '../QueryResult.tsx';

const knownChanges = [
  'created',
  'changed',
  'deleted',
  'restored',
  'submitted',
  'approved',
  'returned',
] as const;

function isKnownChange(change: string): change is (typeof knownChanges)[number] {
  return (knownChanges as readonly string[]).includes(change);
}

/** Props of the history panel. */
export interface HistoryPanelProps {
  readonly observationId: string;
  /** What the value is ("2019, All"), for the heading. */
  readonly title: string;
  readonly series: Series | undefined;
  readonly onClose: () => void;
}

/**
 * Every version of one value, newest first: who changed it, when, what the change was, the
 * value and flags then, and the reason or the reviewer's comment. Escape closes it.
 */
export function HistoryPanel({ observationId, title, series, onClose }: HistoryPanelProps) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const history = useObservationHistory(observationId);
  const selfId = useSession().data?.user?.id;
  useEffect(() => heading.current?.focus(), [observationId]);
  const who = (changedBy: string) => {
    const changer = describeChanger(changedBy, selfId);
    return changer.kind === 'token' || changer.kind === 'account'
      ? t(`history.by.${changer.kind}`, { id: changer.id })
      : t(`history.by.${changer.kind}`);
  };
  return (
    <aside
      className="history-panel"
      aria-labelledby="history-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="history-panel__head">
        <h2 id="history-heading" ref={heading} tabIndex={-1}>
          {t('history.title', { value: title })}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <QueryResult query={history}>
        {(versions) => (
          <ol className="history-list" reversed>
            {[...versions].reverse().map((version) => (
              <li key={version.version} className="history-list__item">
                <p className="history-list__change">
                  <strong>
                    {isKnownChange(version.change)
                      ? t(`history.change.${version.change}`)
                      : version.change}
                  </strong>{' '}
                  <span className="muted">{t('history.version', { number: version.version })}</span>
                </p>
                <p className="history-list__meta">
                  {formatDateTime(version.changedAt, i18n.language)} · {who(version.changedBy)}
                </p>
                <p className="history-list__value">
                  {version.deleted
                    ? t('history.deleted')
                    : formatValue(version.value, series?.decimals ?? 6, i18n.language)}{' '}
                  <FlagList flags={version.flags} />
                </p>
                {version.footnote && <p className="history-list__note">{version.footnote}</p>}
                {version.reason && (
                  <p className="history-list__reason">
                    {t('history.reason', { reason: version.reason })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </QueryResult>
    </aside>
  );
}
