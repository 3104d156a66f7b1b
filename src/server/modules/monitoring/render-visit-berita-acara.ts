import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { renderBeritaAcaraDocx, renderBeritaAcaraPdf, type BeritaAcaraDocument } from '../agreements/index';
import { getMonitoringVisit } from './get-monitoring-visit';
import { linesOf } from './monitoring-mappers';
import { findInstitutionRow, findMonitoredPartnership, listPartnerPartiesOf } from './monitoring.repository';

export interface RenderedVisitFile {
  bytes: Buffer;
  mediaType: string;
  filename: string;
}

/** "Nama, Jabatan" as typed in the visit; a name alone signs as a representative. */
function signatoryOf(person: string | undefined, party: 'institution' | 'partner') {
  const [name = '', ...rest] = (person ?? '').split(',');
  const position = rest.join(',').trim();
  return { name: name.trim() || '……………………', position: position || 'Perwakilan', party };
}

function numbered(text: string): BeritaAcaraDocument['body'][number] {
  const lines = linesOf(text);
  return lines.length > 1
    ? { kind: 'list', ordered: true, items: lines }
    : { kind: 'paragraph', text: lines[0] ?? '' };
}

/**
 * The Berita Acara Monitoring dan Evaluasi of one visit: a printout to sign on the spot, rendered on
 * demand and not stored (the visit record is the source; its changes are audited).
 */
export async function renderVisitBeritaAcara(
  deps: AppDeps,
  principal: Principal,
  visitId: string,
  format: 'pdf' | 'docx',
  requestId: string,
): Promise<RenderedVisitFile> {
  const institutionId = principal.institutionId;
  const visit = await getMonitoringVisit(deps.db, institutionId, visitId);
  const [institution, partnership, partners] = await Promise.all([
    findInstitutionRow(deps.db, institutionId),
    findMonitoredPartnership(deps.db, institutionId, visit.partnershipId),
    listPartnerPartiesOf(deps.db, institutionId, visit.partnershipId),
  ]);
  if (!institution || !partnership) throw new AppError('MONITORING_VISIT_NOT_FOUND');
  const partnerName = partners.map((p) => p.name).join(', ') || partnership.name;
  const attendance = [
    ...visit.visitors.map((person) => [person, institution.name]),
    ...visit.partnerAttendees.map((person) => [person, partnerName]),
  ].map((row, index) => [String(index + 1), ...row]);
  const doc: BeritaAcaraDocument = {
    kind: 'monitoring_visit',
    heading: 'BERITA ACARA MONITORING DAN EVALUASI',
    number: null,
    letterhead: {
      institutionName: institution.name,
      lines: institution.address ? [institution.address] : [],
      logo: null,
    },
    opening: { date: visit.visitedOn, place: visit.place },
    parties: {
      institution: { name: institution.name, address: institution.address, identifiers: [] },
      partner: { name: partnerName, address: partners[0]?.address ?? null, identifiers: [] },
    },
    body: [
      {
        kind: 'paragraph',
        text: `PARA PIHAK telah melaksanakan monitoring dan evaluasi pelaksanaan kemitraan ${partnership.name} dengan dihadiri oleh:`,
      },
      { kind: 'table', header: ['No.', 'Nama dan jabatan', 'Unsur'], rows: attendance },
      { kind: 'paragraph', text: 'Hasil monitoring dan evaluasi adalah sebagai berikut:' },
      { kind: 'paragraph', text: 'A. Temuan' },
      numbered(visit.findings),
      { kind: 'paragraph', text: 'B. Rekomendasi' },
      visit.recommendations ? numbered(visit.recommendations) : { kind: 'paragraph', text: '-' },
    ],
    signatories: {
      institution: signatoryOf(visit.visitors[0], 'institution'),
      partner: signatoryOf(visit.partnerAttendees[0], 'partner'),
    },
    signatures: { institution: null, partner: null },
    draft: false,
  };
  const bytes = format === 'pdf' ? await renderBeritaAcaraPdf(doc) : await renderBeritaAcaraDocx(doc);
  await deps.db.transaction().execute((trx) =>
    writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'monitoring_visit.berita_acara_rendered',
        entityType: 'monitoring_visit',
        entityId: visitId,
        after: { format, visitedOn: visit.visitedOn },
      },
    ),
  );
  return {
    bytes,
    mediaType:
      format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filename: `BA-monev-${visit.visitedOn}.${format}`,
  };
}
