import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly configured: boolean;
  send(message: MailMessage): Promise<boolean>;
}

/** SMTP when configured; otherwise nothing is sent and callers show the link to copy instead. */
export function createMailer(smtpUrl: string | null, from: string, log: (msg: string) => void): Mailer {
  if (!smtpUrl) return { configured: false, send: () => Promise.resolve(false) };
  // nodemailer loads with the first message, not at every start (S10).
  let transport: Promise<Transporter> | null = null;
  return {
    configured: true,
    async send(message) {
      try {
        transport ??= import('nodemailer').then((loaded) => loaded.default.createTransport(smtpUrl));
        await (await transport).sendMail({ from, ...message });
        return true;
      } catch (error) {
        log(`mail to ${message.to} failed: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    },
  };
}

/** Keeps messages in memory: for tests and for installations that only copy links. */
export class MemoryMailer implements Mailer {
  readonly configured = true;
  readonly sent: MailMessage[] = [];
  send(message: MailMessage): Promise<boolean> {
    this.sent.push(message);
    return Promise.resolve(true);
  }
}
