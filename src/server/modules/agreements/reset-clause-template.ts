import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { addClauseVersion } from './add-clause-version';
import { checkClauseKey } from './check-clause-key';
import { defaultClauseTemplates } from './document/clause-templates';
import { listClauseTemplates, type ClauseTemplates } from './list-clause-templates';

/** Back to the built-in wording: a retired marker is added, earlier versions stay readable. */
export async function resetClauseTemplate(
  deps: AppDeps,
  principal: Principal,
  key: string,
  kind: AgreementKind,
  requestId: string,
): Promise<ClauseTemplates> {
  const clauseKey = checkClauseKey(key);
  await addClauseVersion(
    deps,
    principal,
    clauseKey,
    kind,
    defaultClauseTemplates(kind)[clauseKey],
    true,
    requestId,
  );
  return listClauseTemplates(deps.db, principal.institutionId, kind);
}
