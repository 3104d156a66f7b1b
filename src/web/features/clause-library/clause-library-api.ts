import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  clauseTemplatesResponseSchema,
  clauseVersionsResponseSchema,
  type clauseTemplateSchema,
} from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import { api, apiRequest } from '../../lib/api-client';

export { clauseTemplatesQueryOptions } from '../agreements/agreements-api';

export type ClauseTemplate = z.output<typeof clauseTemplateSchema>;

const clausePath = (key: string) => `/clause-templates/${encodeURIComponent(key)}`;

/** Every clause query starts with this key: a save refreshes the list and the history together. */
export const clauseTemplatesKey = ['clause-templates'] as const;

export function clauseVersionsQueryOptions(key: string, kind: AgreementKind) {
  return queryOptions({
    queryKey: [...clauseTemplatesKey, kind, 'versions', key] as const,
    queryFn: ({ signal }) =>
      api.get(`${clausePath(key)}/versions`, clauseVersionsResponseSchema, { kind }, signal),
  });
}

export function saveClauseTemplate(key: string, kind: AgreementKind, body: string) {
  return api.put(clausePath(key), clauseTemplatesResponseSchema, { json: { agreementKind: kind, body } });
}

export function resetClauseTemplate(key: string, kind: AgreementKind) {
  return apiRequest('DELETE', clausePath(key), clauseTemplatesResponseSchema, { query: { kind } });
}

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The same reading of `{{…}}` as the document engine: names not on the list, each once, in order. */
export function unknownPlaceholders(body: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(placeholderPattern)) {
    const name = match[1] ?? '';
    if (!known.has(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The unknown names a 422 CLAUSE_PLACEHOLDER_UNKNOWN carries, whatever key the server put them under. */
export function namesFromDetails(details: unknown): string[] {
  if (Array.isArray(details)) return details.filter((item): item is string => typeof item === 'string');
  if (typeof details !== 'object' || details === null) return [];
  return Object.values(details).flatMap((value) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [],
  );
}
