import type { z } from 'zod';
import type { ErrorCode } from '../../../shared/contracts/common';
import {
  workPlanItemSchema,
  type WorkPlanItem,
  type workPlanItemFieldsSchema,
} from '../../../shared/domain/work-plan-items';
import { AppError } from '../../platform/http/app-error';

const codeByRule: Record<string, ErrorCode> = {
  PERIOD_END_BEFORE_START: 'WORK_PLAN_PERIOD_INVALID',
  CONTRIBUTIONS_EXCEED_BUDGET: 'WORK_PLAN_CONTRIBUTIONS_EXCEED_BUDGET',
};

export interface ItemProblem {
  path: string;
  code: ErrorCode;
}

/**
 * Checks the rules across each item's fields (the shapes were checked by the contract). Every broken
 * rule is named by its path, `items.2.endsOn`; the error carries the first one's code.
 */
export function checkWorkPlanItems(items: z.output<typeof workPlanItemFieldsSchema>[]): WorkPlanItem[] {
  const problems: ItemProblem[] = [];
  const checked: WorkPlanItem[] = [];
  items.forEach((item, index) => {
    const result = workPlanItemSchema.safeParse(item);
    if (result.success) {
      checked.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({
        path: ['items', index, ...issue.path.map(String)].join('.'),
        code: codeByRule[issue.message] ?? 'VALIDATION_FAILED',
      });
    }
  });
  const first = problems[0];
  if (first) throw new AppError(first.code, { problems });
  return checked;
}
