import type { Logger } from 'pino';
import type { MailMessage, Mailer } from '../mailer';

/**
 * A mailer that writes each message to the log instead of sending it: for development, demos
 * and installations without mail. The message includes the link a real mailer would send,
 * which contains a one-time token: this transport is the ONLY place a token is ever logged,
 * and it does so on purpose, so an operator can pass the link on. Use a real mailer where the
 * log is read by people who should not hold those links.
 */
export class LogMailer implements Mailer {
  constructor(private readonly log: Pick<Logger, 'info'>) {}

  async send(message: MailMessage): Promise<void> {
    this.log.info(
      { mail: { to: message.to, subject: message.subject, text: message.text } },
      'email written to the log (log mail transport; no email was sent)',
    );
  }
}
