import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { FollowUpItem } from '../../../shared/contracts/follow-ups';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate, formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { AnchorLink } from '../../ui/router-links';

interface FollowUpRowProps {
  item: FollowUpItem;
  today: string;
  canWrite: boolean;
  busy: boolean;
  onDone: (item: FollowUpItem, done: boolean) => void;
}

/** One task: partner, task, due date; overdue is said in words and with an icon, not only in red. */
export function FollowUpRow({ item, today, canWrite, busy, onDone }: FollowUpRowProps) {
  const { t, locale } = useT();
  const me = useMe();
  const zone = me.institution.timeZone;
  const tf = t.followUps;
  const due =
    item.dueOn === today ? tf.dueToday : fill(tf.dueOn, { date: formatDate(item.dueOn, locale, zone) });
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="li"
      data-testid="follow-up-item"
      data-interaction-id={item.interactionId}
      data-overdue={item.overdue ? 'true' : 'false'}
      style={item.overdue ? { borderLeft: '4px solid var(--mantine-color-red-7)' } : undefined}
    >
      {/* On a phone the button drops under the task rather than squeezing it. */}
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
          <Group gap="xs">
            {item.overdue && (
              <Badge color="red" variant="filled" data-testid="follow-up-overdue">
                ⚠ {tf.overdueBadge}
              </Badge>
            )}
            <Text size="sm" fw={item.overdue ? 700 : 500} c={item.overdue ? 'red.8' : undefined}>
              {item.doneAt ? fill(tf.doneOn, { date: formatShortDate(item.doneAt, locale, zone) }) : due}
            </Text>
          </Group>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.task}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {item.partners.map((partner, index) => (
              <span key={partner.id}>
                {index > 0 && ', '}
                <AnchorLink to="/mitra/$partnerId" params={{ partnerId: partner.id }} size="sm">
                  {partner.name}
                </AnchorLink>
              </span>
            ))}
            {item.partnership && (
              <>
                {' · '}
                <AnchorLink
                  to="/kemitraan/$partnershipId"
                  params={{ partnershipId: item.partnership.id }}
                  size="sm"
                >
                  {item.partnership.name}
                </AnchorLink>
              </>
            )}
          </Text>
        </Stack>
        {canWrite &&
          (item.doneAt ? (
            <Button variant="default" size="sm" loading={busy} onClick={() => onDone(item, false)}>
              {tf.reopen}
            </Button>
          ) : (
            <Button
              size="md"
              variant="light"
              color="teal"
              loading={busy}
              onClick={() => onDone(item, true)}
              aria-label={fill(tf.markDoneLabel, { task: item.task })}
              data-testid="follow-up-done"
            >
              ✓ {tf.markDone}
            </Button>
          ))}
      </Group>
    </Paper>
  );
}
