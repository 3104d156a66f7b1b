import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { signatureFormSchema } from '../../../../shared/contracts/agreements';
import type { Database } from '../../../db/schema';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { writeAudit } from '../../../platform/audit/audit-writer';
import type { StoredFile } from '../../../platform/files/file-store';
import { insertFileRow } from '../../../platform/files/files.repository';
import { storeFileWithRecord } from '../../../platform/files/store-file-with-record';
import { AppError } from '../../../platform/http/app-error';
import type { UploadedFile } from '../../../platform/http/route-definition';
import { newId } from '../../../platform/ids';
import { consumePublicLink, type PublicLink } from '../../../platform/links/public-links';
import { renderSignedCopy } from './render-signed-copy';
import { checkSignatureFile } from './signature-file';
import {
  loadSigningAgreement,
  requireAwaitingSignatures,
  requireRecordedSigner,
  signingParties,
  type SigningAgreement,
  type SigningParty,
} from './signing-agreement';
import { markOfRow, type SigningMark } from './signing-marks';
import {
  insertAgreementSignatureRow,
  listAgreementSignatureRows,
  updateSigningAgreementRow,
} from './signatures.repository';

export type SignatureForm = z.output<typeof signatureFormSchema>;

export interface SigningOrigin {
  principal: Principal | null;
  /** The partner's one-time link; spent in the transaction that records the signature. */
  link: PublicLink | null;
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string;
}

export interface SignatureRequest {
  institutionId: string;
  agreementId: string;
  party: SigningParty;
  form: SignatureForm;
  file: UploadedFile | undefined;
  origin: SigningOrigin;
}

/** Someone else signed or changed the agreement between our read and our write: read again. */
class AgreementMoved extends Error {}
const attempts = 3;
const partyFileWords = { institution: 'pihak-pertama', partner: 'pihak-kedua' } as const;

/** The party's checks, in the order a signer can fix them; throws before anything is written. */
async function signableState(deps: AppDeps, request: SignatureRequest) {
  const state = await loadSigningAgreement(deps.db, request.institutionId, request.agreementId);
  requireAwaitingSignatures(state.row);
  if (request.form.versionNumber !== state.row.current_version)
    throw new AppError('AGREEMENT_VERSION_STALE', { currentVersion: state.row.current_version });
  const signed = (
    await listAgreementSignatureRows(deps.db, request.institutionId, request.agreementId)
  ).filter((row) => row.version_number === state.row.current_version);
  if (signed.some((row) => row.party === request.party)) throw new AppError('ALREADY_SIGNED');
  requireRecordedSigner(state.signatories[request.party], request.form);
  // A draft that names the institution's signatory as a user can be signed by that user only.
  const recordedUser = request.party === 'institution' ? state.signatories.institution.userId : null;
  const signer = request.origin.principal;
  if (recordedUser && signer && signer.userId !== recordedUser)
    throw new AppError('SIGNER_MISMATCH', { fields: ['user'] });
  return { state, signed };
}

/**
 * Records one party's signature on the version frozen for signing. When it is the last one, the signed
 * copy (both signatures, the certificate page, any scans appended) is rendered and stored before the
 * transaction opens, and the same transaction that keeps the signature makes the agreement active
 * with the copy's SHA-256; a failed render therefore writes nothing at all.
 */
export async function signAgreement(deps: AppDeps, request: SignatureRequest): Promise<void> {
  await signableState(deps, request);
  const checked = await checkSignatureFile(request.form.method, request.file);
  for (let attempt = 1; ; attempt += 1) {
    const { state, signed } = await signableState(deps, request);
    const now = deps.clock.now().toISOString();
    const recorded = state.signatories[request.party];
    const mark: SigningMark = {
      party: request.party,
      method: request.form.method,
      bytes: checked.bytes,
      name: recorded.name,
      position: recorded.position,
      signedAt: now,
      ipAddress: request.origin.ipAddress,
      userAgent: request.origin.userAgent,
    };
    const isLast = signingParties.every(
      (party) => party === request.party || signed.some((row) => row.party === party),
    );
    let signedCopy: { bytes: Buffer; stored: StoredFile } | null = null;
    try {
      if (isLast) {
        const marks = [...(await Promise.all(signed.map((row) => markOfRow(deps, row)))), mark];
        const bytes = await renderSignedCopy(deps, state, marks);
        signedCopy = { bytes, stored: await deps.files.put(bytes) };
      }
      await record(deps, request, state, mark, checked.extension, signedCopy?.stored ?? null);
      return;
    } catch (error) {
      if (signedCopy) await deps.files.remove(signedCopy.stored.storageKey);
      if (!(error instanceof AgreementMoved) || attempt >= attempts) {
        throw error instanceof AgreementMoved ? new AppError('VERSION_CONFLICT') : error;
      }
    }
  }
}

async function record(
  deps: AppDeps,
  request: SignatureRequest,
  state: SigningAgreement,
  mark: SigningMark,
  extension: 'png' | 'pdf',
  signedCopy: StoredFile | null,
): Promise<void> {
  const { institutionId, agreementId, party, origin } = request;
  const row = state.row;
  const fileName = `tanda-tangan-${partyFileWords[party]}-${row.id}.${extension}`;
  await storeFileWithRecord(
    deps,
    mark.bytes,
    {
      institutionId,
      purpose: 'agreement_signature',
      originalName: fileName,
      mediaType: extension === 'png' ? 'image/png' : 'application/pdf',
      createdBy: origin.principal?.userId ?? null,
    },
    async (trx, fileId) => {
      if (origin.link) await consumePublicLink(trx, origin.link, mark.signedAt);
      const finalFileId = signedCopy ? newId() : null;
      if (signedCopy && finalFileId) {
        await insertFileRow(trx, {
          id: finalFileId,
          institution_id: institutionId,
          purpose: 'agreement_final',
          original_name: `${(row.institution_number ?? 'kesepakatan').replace(/[^\p{L}\p{N}.-]+/gu, '-')}-ditandatangani.pdf`,
          media_type: 'application/pdf',
          size_bytes: signedCopy.sizeBytes,
          sha256: signedCopy.sha256,
          storage_key: signedCopy.storageKey,
          created_by: origin.principal?.userId ?? null,
          created_at: mark.signedAt,
        });
      }
      const moved = !(await updateRow(trx, request, row.version, mark.signedAt, signedCopy, finalFileId));
      if (moved) throw new AgreementMoved();
      const signatureId = newId();
      await insertAgreementSignatureRow(trx, {
        id: signatureId,
        institution_id: institutionId,
        agreement_id: agreementId,
        version_number: row.current_version,
        party,
        signer_name: mark.name,
        signer_position: mark.position,
        method: mark.method,
        file_id: fileId,
        signed_by_user_id: origin.principal?.userId ?? null,
        public_link_id: origin.link?.id ?? null,
        ip_address: mark.ipAddress,
        user_agent: mark.userAgent,
        signed_at: mark.signedAt,
      });
      const audit = { principal: origin.principal, requestId: origin.requestId };
      await writeAudit(trx, deps, audit, {
        institutionId,
        action: 'agreement.signed',
        entityType: 'agreement',
        entityId: agreementId,
        after: {
          signatureId,
          party,
          method: mark.method,
          signer: { name: mark.name, position: mark.position },
          versionNumber: row.current_version,
          linkId: origin.link?.id ?? null,
          ipAddress: mark.ipAddress,
          userAgent: mark.userAgent,
        },
      });
      if (signedCopy) {
        await writeAudit(trx, deps, audit, {
          institutionId,
          action: 'agreement.activated',
          entityType: 'agreement',
          entityId: agreementId,
          before: { status: row.status },
          after: {
            status: 'active',
            fileId: finalFileId,
            sha256: signedCopy.sha256,
            versionNumber: row.current_version,
          },
        });
      }
    },
  );
}

function updateRow(
  trx: Transaction<Database>,
  request: SignatureRequest,
  expectedVersion: number,
  now: string,
  signedCopy: StoredFile | null,
  finalFileId: string | null,
): Promise<boolean> {
  return updateSigningAgreementRow(
    trx,
    request.institutionId,
    request.agreementId,
    expectedVersion,
    signedCopy
      ? {
          status: 'active',
          final_file_id: finalFileId,
          final_sha256: signedCopy.sha256,
          activated_at: now,
          updated_at: now,
        }
      : { updated_at: now },
  );
}
