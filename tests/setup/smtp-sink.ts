import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope sender: tells which process sent it. */
  from: string;
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpSink {
  url: string;
  /** Messages the sink accepted (answered 250): what a real mail server would deliver. */
  messages: ReceivedMail[];
  /** Envelope senders with a message received but not yet answered. */
  pendingFrom: string[];
  close(): Promise<void>;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_whole, encoding: string, data: string) =>
    encoding.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** A single-part plain-text message, as the app's mailer sends it. */
export function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const header = (name: string) =>
    head
      .split(/\r?\n/)
      .find((line) => line.toLowerCase().startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  return {
    from,
    to,
    subject: decodeWords(header('subject')),
    text: decodeBody(body, header('content-transfer-encoding').toLowerCase()).replace(/\r\n/g, '\n'),
  };
}

/**
 * A local SMTP server (127.0.0.1, a free port, no TLS or auth). With `acceptDelayMs` it waits
 * before answering each message; a client that disconnects meanwhile (a killed process) never got
 * its 250, so, as with a real server, that message counts as not delivered.
 */
export async function startSmtpSink(options: { acceptDelayMs?: number } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const pendingFrom: string[] = [];
  const closedSessions = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address);
        const mail = parseMail(Buffer.concat(chunks).toString('utf8'), from, to);
        pendingFrom.push(from);
        setTimeout(() => {
          pendingFrom.splice(pendingFrom.indexOf(from), 1);
          if (!closedSessions.has(session.id)) messages.push(mail);
          callback();
        }, options.acceptDelayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    pendingFrom,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
