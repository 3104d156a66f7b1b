import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/database';
import type { Principal } from '../../platform/auth/principal';
import { listSupervisedRegionCodes } from './users.repository';

export interface PrincipalSource {
  user_id: string;
  institution_id: string;
  name: string;
  email: string;
  role: string;
  locale: string;
}

/** The caller as every use case sees it, from a user row and how the request proved who it is. */
function toPrincipal(
  row: PrincipalSource,
  proof: { via: 'session'; sessionId: string; csrfToken: string } | { via: 'token' } | { via: 'command' },
  supervisedRegionCodes: string[],
): Principal {
  return {
    userId: row.user_id,
    userName: row.name,
    email: row.email,
    role: row.role as Role,
    locale: row.locale === 'en' ? 'en' : 'id',
    institutionId: row.institution_id,
    supervisedRegionCodes: row.role === 'supervisor' ? supervisedRegionCodes : [],
    via: proof.via,
    sessionId: proof.via === 'session' ? proof.sessionId : null,
    csrfToken: proof.via === 'session' ? proof.csrfToken : null,
  };
}

type Proof = Parameters<typeof toPrincipal>[1];

/** The principal of a user row; region codes are read only for supervisors, the only role using them. */
export async function loadPrincipal(db: Db, row: PrincipalSource, proof: Proof): Promise<Principal> {
  const regions =
    row.role === 'supervisor'
      ? ((await listSupervisedRegionCodes(db, row.institution_id, [row.user_id])).get(row.user_id) ?? [])
      : [];
  return toPrincipal(row, proof, regions);
}
