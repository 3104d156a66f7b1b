import { agreementKindNumberCodes, type AgreementKind } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { findStoredFile } from './agreement-sources.repository';
import type { AgreementListRow } from './agreements.repository';
import { getVersionContent } from './agreement-versions';
import {
  buildAgreementDocumentInput,
  fieldsOfRow,
  type AgreementFields,
} from './build-agreement-document-input';
import { composeAgreementDocument } from './document/compose-agreement-document';
import { renderAgreementDocx } from './document/render-agreement-docx';
import { renderAgreementPdf } from './document/render-agreement-pdf';
import { currentClauseOverrides, getAgreementRow } from './get-agreement';

export type DocumentFormat = 'pdf' | 'docx';

export interface RenderedFile {
  bytes: Buffer;
  mediaType: string;
  filename: string;
}

const mediaTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function fileNameOf(row: AgreementListRow, versionNumber: number, format: DocumentFormat): string {
  const code = agreementKindNumberCodes[row.kind as AgreementKind];
  const label = row.institution_number ?? `draf-v${versionNumber}`;
  return `${code}-${label}`.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+/g, '-') + `.${format}`;
}

/** The fields of a version: the snapshot of an earlier one, the row for the current one. */
async function fieldsOf(
  deps: Pick<AppDeps, 'db'>,
  institutionId: string,
  row: AgreementListRow,
  versionNumber: number,
): Promise<AgreementFields> {
  if (versionNumber === row.current_version) {
    return fieldsOfRow(row, await currentClauseOverrides(deps.db, institutionId, row));
  }
  const { articles: _articles, ...fields } = await getVersionContent(
    deps.db,
    institutionId,
    row.id,
    versionNumber,
  );
  return fields;
}

/**
 * The agreement as a file. A signed agreement's PDF is the stored signed copy, byte for byte (its
 * hash is on record); everything else is rendered now from the document model, drafts marked DRAF.
 */
export async function renderAgreementFile(
  deps: Pick<AppDeps, 'db' | 'files' | 'clock'>,
  institutionId: string,
  id: string,
  format: DocumentFormat,
  versionNumber?: number,
): Promise<RenderedFile> {
  const row = await getAgreementRow(deps.db, institutionId, id);
  const version = versionNumber ?? row.current_version;
  const filename = fileNameOf(row, version, format);
  if (format === 'pdf' && row.final_file_id && version === row.current_version) {
    const file = await findStoredFile(deps.db, institutionId, row.final_file_id);
    if (!file) throw new AppError('FILE_NOT_FOUND');
    return { bytes: await deps.files.read(file.storage_key), mediaType: mediaTypes.pdf, filename };
  }
  const fields = await fieldsOf(deps, institutionId, row, version);
  const final = Boolean(row.final_file_id) && version === row.current_version;
  const input = await buildAgreementDocumentInput(deps, institutionId, row, fields, {
    now: deps.clock.now(),
    draft: !final,
  });
  const doc = composeAgreementDocument(input);
  const bytes = format === 'pdf' ? await renderAgreementPdf(doc) : await renderAgreementDocx(doc);
  return { bytes, mediaType: mediaTypes[format], filename };
}
