import { ActionIcon, Anchor, Badge, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import type { Activity } from '../../../shared/contracts/activities';
import type { ActivityStatus } from '../../../shared/domain/activity-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { formatNumber, formatRupiah, formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { evidenceFileUrl } from './activities-api';

const statusColor: Record<ActivityStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'teal',
  cancelled: 'red',
};

interface ActivityCardProps {
  activity: Activity;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
  onRemoveEvidence?: ((evidenceId: string) => void) | undefined;
}

/** One activity as a reader checks it: status, actual against target, dates, party, spending, evidence. */
export function ActivityCard({ activity, onEdit, onDelete, onRemoveEvidence }: ActivityCardProps) {
  const { t, locale } = useT();
  const tu = t.activitiesUi;
  const target = activity.planItem?.target;
  const dates = [activity.startedOn, activity.endedOn]
    .filter((date): date is string => date !== null)
    .map((date) => formatShortDate(date, locale, 'WIB'))
    .join(' – ');
  const spent = activity.institutionSpentRupiah + activity.partnerSpentRupiah;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="activity-card" data-activity-id={activity.id}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} size="sm" style={{ flex: 1, minWidth: 0 }}>
            {activity.title}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {activity.unplanned && (
              <Badge color="orange" variant="light" data-testid="activity-unplanned">
                {tu.unplanned}
              </Badge>
            )}
            <Badge color={statusColor[activity.status]} data-testid="activity-status-badge">
              {t.activityStatuses[activity.status]}
            </Badge>
          </Group>
        </Group>
        {activity.actualQuantity !== null && (
          <Text size="sm" data-testid="activity-actual-of-target">
            {target
              ? fill(tu.actualOfTarget, {
                  actual: formatNumber(activity.actualQuantity, locale),
                  target: formatNumber(target.quantity, locale),
                  unit: `${target.unit} ${target.description}`,
                })
              : `${formatNumber(activity.actualQuantity, locale)} · ${t.outcomeKinds[activity.outcomeKind ?? 'other']}`}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {[
            dates,
            t.activityParties[activity.carriedOutBy],
            spent > 0 ? fill(tu.spent, { amount: formatRupiah(spent, locale) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {activity.outputs && <Text size="xs">{activity.outputs}</Text>}
        {activity.evidence.length === 0 ? (
          <Text size="xs" c="orange.8">
            {tu.noEvidence}
          </Text>
        ) : (
          <Group gap="xs" data-testid="activity-evidence">
            {activity.evidence.map((evidence) => (
              <Stack
                key={evidence.id}
                gap={2}
                align="center"
                w={84}
                data-testid="evidence-item"
                data-kind={evidence.kind}
              >
                <Anchor
                  href={evidenceFileUrl(activity.id, evidence.id)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {evidence.contentType.startsWith('image/') ? (
                    <Image
                      src={evidenceFileUrl(activity.id, evidence.id, true)}
                      alt={evidence.caption ?? evidence.fileName}
                      w={72}
                      h={72}
                      radius="sm"
                      fit="cover"
                    />
                  ) : (
                    <Badge size="lg" radius="sm" variant="light" color="red" w={72} h={72}>
                      PDF
                    </Badge>
                  )}
                </Anchor>
                <Text size="xs" ta="center" lineClamp={3}>
                  {t.evidenceKinds[evidence.kind]}
                  {evidence.side === 'partner' && evidence.contributorName
                    ? ` · ${fill(tu.byPartner, { name: evidence.contributorName })}`
                    : ''}
                </Text>
                {onRemoveEvidence && (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={tu.removeEvidence}
                    onClick={() => onRemoveEvidence(evidence.id)}
                  >
                    ×
                  </ActionIcon>
                )}
              </Stack>
            ))}
          </Group>
        )}
        {(onEdit || onDelete) && (
          <Group gap={4} mt={4}>
            {onEdit && (
              <Button size="compact-sm" variant="light" onClick={onEdit} data-testid="activity-edit">
                {tu.edit}
              </Button>
            )}
            {onDelete && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={onDelete}
                data-testid="activity-delete"
              >
                {tu.delete}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
