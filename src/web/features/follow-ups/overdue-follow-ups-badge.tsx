import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { overdueCountQueryOptions } from './follow-ups-api';

/** The menu's count of my overdue follow-ups; nothing while there are none. */
export function OverdueFollowUpsBadge() {
  const { t } = useT();
  const count = useQuery(overdueCountQueryOptions).data ?? 0;
  if (count === 0) return null;
  return (
    <Badge
      color="red"
      variant="filled"
      size="sm"
      circle={count < 10}
      aria-label={fill(t.followUps.overdueCountLabel, { count })}
      data-testid="nav-overdue-count"
    >
      {count}
    </Badge>
  );
}
