import { Badge, Group, List, Text } from '@mantine/core';
import type { RelevanceReasonView } from '../../../shared/contracts/needs';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { relevanceReasonText } from './relevance-reason-text';

/** The reasons behind a score, each with the points it gave, biggest first. */
export function RelevanceReasons({ reasons }: { reasons: RelevanceReasonView[] }) {
  const { t } = useT();
  const sorted = [...reasons].sort((a, b) => b.points - a.points);
  return (
    <List spacing={4} size="sm" listStyleType="none" data-testid="relevance-reasons">
      {sorted.map((reason) => (
        <List.Item key={reason.factor} data-testid={`reason-${reason.factor}`}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Badge
              variant={reason.points > 0 ? 'light' : 'outline'}
              color={reason.points > 0 ? 'teal' : 'gray'}
              size="sm"
              miw={44}
            >
              {fill(t.relevanceReasons.points, { points: reason.points })}
            </Badge>
            <Text size="sm">{relevanceReasonText(reason, t)}</Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
