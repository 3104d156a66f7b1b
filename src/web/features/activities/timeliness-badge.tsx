import { Badge } from '@mantine/core';
import type { ActivityTimeliness } from '../../../shared/domain/activity-timeliness';
import { useT } from '../../lib/i18n';

export const timelinessColors: Record<ActivityTimeliness, string> = {
  on_time: 'teal',
  late: 'orange',
  overdue: 'red',
  unplanned: 'grape',
};

export function TimelinessBadge({ timeliness }: { timeliness: ActivityTimeliness | null }) {
  const { t } = useT();
  if (!timeliness)
    return (
      <Badge size="sm" variant="outline" color="gray" style={{ flexShrink: 0 }}>
        {t.activityListUi.noTimeliness}
      </Badge>
    );
  return (
    <Badge
      size="sm"
      variant="light"
      color={timelinessColors[timeliness]}
      style={{ flexShrink: 0 }}
      data-testid={`timeliness-${timeliness}`}
    >
      {t.activityListUi.timeliness[timeliness]}
    </Badge>
  );
}
