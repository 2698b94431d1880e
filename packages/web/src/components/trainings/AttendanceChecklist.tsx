import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingDetail, TrainingSession } from '../../api/trainings-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { useSetAttendance } from '../../hooks/use-trainings.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { toggleAttendee } from '../../lib/training-form.ts';
import { FormFailure } from '../form/FormFailure.tsx';

/**
 * Who attended each session, as checkboxes (Tab, Space, then Save): one form per session, so
 * saving one never overwrites another.
 */
export function AttendanceChecklist({ training }: { readonly training: TrainingDetail }) {
  const { t } = useTranslation();
  if (training.sessions.length === 0)
    return <p className="muted">{t('trainings.attendance.noSessions')}</p>;
  if (training.participants.length === 0)
    return <p className="muted">{t('trainings.attendance.noParticipants')}</p>;
  return (
    <div className="attendance">
      {training.sessions.map((session) => (
        <SessionAttendance key={session.id} training={training} session={session} />
      ))}
    </div>
  );
}

function SessionAttendance({
  training,
  session,
}: {
  readonly training: TrainingDetail;
  readonly session: TrainingSession;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [present, setPresent] = useState<readonly string[]>(session.attendees);
  const [saved, setSaved] = useState(false);
  const save = useSetAttendance(training.id);
  const legendId = `attendance-${session.id}`;
  return (
    <form
      className="attendance__session"
      aria-labelledby={legendId}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate(
          { sessionId: session.id, participantIds: present },
          { onSuccess: () => setSaved(true) },
        );
      }}
    >
      <fieldset>
        <legend id={legendId}>
          {session.title}{' '}
          <span className="muted small">{formatDateTime(session.startsAt, language)}</span>
        </legend>
        <ul className="attendance__list">
          {training.participants.map((p) => (
            <li key={p.id}>
              <label className="training-check">
                <input
                  type="checkbox"
                  checked={present.includes(p.id)}
                  onChange={(event) => {
                    setSaved(false);
                    setPresent(toggleAttendee(present, p.id, event.target.checked));
                  }}
                />
                {p.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormFailure error={save.error} />
      <div className="form__actions">
        <button type="submit" className="button button--small" disabled={save.isPending}>
          {t('trainings.attendance.save', { session: session.title })}
        </button>
        <span className="form__saved" role="status">
          {saved ? t('trainings.attendance.saved', { count: present.length }) : ''}
        </span>
      </div>
    </form>
  );
}
