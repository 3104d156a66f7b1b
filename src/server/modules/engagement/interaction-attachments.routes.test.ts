import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attachmentUpload } from '../../../../tests/factories/attachments';
import { createInteractionVia } from '../../../../tests/factories/engagement';
import { tinyPng } from '../../../../tests/factories/files';
import { multipart } from '../../../../tests/factories/multipart';
import { createPartnerVia } from '../../../../tests/factories/partners';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import {
  brokenJpeg,
  executableBytes,
  phonePhotoWithLocation,
  tinyPdf,
} from '../../../../tests/factories/photos';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { attachmentMaxBytes } from '../../../shared/domain/interaction-attachments';

type Attachment = { id: string; kind: string; mediaType: string; sizeBytes: number; fileName: string };

describeEachDatabase('interaction attachments: photos and documents of a visit', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let partnerId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    facilitator = await signedInInstitution(t, 'facilitator');
    partnerId = (await createPartnerVia(facilitator)).id;
  });
  afterAll(() => t.close());

  async function newInteraction(): Promise<string> {
    return (await createInteractionVia(facilitator, [partnerId])).id;
  }

  function upload(session: Session, interactionId: string, body: ReturnType<typeof attachmentUpload>) {
    return session.request(
      'POST',
      `/api/v1/interactions/${interactionId}/attachments`,
      body.payload,
      body.headers,
    );
  }

  function storedFileCount(): number {
    const root = path.join(t.database.dataDir, 'files');
    if (!fs.existsSync(root)) return 0;
    return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      .length;
  }

  /** Everything an upload could leave behind: rows, audit events and files on disk. */
  async function written() {
    const db = t.deps.db;
    const count = async (table: 'files' | 'interaction_attachments' | 'audit_events') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      files: await count('files'),
      attachments: await count('interaction_attachments'),
      audit: await count('audit_events'),
      onDisk: storedFileCount(),
    };
  }

  async function auditActions(interactionId: string): Promise<string[]> {
    const rows = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', interactionId)
      .orderBy('sequence')
      .execute();
    return rows.map((row) => row.action);
  }

  it('a phone photo with its GPS position comes back without any EXIF, no larger, and on the record', async () => {
    const interactionId = await newInteraction();
    const original = await phonePhotoWithLocation(1200, 900);
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const created = await upload(
      facilitator,
      interactionId,
      attachmentUpload(original, 'IMG_2041 bengkel.jpg', 'image/jpeg', 'Ruang jahit mitra'),
    );
    expect(created.statusCode, created.body).toBe(201);
    const attachment = created.json<Attachment & { caption: string }>();
    expect(attachment).toMatchObject({
      kind: 'photo',
      mediaType: 'image/jpeg',
      caption: 'Ruang jahit mitra',
      fileName: 'IMG_2041 bengkel.jpg',
    });

    const served = await facilitator.request(
      'GET',
      `/api/v1/interactions/${interactionId}/attachments/${attachment.id}`,
    );
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['content-disposition']).toMatch(/^inline; filename="IMG_2041 bengkel\.jpg"/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toMatch(/^private/);
    const bytes = served.rawPayload;
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 900]);
    expect(bytes.includes(Buffer.from('Siti Pendamping'))).toBe(false);
    expect(bytes.includes(Buffer.from('KameraUji'))).toBe(false);
    expect(bytes.length).toBeLessThanOrEqual(original.length);
    expect(attachment.sizeBytes).toBe(bytes.length);

    // The timeline's small copy: a WebP a weak connection fetches quickly.
    const thumbnail = await facilitator.request(
      'GET',
      `/api/v1/interactions/${interactionId}/attachments/${attachment.id}?size=thumbnail`,
    );
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    const small = await sharp(thumbnail.rawPayload).metadata();
    expect([small.format, small.width, small.height, small.exif]).toEqual(['webp', 320, 240, undefined]);
    expect(thumbnail.rawPayload.length).toBeLessThan(bytes.length);
    const oddSize = await facilitator.request(
      'GET',
      `/api/v1/interactions/${interactionId}/attachments/${attachment.id}?size=huge`,
    );
    expect(oddSize.statusCode).toBe(400);

    const file = await t.deps.db
      .selectFrom('files')
      .innerJoin('interaction_attachments', 'interaction_attachments.file_id', 'files.id')
      .select(['files.purpose', 'files.storage_key', 'files.original_name', 'files.media_type'])
      .where('interaction_attachments.id', '=', attachment.id)
      .executeTakeFirstOrThrow();
    expect(file).toMatchObject({ purpose: 'interaction_attachment', media_type: 'image/jpeg' });
    // The name on disk is generated; the sender's name is only shown.
    expect(file.storage_key).not.toContain('IMG');
    expect(fs.readFileSync(path.join(t.database.dataDir, 'files', file.storage_key)).equals(bytes)).toBe(
      true,
    );

    const one = await facilitator.request('GET', `/api/v1/interactions/${interactionId}`);
    expect(one.json<{ attachments: Attachment[] }>().attachments.map((a) => a.id)).toEqual([attachment.id]);
    const list = await facilitator.request('GET', `/api/v1/interactions?partnerId=${partnerId}`);
    const listed = list.json<{ items: { id: string; attachments: Attachment[] }[] }>().items;
    expect(listed.find((item) => item.id === interactionId)?.attachments).toEqual([
      expect.objectContaining({ id: attachment.id, kind: 'photo', sizeBytes: bytes.length }),
    ]);
    expect(await auditActions(interactionId)).toEqual([
      'interaction.created',
      'interaction.attachment_added',
    ]);
  });

  it('a 9 MB PDF round-trips byte for byte as a download with a cleaned name', async () => {
    const interactionId = await newInteraction();
    // A scanned brochure is megabytes: far above the JSON body limit, within the upload's own.
    const pdf = Buffer.concat([tinyPdf(), Buffer.alloc(9 * 1024 * 1024, 0x20)]);
    const created = await upload(
      facilitator,
      interactionId,
      attachmentUpload(pdf, '..\\..\\Brosur Mitra<script>.exe', 'application/octet-stream'),
    );
    expect(created.statusCode, created.body).toBe(201);
    const attachment = created.json<Attachment>();
    expect(attachment).toMatchObject({ kind: 'document', mediaType: 'application/pdf' });
    expect(attachment.fileName).toBe('Brosur Mitra script.pdf');
    const served = await facilitator.request(
      'GET',
      `/api/v1/interactions/${interactionId}/attachments/${attachment.id}`,
    );
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['content-disposition']).toBe(
      `attachment; filename="Brosur Mitra script.pdf"; filename*=UTF-8''Brosur%20Mitra%20script.pdf`,
    );
    expect(served.rawPayload.equals(pdf)).toBe(true);
    expect(attachment.sizeBytes).toBe(pdf.length);
  });

  it('an executable named foto.jpg and declared image/jpeg is 415 and leaves nothing behind', async () => {
    const interactionId = await newInteraction();
    const before = await written();
    const response = await upload(
      facilitator,
      interactionId,
      attachmentUpload(executableBytes(), 'foto.jpg', 'image/jpeg'),
    );
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await written()).toEqual(before);
  });

  it('a file over 10 MB is 413 and a broken JPEG is 422, with nothing written', async () => {
    const interactionId = await newInteraction();
    const before = await written();
    const big = Buffer.concat([await phonePhotoWithLocation(), Buffer.alloc(attachmentMaxBytes, 0x20)]);
    const tooLarge = await upload(facilitator, interactionId, attachmentUpload(big));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await upload(facilitator, interactionId, attachmentUpload(brokenJpeg()));
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.code).toBe('FILE_CONTENT_UNREADABLE');
    const noFile = await upload(
      facilitator,
      interactionId,
      multipart([{ name: 'caption', content: 'tanpa berkas' }]),
    );
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe('ATTACHMENT_FILE_MISSING');
    const longCaption = await upload(
      facilitator,
      interactionId,
      attachmentUpload(tinyPng(), 'a.png', 'image/png', 'x'.repeat(501)),
    );
    expect(longCaption.statusCode).toBe(400);
    expect(longCaption.json().error.code).toBe('VALIDATION_FAILED');
    expect(await written()).toEqual(before);
  });

  it('the 21st attachment is refused with its code and nothing is written', async () => {
    const interactionId = await newInteraction();
    for (let index = 0; index < 20; index += 1) {
      const response = await upload(
        facilitator,
        interactionId,
        attachmentUpload(tinyPng(), `foto-${index}.png`, 'image/png'),
      );
      expect(response.statusCode, response.body).toBe(201);
    }
    const before = await written();
    const refused = await upload(
      facilitator,
      interactionId,
      attachmentUpload(tinyPng(), 'lagi.png', 'image/png'),
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'ATTACHMENT_LIMIT_REACHED',
      details: { max: 20, count: 20 },
    });
    expect(await written()).toEqual(before);
  });

  it('a viewer reads attachments but cannot add or remove one', async () => {
    const interactionId = await newInteraction();
    const photo = await upload(facilitator, interactionId, attachmentUpload(tinyPng(), 'a.png', 'image/png'));
    const attachmentId = photo.json<Attachment>().id;
    const viewerUser = await createUserFixture(t, facilitator.institutionId, 'viewer');
    const viewer = await logInAs(t, viewerUser.email);
    const before = await written();
    const refused = await upload(viewer, interactionId, attachmentUpload(tinyPng(), 'b.png', 'image/png'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    const url = `/api/v1/interactions/${interactionId}/attachments/${attachmentId}`;
    expect((await viewer.request('DELETE', url)).statusCode).toBe(403);
    expect((await viewer.request('GET', url)).statusCode).toBe(200);
    expect(await written()).toEqual(before);
  });

  it('removing an attachment deletes its rows and its file after the commit, with an audit row', async () => {
    const interactionId = await newInteraction();
    const photo = await upload(facilitator, interactionId, attachmentUpload(await phonePhotoWithLocation()));
    const attachmentId = photo.json<Attachment>().id;
    const { storage_key: storageKey } = await t.deps.db
      .selectFrom('files')
      .innerJoin('interaction_attachments', 'interaction_attachments.file_id', 'files.id')
      .select('files.storage_key')
      .where('interaction_attachments.id', '=', attachmentId)
      .executeTakeFirstOrThrow();
    const onDisk = path.join(t.database.dataDir, 'files', storageKey);
    expect(fs.existsSync(onDisk)).toBe(true);

    const url = `/api/v1/interactions/${interactionId}/attachments/${attachmentId}`;
    const removed = await facilitator.request('DELETE', url);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(fs.existsSync(onDisk)).toBe(false);
    expect(
      await t.deps.db.selectFrom('files').select('id').where('storage_key', '=', storageKey).execute(),
    ).toEqual([]);
    expect((await facilitator.request('GET', url)).json().error.code).toBe('ATTACHMENT_NOT_FOUND');
    expect((await facilitator.request('DELETE', url)).statusCode).toBe(404);
    expect(await auditActions(interactionId)).toEqual([
      'interaction.created',
      'interaction.attachment_added',
      'interaction.attachment_removed',
    ]);
    const one = await facilitator.request('GET', `/api/v1/interactions/${interactionId}`);
    expect(one.json<{ attachments: unknown[] }>().attachments).toEqual([]);
  });

  it("another institution's attachment answers like a missing one", async () => {
    const interactionId = await newInteraction();
    const photo = await upload(facilitator, interactionId, attachmentUpload(tinyPng(), 'a.png', 'image/png'));
    const attachmentId = photo.json<Attachment>().id;
    const stranger = await signedInInstitution(t, 'manager');
    const before = await written();
    const url = `/api/v1/interactions/${interactionId}/attachments/${attachmentId}`;
    for (const method of ['GET', 'DELETE']) {
      const response = await stranger.request(method, url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('ATTACHMENT_NOT_FOUND');
    }
    const foreignUpload = await upload(
      stranger,
      interactionId,
      attachmentUpload(tinyPng(), 'a.png', 'image/png'),
    );
    expect(foreignUpload.json().error.code).toBe('INTERACTION_NOT_FOUND');
    expect(await written()).toEqual(before);
  });
});
