import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import type { Pairing, PairingMessage } from '../api/mentoring.api.ts';
import { AccessState } from '../components/AccessState.tsx';
import '../components/knowledge/mentoring.css';
import { QueryResult } from '../components/QueryResult.tsx';
import { EmptyState, ErrorState, LoadingState } from '../components/StatusMessages.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useMessages, usePairings, usePostMessage } from '../hooks/use-mentoring.ts';
import { useSession } from '../hooks/use-session.ts';
import { formatDate, formatDateTime } from '../lib/dates.ts';
import { NotFoundContent } from './NotFoundPage.tsx';

const pairingRoute = getRouteApi('/pairings/$id');

/** A pairing of two cities and its message thread, for the teams of both cities. */
export function PairingPage() {
  const { id } = pairingRoute.useParams();
  const pairings = usePairings();
  return (
    <QueryResult query={pairings}>
      {(items) => {
        const pairing = items.find((p) => p.id === id);
        return pairing ? <PairingView pairing={pairing} /> : <NotFoundContent />;
      }}
    </QueryResult>
  );
}

function PairingView({ pairing }: { readonly pairing: Pairing }) {
  const { t, i18n } = useTranslation();
  const title = t('mentoring.pairingName', {
    mentor: pairing.mentor.name,
    mentee: pairing.mentee.name,
  });
  useDocumentTitle(title);
  return (
    <>
      <p className="back-link">
        <Link to="/cities/$slug/mentoring" params={{ slug: pairing.mentee.slug }}>
          <span aria-hidden="true">← </span>
          {t('mentoring.back', { city: pairing.mentee.name })}
        </Link>
      </p>
      <h1>{title}</h1>
      <dl className="pairing__facts">
        <dt>{t('mentoring.mentor')}</dt>
        <dd>
          <Link to="/cities/$slug" params={{ slug: pairing.mentor.slug }}>
            {pairing.mentor.name}
          </Link>
        </dd>
        <dt>{t('mentoring.mentee')}</dt>
        <dd>
          <Link to="/cities/$slug" params={{ slug: pairing.mentee.slug }}>
            {pairing.mentee.name}
          </Link>
        </dd>
        <dt>{t('mentoring.kindLabel')}</dt>
        <dd>{t(`mentoring.kinds.${pairing.kind}`)}</dd>
        <dt>{t('mentoring.statusLabel')}</dt>
        <dd>{pairing.status}</dd>
        {pairing.startsOn && (
          <>
            <dt>{t('mentoring.startsOn')}</dt>
            <dd>{formatDate(pairing.startsOn, i18n.language)}</dd>
          </>
        )}
      </dl>
      <Thread pairingId={pairing.id} />
    </>
  );
}

function Thread({ pairingId }: { readonly pairingId: string }) {
  const { t } = useTranslation();
  const messages = useMessages(pairingId);
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
            <MessageItem key={m.id} message={m} />
          ))}
        </ol>
      )}
      <MessageForm pairingId={pairingId} />
    </section>
  );
}

function MessageItem({ message }: { readonly message: PairingMessage }) {
  const { t, i18n } = useTranslation();
  const me = useSession().data?.user?.id;
  return (
    <li className="thread__message">
      <p className="small muted">
        <strong>{message.authorId === me ? t('mentoring.you') : t('mentoring.teamMember')}</strong>
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
  const fieldId = useId();
  return (
    <form
      className="thread__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) return;
        post.mutate(body, { onSuccess: () => setBody('') });
      }}
    >
      <label htmlFor={fieldId}>{t('mentoring.messageLabel')}</label>
      <textarea
        id={fieldId}
        rows={4}
        maxLength={5000}
        required
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <div>
        <button type="submit" className="button" disabled={post.isPending}>
          {t('mentoring.send')}
        </button>
      </div>
      {post.isError && (
        <p role="alert" className="form-error">
          {t('mentoring.sendFailed')}
        </p>
      )}
    </form>
  );
}
