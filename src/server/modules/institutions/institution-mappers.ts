import type { Institution } from '../../../shared/contracts/institutions';
import type { User } from '../../../shared/contracts/users';
import type { InstitutionKind, TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { Role } from '../../../shared/domain/roles';
import type { InstitutionRow } from './institutions.repository';
import type { UserRow } from './users.repository';

export function toInstitution(row: InstitutionRow): Institution {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as InstitutionKind,
    npsn: row.npsn,
    address: row.address,
    regionCode: row.region_code,
    timeZone: row.time_zone as TimeZoneCode,
    operatingLicence: { number: row.operating_licence_number, issuedOn: row.operating_licence_issued_on },
    accreditation: {
      body: row.accreditation_body,
      grade: row.accreditation_grade,
      decreeNumber: row.accreditation_decree_number,
      expiresOn: row.accreditation_expires_on,
    },
    unitCode: row.unit_code,
    documentNumberPattern: row.document_number_pattern,
    documentLocale: row.document_locale === 'en' ? 'en' : 'id',
    hasLogo: row.logo_file_id !== null,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toUserStatus(row: Pick<UserRow, 'disabled_at' | 'password_hash'>): User['status'] {
  if (row.disabled_at) return 'disabled';
  return row.password_hash ? 'active' : 'invited';
}

export function toUser(row: UserRow, supervisedRegionCodes: string[]): User {
  return {
    id: row.id,
    institutionId: row.institution_id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    locale: row.locale === 'en' ? 'en' : 'id',
    status: toUserStatus(row),
    supervisedRegionCodes,
    lastLoginAt: row.last_login_at,
    version: row.version,
    createdAt: row.created_at,
  };
}
