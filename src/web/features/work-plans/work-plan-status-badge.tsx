import { Badge } from '@mantine/core';
import type { WorkPlanStatus } from '../../../shared/contracts/work-plans';
import { useT } from '../../lib/i18n';

const colors: Record<WorkPlanStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  changes_requested: 'orange',
  approved: 'teal',
};

export function WorkPlanStatusBadge({ status }: { status: WorkPlanStatus }) {
  const { t } = useT();
  return (
    <Badge color={colors[status]} variant="light" data-testid="work-plan-status">
      {t.workPlanStatuses[status]}
    </Badge>
  );
}
