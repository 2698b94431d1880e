import type { MailMessage } from './mailer';

/** The email inviting someone to Frontrunner, with the link that sets their password. */
export function invitationMessage(options: {
  to: string;
  name: string;
  link: string;
  expiresAt: string;
}): MailMessage {
  return {
    to: options.to,
    subject: 'You are invited to Frontrunner',
    text: [
      `Hello ${options.name},`,
      '',
      'You have been invited to Frontrunner, the platform of the ASEAN SDGs Frontrunner Cities Programme.',
      'Choose your password here to activate your account:',
      '',
      options.link,
      '',
      `The link works once, until ${options.expiresAt} (UTC).`,
    ].join('\n'),
  };
}

/** The email with a link to choose a new password. */
export function passwordResetMessage(options: {
  to: string;
  name: string;
  link: string;
  expiresAt: string;
}): MailMessage {
  return {
    to: options.to,
    subject: 'Reset your Frontrunner password',
    text: [
      `Hello ${options.name},`,
      '',
      'Someone (we hope you) asked to reset your Frontrunner password. Choose a new one here:',
      '',
      options.link,
      '',
      `The link works once, until ${options.expiresAt} (UTC). If you did not ask, ignore this email.`,
    ].join('\n'),
  };
}
