/** The work plans module's public entry (guide step 5: the joint work plan and its review by the partner). */
import { workPlanReviewRoutes } from './work-plan-review.routes';
import { workPlanRoutes } from './work-plans.routes';

export const workPlansModuleRoutes = [...workPlanRoutes, ...workPlanReviewRoutes];
export {
  findAgreedWorkPlan,
  countWorkPlanItemsOfPartnership,
  type AgreedWorkPlan,
} from './find-agreed-work-plan';
export { createDemoWorkPlan } from './create-demo-work-plan';
export { createFollowUpWorkPlanWithin, type FollowUpWorkPlanInput } from './create-follow-up-work-plan';
