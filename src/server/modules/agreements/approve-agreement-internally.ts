import type { Agreement } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { changeReviewState } from './change-review-state';

/** Someone who may sign for the institution approves the current version internally. */
export function approveAgreementInternally(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<Agreement> {
  return changeReviewState(
    deps,
    principal,
    id,
    requestId,
    'agreement.internally_approved',
    (_row, stamp) => ({
      internal_approved_by_user_id: principal.userId,
      internal_approved_at: stamp,
      updated_at: stamp,
    }),
  );
}
