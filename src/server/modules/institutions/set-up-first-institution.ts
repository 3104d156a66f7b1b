import type { InstitutionKind, TimeZoneCode } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import { checkPasswordStrength } from '../../platform/auth/check-password-strength';
import { hashPassword } from '../../platform/auth/password-hashing';
import { AppError } from '../../platform/http/app-error';
import { hashSecret, newId, newSecret } from '../../platform/ids';
import { insertInstitution } from './create-institution';
import { countInstitutionRows } from './institutions.repository';
import { insertSetupTokenRow, useSetupTokenRow } from './one-time-links.repository';
import { insertUser } from './insert-user';
import { findUserRowByEmail } from './users.repository';

export interface FirstInstitutionInput {
  institutionName: string;
  institutionKind: InstitutionKind;
  timeZone: TimeZoneCode;
  regionCode?: string | null;
  managerName: string;
  email: string;
  password: string;
}

export async function needsSetup(deps: AppDeps): Promise<boolean> {
  return (await countInstitutionRows(deps.db)) === 0;
}

/** On an empty database: a one-time link, valid a day, that opens the setup page. */
export async function issueSetupToken(deps: AppDeps): Promise<string> {
  const now = deps.clock.now();
  const secret = newSecret();
  await insertSetupTokenRow(deps.db, {
    id: newId(),
    token_hash: hashSecret(secret),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + 24 * 3_600_000).toISOString(),
    used_at: null,
  });
  return secret;
}

/**
 * Creates an institution and its first user. That user is an `admin`: the person who installs
 * Jalin runs the server, and also manages this institution (admin holds every manager right).
 */
export async function createInstitutionWithAdmin(
  deps: AppDeps,
  input: FirstInstitutionInput,
  meta: { requestId: string | null; setupToken: string | null },
): Promise<{ institutionId: string; userId: string }> {
  checkPasswordStrength(input.password, { email: input.email, name: input.managerName });
  if (await findUserRowByEmail(deps.db, input.email)) throw new AppError('EMAIL_TAKEN');
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (meta.setupToken !== null) {
      if ((await countInstitutionRows(trx)) > 0) throw new AppError('SETUP_ALREADY_DONE');
      if (!(await useSetupTokenRow(trx, hashSecret(meta.setupToken), now)))
        throw new AppError('LINK_INVALID');
    }
    const userId = newId();
    const origin = { principal: { userId, userName: input.managerName }, requestId: meta.requestId };
    const institution = await insertInstitution(trx, deps, origin, {
      name: input.institutionName,
      kind: input.institutionKind,
      timeZone: input.timeZone,
      regionCode: input.regionCode ?? null,
    });
    await insertUser(trx, deps, origin, {
      id: userId,
      institutionId: institution.id,
      email: input.email,
      name: input.managerName,
      role: 'admin',
      passwordHash,
    });
    return { institutionId: institution.id, userId };
  });
}
