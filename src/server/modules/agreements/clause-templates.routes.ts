import { z } from 'zod';
import {
  clauseTemplatesResponseSchema,
  clauseVersionsResponseSchema,
  saveClauseTemplateRequestSchema,
} from '../../../shared/contracts/agreements';
import { agreementKinds } from '../../../shared/domain/agreement-status';
import { defineRoute } from '../../platform/http/route-definition';
import { listClauseTemplates } from './list-clause-templates';
import { listClauseVersions } from './list-clause-versions';
import { resetClauseTemplate } from './reset-clause-template';
import { saveClauseTemplate } from './save-clause-template';

const tag = 'Clause library';
const kindQuery = z.strictObject({ kind: z.enum(agreementKinds) });
const keyParams = z.strictObject({ key: z.string().min(1).max(60) });

export const clauseTemplateRoutes = [
  defineRoute({
    method: 'GET',
    path: '/clause-templates',
    summary: 'The current wording of every article for one kind of agreement, and the placeholders',
    tag,
    access: { kind: 'authenticated', permission: 'agreements.read' },
    query: kindQuery,
    response: clauseTemplatesResponseSchema,
    handler: ({ deps, principal, query }) =>
      listClauseTemplates(deps.db, principal.institutionId, query.kind),
  }),
  defineRoute({
    method: 'PUT',
    path: '/clause-templates/:key',
    summary:
      'Save a new version of one article’s wording; CLAUSE_PLACEHOLDER_UNKNOWN (details.unknown), CLAUSE_KEY_UNKNOWN',
    tag,
    access: { kind: 'authenticated', permission: 'clauses.manage' },
    params: keyParams,
    body: saveClauseTemplateRequestSchema,
    response: clauseTemplatesResponseSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      saveClauseTemplate(deps, principal, params.key, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/clause-templates/:key/versions',
    summary: 'Every saved version of one article’s wording, newest first',
    tag,
    access: { kind: 'authenticated', permission: 'agreements.read' },
    params: keyParams,
    query: kindQuery,
    response: clauseVersionsResponseSchema,
    handler: ({ deps, principal, params, query }) =>
      listClauseVersions(deps.db, principal.institutionId, params.key, query.kind),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/clause-templates/:key',
    summary: 'Back to the built-in wording (history is kept)',
    tag,
    access: { kind: 'authenticated', permission: 'clauses.manage' },
    params: keyParams,
    query: kindQuery,
    response: clauseTemplatesResponseSchema,
    handler: ({ deps, principal, params, query, requestId }) =>
      resetClauseTemplate(deps, principal, params.key, query.kind, requestId),
  }),
];
