import { queryOptions, useQuery } from '@tanstack/react-query';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  partnershipPatternItemSchema,
  partnershipPatternListSchema,
  type CreatePartnershipPatternRequest,
  type UpdatePartnershipPatternRequest,
} from '../../../shared/contracts/partnership-patterns';
import { builtInPatterns, isBuiltInPattern } from '../../../shared/domain/partnership-stages';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';

const patternPath = (code: string) => `/partnership-patterns/${encodeURIComponent(code)}`;

export const partnershipPatternsQueryOptions = queryOptions({
  queryKey: ['partnership-patterns'] as const,
  queryFn: ({ signal }) => api.get('/partnership-patterns', partnershipPatternListSchema, undefined, signal),
  // Patterns change rarely; the board and the create form need not refetch them on every visit.
  staleTime: 5 * 60_000,
});

export function createPattern(body: CreatePartnershipPatternRequest) {
  return api.post('/partnership-patterns', partnershipPatternItemSchema, body);
}

export function updatePattern(code: string, body: UpdatePartnershipPatternRequest) {
  return api.patch(patternPath(code), partnershipPatternItemSchema, body);
}

export function deletePattern(code: string) {
  return api.delete(patternPath(code), okResponseSchema);
}

/**
 * Names for any pattern code: the guide's four from the catalog (so English reads English), the
 * institution's own from the list; while the list loads, a custom code shows as itself.
 */
export function usePatternNames() {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  const canRead = useCan('partnerships.read');
  const list = useQuery({ ...partnershipPatternsQueryOptions, enabled: canRead });
  const custom = (list.data?.items ?? []).filter((item) => !item.builtIn);
  const nameOf = (code: string): string => {
    if (isBuiltInPattern(code)) return t.partnershipPatterns[code];
    return custom.find((item) => item.code === code)?.name ?? code;
  };
  const builtInItems = builtInPatterns.map((code) => ({ value: code, label: t.partnershipPatterns[code] }));
  const options =
    custom.length === 0
      ? builtInItems
      : [
          { group: tp.builtInGroup, items: builtInItems },
          { group: tp.ownGroup, items: custom.map((item) => ({ value: item.code, label: item.name })) },
        ];
  const isKnown = (code: string | null | undefined): code is string =>
    !!code && (isBuiltInPattern(code) || custom.some((item) => item.code === code));
  return { nameOf, options, isKnown };
}
