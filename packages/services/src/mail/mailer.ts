/** A plain-text email. */
export interface MailMessage {
  /** One address. */
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * Sends email: the one interface to the outside mail system. Adapters live one per folder
 * (`mail/log/` writes to the log; an SMTP adapter would sit in `mail/smtp/`).
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
