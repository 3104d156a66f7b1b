import type { z } from 'zod';
import type { createUserRequestSchema, updateUserRequestSchema, User } from '../../../shared/contracts/users';
import { listAssignableRoles, type Role } from '../../../shared/domain/roles';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { getWritableInstitution } from './institution-access';
import { toUser } from './institution-mappers';
import { insertUser } from './insert-user';
import { createPasswordLink, mailPasswordLink, type PasswordLink } from './issue-password-link';
import { endSessionsOfUser } from './sessions.repository';
import {
  findUserRow,
  findUserRowByEmail,
  listSupervisedRegionCodes,
  replaceSupervisedRegionCodes,
  updateUserRow,
} from './users.repository';

function assertAssignable(principal: Principal, role: Role): void {
  if (!listAssignableRoles(principal.role).includes(role)) throw new AppError('ROLE_NOT_ASSIGNABLE');
}

export async function createUser(
  deps: AppDeps,
  principal: Principal,
  institutionId: string,
  input: z.output<typeof createUserRequestSchema>,
  meta: { requestId: string; baseUrl: string },
): Promise<{ user: User; passwordLink: PasswordLink }> {
  assertAssignable(principal, input.role);
  const institution = await getWritableInstitution(deps.db, principal, institutionId);
  if (await findUserRowByEmail(deps.db, input.email)) throw new AppError('EMAIL_TAKEN');
  const userId = newId();
  const regions = input.role === 'supervisor' ? (input.supervisedRegionCodes ?? []) : [];
  const { user, link } = await deps.db.transaction().execute(async (trx) => {
    const created = await insertUser(
      trx,
      deps,
      { principal, requestId: meta.requestId },
      {
        id: userId,
        institutionId,
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale ?? 'id',
        passwordHash: null,
        supervisedRegionCodes: regions,
      },
    );
    const passwordLink = await createPasswordLink(trx, deps, { institutionId, userId }, meta.baseUrl);
    return { user: created, link: passwordLink };
  });
  const emailed = await mailPasswordLink(
    deps,
    { email: user.email, name: user.name, locale: user.locale, institutionName: institution.name },
    link,
  );
  return { user, passwordLink: { ...link, emailed } };
}

export async function updateUser(
  deps: AppDeps,
  principal: Principal,
  institutionId: string,
  userId: string,
  input: z.output<typeof updateUserRequestSchema>,
  requestId: string,
): Promise<User> {
  await getWritableInstitution(deps.db, principal, institutionId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await findUserRow(trx, institutionId, userId);
    if (!row) throw new AppError('USER_NOT_FOUND');
    const changesAccess =
      (input.role !== undefined && input.role !== row.role) || input.disabled !== undefined;
    if (userId === principal.userId && changesAccess) throw new AppError('CANNOT_CHANGE_OWN_ACCESS');
    // Nobody edits a user who holds more than they may give (a manager cannot touch an admin).
    assertAssignable(principal, row.role as Role);
    if (input.role) assertAssignable(principal, input.role);
    const regionsBefore = (await listSupervisedRegionCodes(trx, institutionId, [userId])).get(userId) ?? [];
    const before = toUser(row, regionsBefore);
    const now = deps.clock.now().toISOString();
    const disabledAt =
      input.disabled === undefined ? row.disabled_at : input.disabled ? (row.disabled_at ?? now) : null;
    const ok = await updateUserRow(trx, institutionId, userId, input.version, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.role === undefined ? {} : { role: input.role }),
      ...(input.locale === undefined ? {} : { locale: input.locale }),
      disabled_at: disabledAt,
      updated_at: now,
    });
    if (!ok) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const role = input.role ?? row.role;
    const regions = role === 'supervisor' ? (input.supervisedRegionCodes ?? regionsBefore) : [];
    await replaceSupervisedRegionCodes(trx, institutionId, userId, regions);
    if (disabledAt && !row.disabled_at) await endSessionsOfUser(trx, institutionId, userId, now);
    if (input.role && input.role !== row.role) await endSessionsOfUser(trx, institutionId, userId, now);
    const after = toUser((await findUserRow(trx, institutionId, userId))!, regions);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: disabledAt && !row.disabled_at ? 'user.disabled' : 'user.updated',
        entityType: 'user',
        entityId: userId,
        before,
        after,
      },
    );
    return after;
  });
}

export async function reissuePasswordLink(
  deps: AppDeps,
  principal: Principal,
  institutionId: string,
  userId: string,
  meta: { requestId: string; baseUrl: string },
): Promise<PasswordLink> {
  const institution = await getWritableInstitution(deps.db, principal, institutionId);
  const row = await findUserRow(deps.db, institutionId, userId);
  if (!row) throw new AppError('USER_NOT_FOUND');
  assertAssignable(principal, row.role as Role);
  if (row.disabled_at) throw new AppError('FORBIDDEN');
  const link = await deps.db.transaction().execute(async (trx) => {
    const created = await createPasswordLink(trx, deps, { institutionId, userId }, meta.baseUrl);
    await writeAudit(
      trx,
      deps,
      { principal, requestId: meta.requestId },
      {
        institutionId,
        action: 'user.password_link_issued',
        entityType: 'user',
        entityId: userId,
        after: { expiresAt: created.expiresAt },
      },
    );
    return created;
  });
  const emailed = await mailPasswordLink(
    deps,
    { email: row.email, name: row.name, locale: row.locale, institutionName: institution.name },
    link,
  );
  return { ...link, emailed };
}
