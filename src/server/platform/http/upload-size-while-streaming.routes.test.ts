import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { partnerImportMaxBytes } from '../../../shared/domain/partner-import-fields';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

interface StreamedUpload {
  status: number;
  code: string;
  /** Bytes of the body the client had handed to its socket when the answer arrived. */
  sentWhenAnswered: number;
}

let t: TestApp;
let manager: Session;
let port: number;

beforeAll(async () => {
  t = await createTestApp('sqlite');
  manager = await signedInInstitution(t, 'manager');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

/**
 * Sends a multipart upload of `fileBytes` over a real socket, a chunk at a time, and stops writing
 * the moment the server answers: how much was sent by then shows whether the limit was applied
 * while the body streamed in or only after all of it had arrived.
 */
function streamUpload(
  fileBytes: number,
  fill = 'Mitra Usaha Banjarbaru,Kota Banjarbaru\n',
): Promise<StreamedUpload> {
  const boundary = 'jalin-upload-batas';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="besar.csv"\r\n` +
      'Content-Type: text/csv\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(256 * 1024, fill);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/partners/import',
      headers: {
        cookie: `jalin_session=${manager.cookie}`,
        'x-csrf-token': manager.csrfToken,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + fileBytes + tail.length),
      },
    });
    request.on('response', (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = '';
      response.setEncoding('utf8').on('data', (text: string) => (body += text));
      response.on('end', () => {
        const parsed = JSON.parse(body) as { error?: { code: string } };
        resolve({ status: response.statusCode ?? 0, code: parsed.error?.code ?? '', sentWhenAnswered });
        request.destroy();
      });
    });
    // Once the server has answered it may close the socket under the rest of the body.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const writeMore = () => {
      while (!answered && sent < fileBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, fileBytes - sent));
        sent += piece.length;
        if (!request.write(piece)) {
          request.once('drain', writeMore);
          return;
        }
      }
      if (!answered && sent >= fileBytes) request.end(tail);
    };
    request.write(head);
    writeMore();
  });
}

it('answers 413 while an oversize upload is still arriving, long before its end', async () => {
  const fileBytes = 10 * partnerImportMaxBytes;
  const jobsBefore = await t.deps.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();

  const upload = await streamUpload(fileBytes);

  expect(upload.status).toBe(413);
  expect(upload.code).toBe('PAYLOAD_TOO_LARGE');
  // The limit plus what socket buffers hold; a server that read the whole body first would have
  // taken all ten times the limit before answering.
  expect(upload.sentWhenAnswered).toBeLessThan(2 * partnerImportMaxBytes);
  const jobsAfter = await t.deps.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  expect(Number(jobsAfter.count)).toBe(Number(jobsBefore.count));
  // The client has gone: the server holds nothing open for the body it never finished reading.
  const openConnections = () =>
    new Promise<number>((resolve, reject) =>
      t.app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
    );
  await expect.poll(openConnections).toBe(0);
});

it('reads an upload just under the limit to its end and judges it on its content', async () => {
  const upload = await streamUpload(partnerImportMaxBytes - 1024, '\0');

  // Zero bytes are no spreadsheet: refused on their content, after the size was accepted.
  expect(upload.status).toBe(415);
  expect(upload.code).toBe('IMPORT_FILE_TYPE');
  expect(upload.sentWhenAnswered).toBe(partnerImportMaxBytes - 1024);
});
