import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { findLatestClauseVersion, insertClauseTemplateRow } from './clause-templates.repository';
import type { ClauseKey } from './document/clause-templates';

export async function addClauseVersion(
  deps: AppDeps,
  principal: Principal,
  key: ClauseKey,
  kind: AgreementKind,
  body: string,
  retired: boolean,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  const stamp = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const before = await findLatestClauseVersion(trx, institutionId, key, kind);
    if (retired && (!before || before.retired_at)) return;
    const version = (before?.version ?? 0) + 1;
    const id = newId();
    await insertClauseTemplateRow(trx, {
      id,
      institution_id: institutionId,
      clause_key: key,
      agreement_kind: kind,
      version,
      body,
      retired_at: retired ? stamp : null,
      created_by_user_id: principal.userId,
      created_at: stamp,
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: retired ? 'clause_template.reset' : 'clause_template.saved',
        entityType: 'clause_template',
        entityId: id,
        before: before ? { key, kind, version: before.version, body: before.body } : null,
        after: { key, kind, version, body, retired },
      },
    );
  });
}
