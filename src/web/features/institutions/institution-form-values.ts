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
  };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
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
    version,
  };
}
