import type { MailMessage, Mailer } from '@frontrunner/services';

/** A mailer that keeps the messages, so a journey can follow the links a real mailer would send. */
export class Mailbox implements Mailer {
  readonly messages: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.messages.push(message);
  }

  /** The one-time token of the last link sent to an address (`…#token=…`). */
  lastToken(to: string): string {
    const message = this.messages.filter((m) => m.to === to).at(-1);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(message?.text ?? '')?.[1];
    if (!token) throw new Error(`no link was sent to ${to}`);
    return token;
  }
}
