import type { Agreement } from '../../../shared/contracts/agreements';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { changeReviewState } from './change-review-state';

/** A draft goes to review: colleagues read it, the partner may be sent a link. */
export function requestAgreementReview(
  deps: AppDeps,
  principal: Principal,
  id: string,
  requestId: string,
): Promise<Agreement> {
  return changeReviewState(deps, principal, id, requestId, 'agreement.review_requested', (_row, stamp) => ({
    status: 'in_review',
    updated_at: stamp,
  }));
}
