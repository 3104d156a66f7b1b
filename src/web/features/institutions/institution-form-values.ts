import type { Institution, UpdateInstitutionRequest } from '../../../shared/contracts/institutions';

/** The profile form holds text only; keys are the request's field names so server errors land on them. */
export type InstitutionFormValues = {
  name: string;
  kind: string;
  npsn: string;
  address: string;
  regionCode: string;
  timeZone: string;
  operatingLicenceNumber: string;
  operatingLicenceIssuedOn: string;
  accreditationBody: string;
  accreditationGrade: string;
  accreditationDecreeNumber: string;
  accreditationExpiresOn: string;
  unitCode: string;
  documentNumberPattern: string;
  documentLocale: string;
  latitude: string;
  longitude: string;
};

export function toFormValues(institution: Institution): InstitutionFormValues {
  return {
    name: institution.name,
    kind: institution.kind,
    npsn: institution.npsn ?? '',
    address: institution.address ?? '',
    regionCode: institution.regionCode ?? '',
    timeZone: institution.timeZone,
    operatingLicenceNumber: institution.operatingLicence.number ?? '',
    operatingLicenceIssuedOn: institution.operatingLicence.issuedOn ?? '',
    accreditationBody: institution.accreditation.body ?? '',
    accreditationGrade: institution.accreditation.grade ?? '',
    accreditationDecreeNumber: institution.accreditation.decreeNumber ?? '',
    accreditationExpiresOn: institution.accreditation.expiresOn ?? '',
    unitCode: institution.unitCode ?? '',
    documentNumberPattern: institution.documentNumberPattern,
    documentLocale: institution.documentLocale,
    latitude: institution.latitude === null ? '' : String(institution.latitude),
    longitude: institution.longitude === null ? '' : String(institution.longitude),
  };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A typed coordinate (comma or point); anything unreadable stays NaN for the schema to refuse. */
function toCoordinate(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
}

/** Every field of the form, empty ones as null (cleared); the schema checks kinds and zones. */
export function toUpdateRequest(
  values: InstitutionFormValues,
  version: number,
): Record<keyof UpdateInstitutionRequest, unknown> {
  return {
    name: values.name,
    kind: values.kind,
    npsn: orNull(values.npsn),
    address: orNull(values.address),
    regionCode: orNull(values.regionCode),
    timeZone: values.timeZone,
    operatingLicenceNumber: orNull(values.operatingLicenceNumber),
    operatingLicenceIssuedOn: orNull(values.operatingLicenceIssuedOn),
    accreditationBody: orNull(values.accreditationBody),
    accreditationGrade: orNull(values.accreditationGrade),
    accreditationDecreeNumber: orNull(values.accreditationDecreeNumber),
    accreditationExpiresOn: orNull(values.accreditationExpiresOn),
    unitCode: orNull(values.unitCode),
    documentNumberPattern: values.documentNumberPattern,
    documentLocale: values.documentLocale,
    latitude: toCoordinate(values.latitude),
    longitude: toCoordinate(values.longitude),
    version,
  };
}
