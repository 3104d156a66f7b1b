import { defaultDocumentNumberPattern } from '../../src/shared/domain/institution-kinds';
import type { Row } from './bulk-writer';

/** An `institutions` row as registration writes it: no licence, accreditation or logo yet, WITA. */
export function institutionRow(fields: {
  id: string;
  name: string;
  kind: string;
  npsn?: string | null;
  address?: string | null;
  regionCode: string;
  at: string;
}): Row {
  return {
    id: fields.id,
    name: fields.name,
    kind: fields.kind,
    npsn: fields.npsn ?? null,
    address: fields.address ?? null,
    region_code: fields.regionCode,
    time_zone: 'WITA',
    operating_licence_number: null,
    operating_licence_issued_on: null,
    accreditation_body: null,
    accreditation_grade: null,
    accreditation_decree_number: null,
    accreditation_expires_on: null,
    unit_code: null,
    document_number_pattern: defaultDocumentNumberPattern,
    document_locale: 'id',
    logo_file_id: null,
    version: 1,
    created_at: fields.at,
    updated_at: fields.at,
  };
}
