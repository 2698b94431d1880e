import type { Executor } from '@frontrunner/db';
import { ConflictError, NotFoundError, type Language } from '@frontrunner/domain';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { html } from '../reports/html/escape';
import { certificateLine, certificatePage, printedUrl } from './certificate-page';
import {
  certificateDates,
  certificateNumber,
  certificateText,
  type CertificateKey,
} from './certificate-text';
import { participantResource } from './training-access';
import { getTraining, type TrainingParticipant, type TrainingView } from './training.service';

/** What a certificate of attendance states. */
export interface AttendanceCertificate {
  /** Verification reference, e.g. `FR-ATT-1A2B3C4D-5E6F7A8B`: the training's and the person's id. */
  reference: string;
  name: string;
  role: string;
  /** Name of their city; null for guests. */
  cityName: string | null;
  training: {
    kind: 'training' | 'workshop';
    title: string;
    /** YYYY-MM-DD */
    startsOn: string;
    /** YYYY-MM-DD */
    endsOn: string;
    place: string | null;
    online: boolean;
    organisers: string[];
  };
  /** Sessions the person attended. */
  sessionsAttended: number;
  /** Sessions of the training. */
  sessionsTotal: number;
}

/**
 * The verification reference of a participant's certificate: the first eight hex digits of the
 * training's id and of the participant's id, so the secretariat can find both again.
 * @example certificateReference('1a2b3c4d-…', '5e6f7a8b-…') // 'FR-ATT-1A2B3C4D-5E6F7A8B'
 */
export function certificateReference(trainingId: string, participantId: string): string {
  const part = (id: string) => id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `FR-ATT-${part(trainingId)}-${part(participantId)}`;
}

/**
 * What a participant's certificate of attendance states besides their name and role: the
 * reference, their city, the training and the sessions they attended of all. Undefined when they
 * attended no session, as such a person gets no certificate.
 */
export function attendanceFacts(
  t: TrainingView,
  p: TrainingParticipant,
): Omit<AttendanceCertificate, 'name' | 'role'> | undefined {
  const attended = t.sessions.filter((s) => s.attendees.includes(p.id)).length;
  if (attended === 0) return undefined;
  return {
    reference: certificateReference(t.id, p.id),
    cityName: p.cityName,
    training: {
      kind: t.kind,
      title: t.title,
      startsOn: t.startsOn,
      endsOn: t.endsOn,
      place: t.place,
      online: t.online,
      organisers: [...t.organisers],
    },
    sessionsAttended: attended,
    sessionsTotal: t.sessions.length,
  };
}

/**
 * A participant's certificate of attendance. Names are personal data: the secretariat, the focal
 * point of the participant's country and their city's team only. Someone who attended no session
 * gets none ({@link ConflictError}).
 */
export async function attendanceCertificate(
  db: Executor,
  actor: Actor,
  ids: { trainingId: string; participantId: string },
): Promise<AttendanceCertificate> {
  const t = await getTraining(db, ids.trainingId);
  const p = t.participants.find((x) => x.id === ids.participantId);
  if (!p) throw new NotFoundError('participant', ids.participantId);
  authorize(actor, 'training.read_participants', participantResource(p));
  const facts = attendanceFacts(t, p);
  if (!facts)
    throw new ConflictError(
      `${p.name} attended no session of “${t.title}”: a certificate of attendance needs at least one session attended`,
      { participantId: p.id },
    );
  return { ...facts, name: p.name, role: p.role };
}

/**
 * Where the public checks a certificate of attendance by its reference and the holder's name: a
 * page of the web app at `publicUrl` (no trailing slash).
 * @example attendanceVerifyUrl('https://frontrunner.example', 'FR-ATT-1A2B3C4D-5E6F7A8B')
 * // 'https://frontrunner.example/verify-certificate?reference=FR-ATT-1A2B3C4D-5E6F7A8B'
 */
export function attendanceVerifyUrl(publicUrl: string, reference: string): string {
  return `${publicUrl}/verify-certificate?reference=${encodeURIComponent(reference)}`;
}

/** Options of {@link renderCertificateHtml}. */
export interface AttendanceCertificateHtmlOptions {
  /** Language of the labels and dates; names, titles and places stay as entered. */
  readonly lang: Language;
  /** Base URL of the web app (no trailing slash), for the verification line. */
  readonly publicUrl: string;
}

/** The certificate as a self-contained web page (printed on A4), every value escaped. */
export function renderCertificateHtml(
  c: AttendanceCertificate,
  { lang, publicUrl }: AttendanceCertificateHtmlOptions,
): string {
  const t = c.training;
  const text = (key: CertificateKey, values?: Record<string, string>) =>
    certificateText(lang, key, values);
  const where = t.online
    ? t.place
      ? text('placeAndOnline', { place: t.place })
      : text('online')
    : (t.place ?? '');
  const who = [c.role, c.cityName].filter(Boolean).join(', ');
  const sessions = {
    attended: certificateNumber(c.sessionsAttended, lang),
    total: certificateNumber(c.sessionsTotal, lang),
  };
  const verifyUrl = attendanceVerifyUrl(publicUrl, c.reference);
  return certificatePage({
    lang,
    title: `${text('attendanceHeading')} — ${c.name}`,
    heading: text('attendanceHeading'),
    body: html`<p>${text('certifiesThat')}</p>
      <p class="subject">${c.name}</p>
      <p class="who">${who}</p>
      <p>${text(t.kind === 'workshop' ? 'attendedWorkshop' : 'attendedTraining')}</p>
      <p class="highlight">${t.title}</p>
      <dl>
        <dt>${text('dates')}</dt>
        <dd>${certificateDates(t.startsOn, t.endsOn, lang)}</dd>
        <dt>${text('place')}</dt>
        <dd>${where}</dd>
        <dt>${text('sessionsAttended')}</dt>
        <dd>${text('sessionsOf', sessions)}</dd>
        ${
          t.organisers.length > 0
            ? html`<dt>${text('organisedBy')}</dt>
                <dd>${t.organisers.join(', ')}</dd>`
            : ''
        }
        <dt>${text('reference')}</dt>
        <dd class="reference">${c.reference}</dd>
      </dl>
      <p class="note">
        ${certificateLine(lang, 'verifyAttendance', { name: 'url', markup: printedUrl(verifyUrl) })}
      </p>`,
  });
}
