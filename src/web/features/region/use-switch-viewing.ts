import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { meQueryKey } from '../../lib/me-query';
import { setViewingInstitution, type ViewingInstitution } from '../../lib/viewing-institution';

/**
 * Enters or leaves an institution's read-only view. Every cached answer belonged to the other
 * institution, so all go; /me is fetched again before the page changes, so the shell never shows
 * one institution's name over another's figures.
 */
export function useSwitchViewing(): (institution: ViewingInstitution | null) => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (institution) => {
    setViewingInstitution(institution);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    await queryClient.refetchQueries({ queryKey: meQueryKey });
    await navigate({ to: institution ? '/' : '/wilayah' });
  };
}
