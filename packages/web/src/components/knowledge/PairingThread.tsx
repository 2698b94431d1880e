import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import type { Pairing, PairingMessage } from '../../api/mentoring.api.ts';
import { useMessages, usePostMessage } from '../../hooks/use-mentoring.ts';
import { useSession } from '../../hooks/use-session.ts';
import { formatDateTime } from '../../lib/dates.ts';
import { AccessState } from '../AccessState.tsx';
import { FieldErrors } from '../form/TextField.tsx';
import { FormFailure } from '../form/FormFailure.tsx';
import { EmptyState, ErrorState, LoadingState } from '../StatusMessages.tsx';

/** Props of a pairing's thread. */
export interface PairingThreadProps {
  readonly pairing: Pairing;
  /** The reader may write (a team of either city, the secretariat) and the pairing is open. */
  readonly canWrite: boolean;
}

/** A pairing's messages, oldest first, and a form to write one (for those who may). */
export function PairingThread({ pairing, canWrite }: PairingThreadProps) {
  const { t } = useTranslation();
  const messages = useMessages(pairing.id);
  if (messages.isPending) return <LoadingState />;
  if (messages.isError) {
    const status = messages.error instanceof ApiError ? messages.error.status : 0;
    if (status === 401 || status === 403) {
      return (
        <AccessState
          kind={status === 401 ? 'signed-out' : 'forbidden'}
          audience={t('mentoring.audience')}
        />
      );
    }
    return <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />;
  }
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t('mentoring.thread')}</h2>
      {messages.data.length === 0 ? (
        <EmptyState title={t('mentoring.noMessages')} />
      ) : (
        <ol className="thread">
          {messages.data.map((m) => (
            <MessageItem key={m.id} message={m} pairing={pairing} />
          ))}
        </ol>
      )}
      {canWrite ? (
        <MessageForm pairingId={pairing.id} />
      ) : (
        pairing.status === 'closed' && <p className="muted">{t('mentoring.threadClosed')}</p>
      )}
    </section>
  );
}

function MessageItem({
  message,
  pairing,
}: {
  readonly message: PairingMessage;
  readonly pairing: Pairing;
}) {
  const { t, i18n } = useTranslation();
  const me = useSession().data?.user?.id;
  const who =
    message.authorId === me
      ? t('mentoring.you')
      : (message.authorName ?? t('mentoring.teamMember'));
  const sides = {
    mentor: pairing.mentor.name,
    mentee: pairing.mentee.name,
    secretariat: t('mentoring.secretariat'),
  };
  const side = message.authorSide ? sides[message.authorSide] : null;
  return (
    <li className={`thread__message thread__message--${message.authorSide ?? 'other'}`}>
      <p className="small muted">
        <strong>{who}</strong>
        {side && <> ({side})</>}
        {' · '}
        <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, i18n.language)}</time>
      </p>
      <p className="thread__body">{message.body}</p>
    </li>
  );
}

function MessageForm({ pairingId }: { readonly pairingId: string }) {
  const { t } = useTranslation();
  const post = usePostMessage(pairingId);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const fieldId = useId();
  return (
    <form
      className="thread__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) {
          setMissing(true);
          document.getElementById(fieldId)?.focus();
          return;
        }
        setMissing(false);
        post.mutate(body.trim(), { onSuccess: () => setBody('') });
      }}
    >
      <label htmlFor={fieldId}>{t('mentoring.messageLabel')}</label>
      <textarea
        id={fieldId}
        rows={4}
        maxLength={5000}
        value={body}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${fieldId}-error` : undefined}
        onChange={(event) => setBody(event.target.value)}
      />
      <FieldErrors
        id={`${fieldId}-error`}
        errors={missing ? [t('mentoring.messageRequired')] : []}
      />
      <div>
        <button type="submit" className="button" disabled={post.isPending}>
          {t('mentoring.send')}
        </button>
      </div>
      <FormFailure error={post.error} />
    </form>
  );
}
