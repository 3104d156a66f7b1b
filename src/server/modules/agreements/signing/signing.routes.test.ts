import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agreement } from '../../../../shared/contracts/agreements';
import { createAgreementVia, requestSignaturesVia } from '../../../../../tests/factories/agreements';
import { createPartnershipVia } from '../../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../../tests/factories/partners';
import { extractPdfText, flattenText } from '../../../../../tests/factories/pdf-text';
import { signedInInstitution, type Session } from '../../../../../tests/factories/people';
import {
  drawnSignaturePng,
  scanPageMarker,
  scannedCopyPdf,
  signatureForm,
  type SignatureFormInput,
} from '../../../../../tests/factories/signatures';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../../tests/setup/test-app';

/** Monday 6 April 2026, 10.00 WITA: inside the agreement's term, far from its end. */
const now = new Date('2026-04-06T02:00:00.000Z');
const institutionSigner = { name: 'Dra. Siti Aminah, M.Pd.', position: 'Ketua LKP' };
const partnerSigner = { name: 'Hj. Rusmini', position: 'Pemilik Rumah Rajut' };
const partnerAgent = 'Mozilla/5.0 (Linux; Android 14; SM-A155F) Mobile Safari/537.36';

describeEachDatabase('signing an agreement (guide step 7)', (dialect) => {
  let t: TestApp;
  let manager: Session & { adminId: string };
  let drawn: Buffer;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    manager = await signedInInstitution(t, 'manager');
    drawn = await drawnSignaturePng();
  });
  afterAll(() => t.close());

  async function draftAgreement(): Promise<Agreement> {
    const partner = await createPartnerVia(manager);
    const partnership = await createPartnershipVia(manager, [partner.id]);
    return createAgreementVia(manager, {
      partnershipId: partnership.id,
      partnerId: partner.id,
      kind: 'mou',
      signatories: { institution: institutionSigner, partner: partnerSigner },
    });
  }

  async function awaitingSignatures(): Promise<Agreement> {
    return requestSignaturesVia(manager, await draftAgreement());
  }

  function form(
    agreement: Agreement,
    overrides: Partial<SignatureFormInput> = {},
    signer = institutionSigner,
  ) {
    return signatureForm({
      method: 'drawn',
      confirmName: signer.name,
      confirmPosition: signer.position,
      versionNumber: agreement.currentVersion,
      file: drawn,
      ...overrides,
    });
  }

  function signAsInstitution(agreement: Agreement, overrides: Partial<SignatureFormInput> = {}) {
    const { payload, headers } = form(agreement, overrides);
    return manager.request('POST', `/api/v1/agreements/${agreement.id}/signatures`, payload, headers);
  }

  async function issueLink(
    agreementId: string,
  ): Promise<{ url: string; token: string; message: string; whatsappUrl: string | null }> {
    const response = await manager.request('POST', `/api/v1/agreements/${agreementId}/signing-links`, {});
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<{ url: string; message: string; whatsappUrl: string | null }>();
    return { ...body, token: body.url.split('/').at(-1)! };
  }

  const publicUrl = (agreementId: string, token: string) =>
    `/api/v1/public/agreements/${agreementId}/signing/${token}`;

  function signAsPartner(
    agreement: Agreement,
    token: string,
    overrides: Partial<SignatureFormInput> = {},
    signer = partnerSigner,
  ) {
    const { payload, headers } = form(agreement, overrides, signer);
    return t.app.inject({
      method: 'POST',
      url: publicUrl(agreement.id, token),
      payload,
      headers: { ...headers, 'user-agent': partnerAgent },
    });
  }

  async function readAgreement(id: string): Promise<Agreement> {
    const response = await manager.request('GET', `/api/v1/agreements/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Agreement>();
  }

  function storedFileCount(): number {
    const root = path.join(t.database.dataDir, 'files');
    if (!fs.existsSync(root)) return 0;
    return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      .length;
  }

  /** Everything a refused signature could leave behind. */
  async function written(agreementId: string) {
    const count = async (table: 'agreement_signatures' | 'files' | 'audit_events') =>
      Number(
        (
          await t.deps.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const row = await t.deps.db
      .selectFrom('agreements')
      .selectAll()
      .where('id', '=', agreementId)
      .executeTakeFirstOrThrow();
    const links = await t.deps.db
      .selectFrom('public_links')
      .select(['id', 'used_at', 'revoked_at'])
      .where('subject_id', '=', agreementId)
      .orderBy('id')
      .execute();
    return {
      signatures: await count('agreement_signatures'),
      files: await count('files'),
      audit: await count('audit_events'),
      stored: storedFileCount(),
      row,
      links,
    };
  }

  async function auditActions(entityId: string) {
    return t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'after_json'])
      .where('entity_id', '=', entityId)
      .orderBy('sequence')
      .execute();
  }

  it('lets only the user named as the institution signatory sign for it', async () => {
    const partner = await createPartnerVia(manager);
    const partnership = await createPartnershipVia(manager, [partner.id]);
    const agreement = await requestSignaturesVia(
      manager,
      await createAgreementVia(manager, {
        partnershipId: partnership.id,
        partnerId: partner.id,
        kind: 'mou',
        signatories: {
          institution: { ...institutionSigner, userId: manager.adminId },
          partner: partnerSigner,
        },
      }),
    );
    const before = await written(agreement.id);
    const refused = await signAsInstitution(agreement);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'SIGNER_MISMATCH', details: { fields: ['user'] } });
    expect(await written(agreement.id)).toEqual(before);
  });

  it('refuses to sign or send a signing link before the agreement is sent for signatures', async () => {
    const draft = await draftAgreement();
    const before = await written(draft.id);
    const early = await signAsInstitution(draft);
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error.code).toBe('AGREEMENT_NOT_AWAITING_SIGNATURES');
    const link = await manager.request('POST', `/api/v1/agreements/${draft.id}/signing-links`, {});
    expect(link.statusCode).toBe(409);
    expect(link.json().error.code).toBe('AGREEMENT_NOT_AWAITING_SIGNATURES');
    expect(await written(draft.id)).toEqual(before);
  });

  it('institution draws, the partner signs through the link, and the agreement becomes active with a hashed signed copy', async () => {
    const agreement = await awaitingSignatures();
    expect(agreement.status).toBe('awaiting_signatures');

    const stale = await signAsInstitution(agreement, { versionNumber: agreement.currentVersion + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('AGREEMENT_VERSION_STALE');

    const signed = await signAsInstitution(agreement, { confirmName: '  dra. siti aminah, m.pd. ' });
    expect(signed.statusCode, signed.body).toBe(201);
    const afterInstitution = signed.json<Agreement>();
    expect(afterInstitution.status).toBe('awaiting_signatures');
    expect(afterInstitution.signatures).toMatchObject([
      {
        party: 'institution',
        method: 'drawn',
        signerName: institutionSigner.name,
        signedAt: now.toISOString(),
      },
    ]);
    const twice = await signAsInstitution(agreement);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_SIGNED');

    const link = await issueLink(agreement.id);
    expect(link.url).toMatch(new RegExp(`^http://jalin\\.test/tautan/tanda-tangan/${agreement.id}/`));
    expect(link.message).toContain(partnerSigner.name);
    expect(link.message).toContain(link.url);
    expect(link.message).toContain('satu kali');
    expect(link.message).toMatch(/berlaku sampai Senin, 13 April 2026/);
    expect(link.whatsappUrl).toBe(`https://wa.me/?text=${encodeURIComponent(link.message)}`);

    const opened = await t.app.inject({ method: 'GET', url: publicUrl(agreement.id, link.token) });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({
      signatory: partnerSigner,
      alreadySigned: false,
      versionNumber: agreement.currentVersion,
      heading: 'NOTA KESEPAHAMAN',
    });
    const draftPdf = await t.app.inject({
      method: 'GET',
      url: `${publicUrl(agreement.id, link.token)}/document?format=pdf`,
    });
    expect(draftPdf.statusCode).toBe(200);
    expect(draftPdf.headers['content-type']).toBe('application/pdf');
    expect((await extractPdfText(draftPdf.rawPayload)).pages.join('\n')).toContain('DRAF');

    const before = await written(agreement.id);
    const wrongName = await signAsPartner(
      agreement,
      link.token,
      {},
      { ...partnerSigner, name: 'Rusmini Saja' },
    );
    expect(wrongName.statusCode, wrongName.body).toBe(422);
    expect(wrongName.json().error).toMatchObject({
      code: 'SIGNER_MISMATCH',
      details: { fields: ['confirmName'] },
    });
    expect(await written(agreement.id)).toEqual(before);

    const partnerSigned = await signAsPartner(agreement, link.token);
    expect(partnerSigned.statusCode, partnerSigned.body).toBe(201);
    expect(partnerSigned.json()).toMatchObject({ alreadySigned: true });

    const active = await readAgreement(agreement.id);
    expect(active.status).toBe('active');
    expect(active.storedStatus).toBe('active');
    expect(active.signatures.map((s) => s.party)).toEqual(['institution', 'partner']);
    expect(active.final).toMatchObject({ activatedAt: now.toISOString() });

    const copy = await manager.request('GET', `/api/v1/agreements/${agreement.id}/document?format=pdf`);
    expect(copy.statusCode, copy.body).toBe(200);
    const sha = createHash('sha256').update(copy.rawPayload).digest('hex');
    expect(sha).toBe(active.final!.sha256);
    expect(copy.rawPayload.length).toBe(active.final!.sizeBytes);
    const text = await extractPdfText(copy.rawPayload);
    const certificate = flattenText(text.pages.at(-1)!);
    expect(certificate).toContain('LEMBAR PENGESAHAN ELEKTRONIK');
    for (const expected of [
      institutionSigner.name,
      partnerSigner.name,
      partnerSigner.position,
      'PIHAK PERTAMA',
      'PIHAK KEDUA',
      'Tanda tangan digambar',
      agreement.id,
    ]) {
      expect(certificate).toContain(expected);
    }
    expect(certificate).toContain('Android 14');
    expect(text.pages.join('\n')).not.toMatch(/\bDRAF\b/);

    const actions = await auditActions(agreement.id);
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['agreement.signed', 'agreement.signing_link_issued', 'agreement.activated']),
    );
    expect(actions.filter((a) => a.action === 'agreement.signed')).toHaveLength(2);
    const activated = actions.find((a) => a.action === 'agreement.activated')!;
    expect(JSON.parse(activated.after_json!)).toMatchObject({ sha256: sha, status: 'active' });
    const partnerEvent = JSON.parse(actions.filter((a) => a.action === 'agreement.signed')[1]!.after_json!);
    expect(partnerEvent).toMatchObject({ party: 'partner', method: 'drawn', userAgent: partnerAgent });
    expect(partnerEvent.ipAddress).toBeTruthy();

    // The link worked once.
    const again = await t.app.inject({ method: 'GET', url: publicUrl(agreement.id, link.token) });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('LINK_USED');
    const reuse = await signAsPartner(agreement, link.token);
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json().error.code).toBe('LINK_USED');

    // Verification: the stored copy, an exact copy, and a copy with one byte changed.
    const stored = await manager.request('GET', `/api/v1/agreements/${agreement.id}/verification`);
    expect(stored.json()).toMatchObject({
      intact: true,
      source: 'stored',
      storedSha256: sha,
      computedSha256: sha,
    });
    const exact = await manager.request(
      'POST',
      `/api/v1/agreements/${agreement.id}/verification`,
      copy.rawPayload,
      {
        'content-type': 'application/pdf',
      },
    );
    expect(exact.json()).toMatchObject({ intact: true, source: 'upload' });
    const tampered = Buffer.from(copy.rawPayload);
    const at = Math.floor(tampered.length / 2);
    tampered[at] = tampered[at]! ^ 0x01;
    const modified = await manager.request(
      'POST',
      `/api/v1/agreements/${agreement.id}/verification`,
      tampered,
      {
        'content-type': 'application/pdf',
      },
    );
    expect(modified.statusCode, modified.body).toBe(200);
    expect(modified.json()).toMatchObject({ intact: false, source: 'upload', storedSha256: sha });
    expect(modified.json().computedSha256).not.toBe(sha);

    // Signed means immutable: a change needs an addendum.
    const frozen = await written(agreement.id);
    const patch = await manager.request('PATCH', `/api/v1/agreements/${agreement.id}`, {
      version: active.version,
      subject: 'Kerja sama yang diam-diam diubah',
    });
    expect(patch.statusCode, patch.body).toBe(409);
    expect(patch.json().error.code).toBe('AGREEMENT_SIGNED');
    expect(await written(agreement.id)).toEqual(frozen);

    // Each signer's own file stays available.
    const drawing = await manager.request(
      'GET',
      `/api/v1/agreements/${agreement.id}/signatures/${active.signatures[1]!.id}/file`,
    );
    expect(drawing.statusCode).toBe(200);
    expect(drawing.headers['content-type']).toBe('image/png');
    expect(drawing.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('keeps meterai notes for signed copies only, and an e-Meterai needs its serial', async () => {
    const draft = await draftAgreement();
    const early = await manager.request('POST', `/api/v1/agreements/${draft.id}/meterai-notes`, {
      copyHolder: 'institution',
      kind: 'physical',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('AGREEMENT_NOT_ACTIVE');
    const unsignedCheck = await manager.request('GET', `/api/v1/agreements/${draft.id}/verification`);
    expect(unsignedCheck.json().error.code).toBe('AGREEMENT_NOT_ACTIVE');

    const agreement = await awaitingSignatures();
    expect((await signAsInstitution(agreement)).statusCode).toBe(201);
    const link = await issueLink(agreement.id);
    expect((await signAsPartner(agreement, link.token)).statusCode).toBe(201);
    const before = await written(agreement.id);
    const noSerial = await manager.request('POST', `/api/v1/agreements/${agreement.id}/meterai-notes`, {
      copyHolder: 'partner',
      kind: 'e_meterai',
    });
    expect(noSerial.statusCode, noSerial.body).toBe(422);
    expect(noSerial.json().error.code).toBe('METERAI_SERIAL_REQUIRED');
    expect(await written(agreement.id)).toEqual(before);
    const noted = await manager.request('POST', `/api/v1/agreements/${agreement.id}/meterai-notes`, {
      copyHolder: 'partner',
      kind: 'e_meterai',
      serial: '10000000000000000123',
    });
    expect(noted.statusCode, noted.body).toBe(201);
    expect((await readAgreement(agreement.id)).meteraiNotes).toMatchObject([
      { copyHolder: 'partner', kind: 'e_meterai', serial: '10000000000000000123' },
    ]);
    expect((await auditActions(agreement.id)).map((a) => a.action)).toContain('agreement.meterai_noted');
  });

  it('refuses an expired link, a link on another agreement, and a link withdrawn by a newer one', async () => {
    const first = await awaitingSignatures();
    const second = await awaitingSignatures();
    const old = await issueLink(first.id);
    const current = await issueLink(first.id);
    const revoked = await t.app.inject({ method: 'GET', url: publicUrl(first.id, old.token) });
    expect(revoked.statusCode).toBe(410);
    expect(revoked.json().error.code).toBe('LINK_REVOKED');

    const elsewhere = await t.app.inject({ method: 'GET', url: publicUrl(second.id, current.token) });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe('LINK_NOT_FOUND');
    const signElsewhere = await signAsPartner(second, current.token);
    expect(signElsewhere.statusCode).toBe(404);
    expect(signElsewhere.json().error.code).toBe('LINK_NOT_FOUND');

    t.clock.advance(7 * 24 * 3_600_000 + 60_000);
    try {
      const before = await written(first.id);
      const expired = await t.app.inject({ method: 'GET', url: publicUrl(first.id, current.token) });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error.code).toBe('LINK_EXPIRED');
      const late = await signAsPartner(first, current.token);
      expect(late.statusCode).toBe(410);
      expect(late.json().error.code).toBe('LINK_EXPIRED');
      expect(await written(first.id)).toEqual(before);
    } finally {
      t.clock.set(now);
    }
  });

  it('activates exactly once when both parties sign at the same moment', async () => {
    const agreement = await awaitingSignatures();
    const link = await issueLink(agreement.id);
    const [institution, partner] = await Promise.all([
      signAsInstitution(agreement),
      signAsPartner(agreement, link.token),
    ]);
    expect(institution.statusCode, institution.body).toBe(201);
    expect(partner.statusCode, partner.body).toBe(201);
    const active = await readAgreement(agreement.id);
    expect(active.status).toBe('active');
    expect(active.signatures).toHaveLength(2);
    const actions = (await auditActions(agreement.id)).map((a) => a.action);
    expect(actions.filter((action) => action === 'agreement.activated')).toHaveLength(1);
    const copy = await manager.request('GET', `/api/v1/agreements/${agreement.id}/document?format=pdf`);
    const certificate = flattenText((await extractPdfText(copy.rawPayload)).pages.at(-1)!);
    expect(certificate).toContain(institutionSigner.name);
    expect(certificate).toContain(partnerSigner.name);
  });

  it('appends the pages of a scanned signed copy to the signed PDF', async () => {
    const agreement = await awaitingSignatures();
    expect((await signAsInstitution(agreement)).statusCode).toBe(201);
    const link = await issueLink(agreement.id);
    const scan = await scannedCopyPdf(2);
    const signed = await signAsPartner(agreement, link.token, { method: 'uploaded_scan', file: scan });
    expect(signed.statusCode, signed.body).toBe(201);
    const active = await readAgreement(agreement.id);
    expect(active.status).toBe('active');
    expect(active.signatures[1]).toMatchObject({ party: 'partner', method: 'uploaded_scan' });
    const copy = await manager.request('GET', `/api/v1/agreements/${agreement.id}/document?format=pdf`);
    const text = await extractPdfText(copy.rawPayload);
    const pages = text.pages.length;
    expect(text.pages[pages - 2]).toContain(`${scanPageMarker} 1/2`);
    expect(text.pages[pages - 1]).toContain(`${scanPageMarker} 2/2`);
    expect(flattenText(text.pages[pages - 3]!)).toContain('Pindaian dokumen bertanda');
    const scanFile = await manager.request(
      'GET',
      `/api/v1/agreements/${agreement.id}/signatures/${active.signatures[1]!.id}/file`,
    );
    expect(scanFile.rawPayload.equals(scan)).toBe(true);
  });

  it('writes nothing when the file is not a signature or the signed copy cannot be made', async () => {
    const agreement = await awaitingSignatures();
    const before = await written(agreement.id);
    const notPng = await signAsInstitution(agreement, { file: await scannedCopyPdf(1) });
    expect(notPng.statusCode, notPng.body).toBe(415);
    expect(notPng.json().error.code).toBe('SIGNATURE_FILE_INVALID');
    expect(await written(agreement.id)).toEqual(before);

    expect((await signAsInstitution(agreement)).statusCode).toBe(201);
    const link = await issueLink(agreement.id);
    // The institution's drawing is lost from the disk, so the signed copy cannot be rendered.
    const signature = await t.deps.db
      .selectFrom('agreement_signatures')
      .innerJoin('files', 'files.id', 'agreement_signatures.file_id')
      .select('files.storage_key')
      .where('agreement_signatures.agreement_id', '=', agreement.id)
      .executeTakeFirstOrThrow();
    const lost = path.join(t.database.dataDir, 'files', signature.storage_key);
    const kept = fs.readFileSync(lost);
    fs.rmSync(lost);
    const beforePartner = await written(agreement.id);
    const failed = await signAsPartner(agreement, link.token);
    expect(failed.statusCode).toBe(500);
    expect(await written(agreement.id)).toEqual(beforePartner);
    // Once the file is back the same link still works: the failed attempt did not spend it.
    fs.writeFileSync(lost, kept);
    const retried = await signAsPartner(agreement, link.token);
    expect(retried.statusCode, retried.body).toBe(201);
    expect((await readAgreement(agreement.id)).status).toBe('active');
  });
});
