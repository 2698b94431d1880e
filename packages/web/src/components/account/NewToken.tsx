import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../../api/account-types.ts';
import { useCopy } from '../../hooks/use-copy.ts';

/** Props of the once-only token display. */
export interface NewTokenProps {
  readonly token: CreatedApiToken;
  readonly onDone: () => void;
}

/**
 * The new token, shown this once, with a copy button. Focus moves here so that keyboard and
 * screen-reader users meet it; when copying fails the text is selected for copying by hand.
 */
export function NewToken({ token, onDone }: NewTokenProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopy();
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (state === 'failed') input.current?.select();
  }, [state]);
  return (
    <div className="new-token">
      <h3 ref={heading} tabIndex={-1}>
        {t('tokens.createdTitle', { name: token.name })}
      </h3>
      <p>{t('tokens.createdText')}</p>
      <label htmlFor={id} className="visually-hidden">
        {t('tokens.tokenLabel')}
      </label>
      <div className="new-token__row">
        <input
          ref={input}
          id={id}
          className="new-token__value"
          readOnly
          value={token.token}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => copy(token.token)}>
          {t('tokens.copy')}
        </button>
      </div>
      <p role="status" className="small">
        {state === 'copied' ? t('tokens.copied') : state === 'failed' ? t('tokens.copyFailed') : ''}
      </p>
      <p className="small muted">{t('tokens.usage')}</p>
      <button type="button" className="button button--quiet" onClick={onDone}>
        {t('tokens.done')}
      </button>
    </div>
  );
}
