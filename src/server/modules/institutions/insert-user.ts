import type { Transaction } from 'kysely';
import type { User } from '../../../shared/contracts/users';
import type { Role } from '../../../shared/domain/roles';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit, type AuditOrigin } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { toUser } from './institution-mappers';
import { findUserRow, insertUserRow, replaceSupervisedRegionCodes } from './users.repository';

export interface NewUser {
  id?: string;
  institutionId: string;
  email: string;
  name: string;
  role: Role;
  locale?: 'id' | 'en';
  /** null: the user is invited and sets a password through a one-time link. */
  passwordHash: string | null;
  supervisedRegionCodes?: string[];
}

/** Inserts a user with its regions and the `user.created` audit row, in the caller's transaction. */
export async function insertUser(
  trx: Transaction<Database>,
  deps: AppDeps,
  origin: AuditOrigin,
  input: NewUser,
): Promise<User> {
  const now = deps.clock.now().toISOString();
  const id = input.id ?? newId();
  const regions = input.role === 'supervisor' ? (input.supervisedRegionCodes ?? []) : [];
  await insertUserRow(trx, {
    id,
    institution_id: input.institutionId,
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    locale: input.locale ?? 'id',
    password_hash: input.passwordHash,
    disabled_at: null,
    last_login_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  await replaceSupervisedRegionCodes(trx, input.institutionId, id, regions);
  const user = toUser((await findUserRow(trx, input.institutionId, id))!, regions);
  await writeAudit(trx, deps, origin, {
    institutionId: input.institutionId,
    action: 'user.created',
    entityType: 'user',
    entityId: id,
    after: user,
  });
  return user;
}
