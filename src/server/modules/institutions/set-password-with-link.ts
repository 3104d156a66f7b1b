import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { checkPasswordStrength } from '../../platform/auth/check-password-strength';
import { hashPassword } from '../../platform/auth/password-hashing';
import { AppError } from '../../platform/http/app-error';
import { hashSecret } from '../../platform/ids';
import { findUsablePasswordLink, usePasswordLinkRow } from './one-time-links.repository';
import { endSessionsOfUser } from './sessions.repository';
import { setUserPasswordHash } from './users.repository';

export async function getPasswordLinkInfo(deps: AppDeps, token: string) {
  const link = await findUsablePasswordLink(deps.db, hashSecret(token), deps.clock.now().toISOString());
  if (!link || link.disabled_at) throw new AppError('LINK_INVALID');
  return { name: link.name, email: link.email, institutionName: link.institution_name };
}

/** Uses the link once; every earlier session of the user ends with the old password. */
export async function setPasswordWithLink(
  deps: AppDeps,
  input: { token: string; password: string },
  requestId: string,
): Promise<void> {
  const now = deps.clock.now().toISOString();
  const link = await findUsablePasswordLink(deps.db, hashSecret(input.token), now);
  if (!link || link.disabled_at) throw new AppError('LINK_INVALID');
  checkPasswordStrength(input.password, { email: link.email, name: link.name });
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await usePasswordLinkRow(trx, link.id, now))) throw new AppError('LINK_INVALID');
    await setUserPasswordHash(trx, link.institution_id, link.user_id, passwordHash, now);
    await endSessionsOfUser(trx, link.institution_id, link.user_id, now);
    await writeAudit(
      trx,
      deps,
      { principal: { userId: link.user_id, userName: link.name }, requestId },
      {
        institutionId: link.institution_id,
        action: 'user.password_set',
        entityType: 'user',
        entityId: link.user_id,
      },
    );
  });
}
