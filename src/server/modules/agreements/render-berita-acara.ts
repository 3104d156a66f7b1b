import type { z } from 'zod';
import type { beritaAcaraRequestSchema } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { buildCurrentAgreementDocumentInput } from './build-agreement-document-input';
import { composeAgreementDocument } from './document/compose-agreement-document';
import type { BeritaAcaraDocument, BeritaAcaraKind } from './document/record-document-model';
import { renderBeritaAcaraDocx } from './document/render-berita-acara-docx';
import { renderBeritaAcaraPdf } from './document/render-berita-acara-pdf';
import type { RenderedFile } from './render-agreement-file';

const headings: Record<BeritaAcaraKind, string> = {
  agreement_reached: 'BERITA ACARA KESEPAKATAN',
  handover: 'BERITA ACARA SERAH TERIMA',
  monitoring_visit: 'BERITA ACARA KUNJUNGAN MONITORING',
};

const intros: Record<BeritaAcaraKind, string> = {
  agreement_reached: 'telah mencapai kesepakatan mengenai hal-hal sebagai berikut:',
  handover: 'telah melakukan serah terima sebagai berikut:',
  monitoring_visit: 'telah melakukan kunjungan monitoring dengan hasil sebagai berikut:',
};

/**
 * A record that something happened under an agreement (agreement reached, handover, monitoring
 * visit), from the same parties and letterhead as the agreement; a printout to sign, not stored.
 */
export async function renderBeritaAcara(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  input: z.output<typeof beritaAcaraRequestSchema>,
  requestId: string,
): Promise<RenderedFile> {
  const institutionId = principal.institutionId;
  const agreement = composeAgreementDocument(
    await buildCurrentAgreementDocumentInput(deps, institutionId, agreementId, { now: deps.clock.now() }),
  );
  const reference = [
    agreement.heading,
    agreement.numbers.institution ? `Nomor ${agreement.numbers.institution}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const doc: BeritaAcaraDocument = {
    kind: input.kind,
    heading: headings[input.kind],
    number: null,
    letterhead: agreement.letterhead,
    opening: { date: input.heldOn, place: input.place },
    parties: agreement.parties,
    body: [
      {
        kind: 'paragraph',
        text: `Sehubungan dengan ${reference} ${agreement.subject.toLocaleLowerCase('id')}, PARA PIHAK ${intros[input.kind]}`,
      },
      { kind: 'list', ordered: true, items: input.points },
      {
        kind: 'paragraph',
        text: 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
      },
    ],
    signatories: agreement.signatories,
    signatures: { institution: null, partner: null },
    draft: false,
  };
  const bytes = input.format === 'pdf' ? await renderBeritaAcaraPdf(doc) : await renderBeritaAcaraDocx(doc);
  await deps.db.transaction().execute((trx) =>
    writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'agreement.berita_acara_rendered',
        entityType: 'agreement',
        entityId: agreementId,
        after: { kind: input.kind, heldOn: input.heldOn, place: input.place, format: input.format },
      },
    ),
  );
  const mediaType =
    input.format === 'pdf'
      ? 'application/pdf'
      : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return { bytes, mediaType, filename: `BA-${input.kind}-${input.heldOn}.${input.format}` };
}
