import { useEffect, useRef, type ReactNode } from 'react';
import './certificates.css';

/** Props of {@link CertificateVerdict}. */
export interface CertificateVerdictProps {
  /** Whether the certificate checked is genuine: a green tick panel, else a red cross. */
  readonly valid: boolean;
  readonly title: string;
  /**
   * Each new value moves focus to the heading, so a screen reader reads the answer at once (a
   * form's latest answer); undefined leaves focus where it is (a page that shows one answer).
   */
  readonly announce?: unknown;
  readonly children: ReactNode;
}

/**
 * The answer to a certificate check, for a certificate of attendance or of graduation: a yes or
 * no panel with a heading, then its facts or what to try.
 */
export function CertificateVerdict({ valid, title, announce, children }: CertificateVerdictProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (announce !== undefined) heading.current?.focus();
  }, [announce]);
  return (
    <section
      className={`verify-result verify-result--${valid ? 'valid' : 'none'}`}
      aria-labelledby="verify-result"
    >
      <h2 id="verify-result" ref={heading} tabIndex={-1}>
        <span className="verify-result__mark" aria-hidden="true">
          {valid ? '✓' : '✗'}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One fact of a valid certificate; a `reference` is set in a typewriter face, on a row of its own. */
export interface CertificateFact {
  readonly label: string;
  readonly value: ReactNode;
  readonly reference?: boolean;
}

/** The facts of a valid certificate, label above value, in as many columns as fit. */
export function CertificateFacts({ facts }: { readonly facts: readonly CertificateFact[] }) {
  return (
    <dl className="certificate-facts">
      {facts.map(({ label, value, reference }) => (
        <div key={label} className={reference ? 'certificate-facts__wide' : undefined}>
          <dt>{label}</dt>
          <dd className={reference ? 'verify-result__reference' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
