import type { Db } from '../../db/database';
import type { Principal } from '../../platform/auth/principal';
import { loadPrincipal } from './to-principal';
import { findUserRowByEmail } from './users.repository';

/** The user as a principal for server-side commands (demo data, scripts); null when unknown or disabled. */
export async function findPrincipalByEmail(db: Db, email: string): Promise<Principal | null> {
  const user = await findUserRowByEmail(db, email);
  if (!user || user.disabled_at) return null;
  return loadPrincipal(db, { ...user, user_id: user.id }, { via: 'command' });
}
