import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCan, useMe } from '../../lib/me-query';
import { activeUsersQueryOptions } from '../partners/partner-api';

export interface FacilitatorOption {
  value: string;
  label: string;
}

/** The institution's active users as facilitator choices; empty for roles that may not list users. */
export function useFacilitators(): {
  options: FacilitatorOption[];
  nameOf: (id: string | null) => string | null;
} {
  const me = useMe();
  const canList = useCan('users.read');
  const users = useQuery({ ...activeUsersQueryOptions(me.institution.id), enabled: canList });
  return useMemo(() => {
    const options = (users.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }));
    const names = new Map(options.map((option) => [option.value, option.label]));
    return { options, nameOf: (id) => (id ? (names.get(id) ?? null) : null) };
  }, [users.data]);
}
