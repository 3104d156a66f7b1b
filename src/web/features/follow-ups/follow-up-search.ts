import {
  followUpScopes,
  followUpStatuses,
  type FollowUpScope,
  type FollowUpStatus,
} from '../../../shared/contracts/follow-ups';

export interface FollowUpSearch {
  /** Absent: mine. */
  scope?: Exclude<FollowUpScope, 'mine'>;
  /** Absent: open. */
  status?: Exclude<FollowUpStatus, 'open'>;
}

/** Tindak lanjut: the filters live in the URL; unknown values fall back to the defaults. */
export function parseFollowUpSearch(search: Record<string, unknown>): FollowUpSearch {
  const scope = followUpScopes.find((value) => value === search.scope);
  const status = followUpStatuses.find((value) => value === search.status);
  return {
    scope: scope === 'all' ? 'all' : undefined,
    status: status === 'done' ? 'done' : undefined,
  };
}
