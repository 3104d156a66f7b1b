import type { ApiToken } from '../../../shared/contracts/api-tokens';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { hashSecret, newId, newSecret } from '../../platform/ids';
import {
  findApiTokenRow,
  insertApiTokenRow,
  listApiTokenRows,
  revokeApiTokenRow,
  type ApiTokenRow,
} from './api-tokens.repository';
import { apiTokenPrefix } from './authenticate-request';

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    ownerName: row.owner_name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function listApiTokens(deps: AppDeps, principal: Principal): Promise<ApiToken[]> {
  return (await listApiTokenRows(deps.db, principal.institutionId)).map(toApiToken);
}

/** The secret is returned once; only its hash is kept. A token acts as the user who made it. */
export async function createApiToken(
  deps: AppDeps,
  principal: Principal,
  name: string,
  requestId: string,
): Promise<{ apiToken: ApiToken; secret: string }> {
  const secret = `${apiTokenPrefix}${newSecret()}`;
  const id = newId();
  return deps.db.transaction().execute(async (trx) => {
    await insertApiTokenRow(trx, {
      id,
      institution_id: principal.institutionId,
      user_id: principal.userId,
      name,
      prefix: secret.slice(0, apiTokenPrefix.length + 6),
      token_hash: hashSecret(secret),
      created_at: deps.clock.now().toISOString(),
      last_used_at: null,
      revoked_at: null,
    });
    const apiToken = toApiToken((await findApiTokenRow(trx, principal.institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: principal.institutionId,
        action: 'api_token.created',
        entityType: 'api_token',
        entityId: id,
        after: apiToken,
      },
    );
    return { apiToken, secret };
  });
}

export async function revokeApiToken(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await findApiTokenRow(trx, principal.institutionId, id);
    if (!row) throw new AppError('API_TOKEN_NOT_FOUND');
    if (row.revoked_at) return;
    await revokeApiTokenRow(trx, principal.institutionId, id, deps.clock.now().toISOString());
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: principal.institutionId,
        action: 'api_token.revoked',
        entityType: 'api_token',
        entityId: id,
        before: toApiToken(row),
      },
    );
  });
}
