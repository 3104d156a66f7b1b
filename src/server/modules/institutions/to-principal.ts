import type { Role } from '../../../shared/domain/roles';
import type { Principal } from '../../platform/auth/principal';

export interface PrincipalSource {
  user_id: string;
  institution_id: string;
  name: string;
  email: string;
  role: string;
  locale: string;
}

/** The caller as every use case sees it, from a user row and how the request proved who it is. */
export function toPrincipal(
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
