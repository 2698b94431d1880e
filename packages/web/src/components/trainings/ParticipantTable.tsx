import { useTranslation } from 'react-i18next';
import { certificateUrl } from '../../api/trainings.api.ts';
import type { TrainingDetail } from '../../api/trainings-types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { sessionsAttended } from '../../lib/training-form.ts';

/**
 * The participants the reader may see by name, with city, role, gender, sessions attended and
 * a link to the certificate of attendance of those who attended at least one session.
 */
export function ParticipantTable({ training }: { readonly training: TrainingDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const total = training.sessions.length;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('trainings.participants.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trainings.participant.name')}</th>
            <th scope="col">{t('trainings.participant.city')}</th>
            <th scope="col">{t('trainings.participant.role')}</th>
            <th scope="col">{t('trainings.participant.gender')}</th>
            <th scope="col">{t('trainings.participants.attended')}</th>
            <th scope="col">{t('trainings.participants.certificate')}</th>
          </tr>
        </thead>
        <tbody>
          {training.participants.map((p) => {
            const attended = sessionsAttended(training, p.id);
            return (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.cityName ?? t('trainings.participants.guest')}</td>
                <td>{p.role}</td>
                <td>{t(`trainings.genders.${p.gender}`)}</td>
                <td>{t('trainings.participants.ofSessions', { attended, total })}</td>
                <td>
                  {attended > 0 ? (
                    <a href={certificateUrl(training.id, p.id, language)} download>
                      {t('trainings.participants.download')}
                      <span className="visually-hidden"> ({p.name})</span>
                    </a>
                  ) : (
                    <span className="muted">{t('trainings.participants.noCertificate')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
