import type { z } from 'zod';
import type { saveClauseTemplateRequestSchema } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { addClauseVersion } from './add-clause-version';
import { checkClauseKey } from './check-clause-key';
import { findUnknownPlaceholders } from './document/clause-templates';
import { listClauseTemplates, type ClauseTemplates } from './list-clause-templates';

/** A new version of one article's wording; a placeholder the engine cannot fill is refused. */
export async function saveClauseTemplate(
  deps: AppDeps,
  principal: Principal,
  key: string,
  input: z.output<typeof saveClauseTemplateRequestSchema>,
  requestId: string,
): Promise<ClauseTemplates> {
  const clauseKey = checkClauseKey(key);
  const unknown = findUnknownPlaceholders(input.body);
  if (unknown.length > 0) throw new AppError('CLAUSE_PLACEHOLDER_UNKNOWN', { key, unknown });
  await addClauseVersion(deps, principal, clauseKey, input.agreementKind, input.body, false, requestId);
  return listClauseTemplates(deps.db, principal.institutionId, input.agreementKind);
}
