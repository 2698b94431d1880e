import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricVersion } from '../api/rubric.api.ts';
import '../components/capacity/capacity.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { RubricEditor } from '../components/rubric/RubricEditor.tsx';
import { RubricView } from '../components/rubric/RubricView.tsx';
import { EmptyState } from '../components/StatusMessages.tsx';
import '../components/surveys/surveys.css';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useRubricVersions } from '../hooks/use-rubric-editor.ts';
import { useSession } from '../hooks/use-session.ts';
import { allows } from '../lib/access.ts';

/**
 * The graduation rubric, the programme's published standard: the current version for everyone,
 * earlier versions below it, and for the secretariat an editor that publishes a new version.
 */
export function RubricPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('rubricEditor.title'));
  const versions = useRubricVersions();
  return (
    <article className="capacity-page">
      <h1>{t('rubricEditor.title')}</h1>
      <p className="lead">{t('rubricEditor.intro')}</p>
      <QueryResult query={versions}>
        {(items) =>
          items[0] ? (
            <RubricBody
              versions={items}
              current={items[0]}
              reload={async () => (await versions.refetch()).data?.[0]}
            />
          ) : (
            <EmptyState title={t('rubricEditor.none')} />
          )
        }
      </QueryResult>
    </article>
  );
}

function RubricBody({
  versions,
  current,
  reload,
}: {
  readonly versions: readonly RubricVersion[];
  readonly current: RubricVersion;
  readonly reload: () => Promise<RubricVersion | undefined>;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = allows(session.data, 'rubric.manage');
  const [editing, setEditing] = useState(false);
  const [published, setPublished] = useState<number | undefined>();
  return (
    <>
      {published !== undefined && (
        <p className="notice" role="status">
          {t('rubricEditor.published', { version: published })}
        </p>
      )}
      {editing ? (
        <RubricEditor
          current={current}
          onPublished={(rubric) => {
            setPublished(rubric.version);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
          onReload={reload}
        />
      ) : (
        <section aria-labelledby="current-heading">
          <h2 id="current-heading">{t('rubricEditor.current', { version: current.version })}</h2>
          {canEdit && (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setPublished(undefined);
                  setEditing(true);
                }}
              >
                {t('rubricEditor.edit')}
              </button>
            </p>
          )}
          <RubricView rubric={current} />
        </section>
      )}
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('rubricEditor.versions')}</h2>
        <p className="small muted">{t('rubricEditor.versionsIntro')}</p>
        <ul className="rubric-versions">
          {versions.map((version) => (
            <li key={version.version}>
              <details>
                <summary>
                  {t(
                    version.version === current.version
                      ? 'rubricEditor.versionCurrent'
                      : 'rubricEditor.version',
                    { version: version.version, count: version.criteria.length },
                  )}
                </summary>
                <RubricView rubric={version} headingLevel={4} />
              </details>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
