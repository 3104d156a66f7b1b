import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { AnchorLink } from '../../ui/router-links';
import { ComposeMessageButton } from '../messages/compose-message-button';

/** Greetings carry the occasion they are for, so the composer picks its template and year. */
function occasionRefOf(item: AgendaItem): string | null {
  const { type, id } = item.subject;
  return type === 'holiday' || type === 'occasion' ? `${type}:${id}` : null;
}

function DueBadge({ daysOverdue }: { daysOverdue: number }) {
  const { t } = useT();
  const tc = t.carePage;
  if (daysOverdue > 0)
    return (
      <Badge color="red" variant="light">
        {fill(tc.overdueDays, { days: daysOverdue })}
      </Badge>
    );
  if (daysOverdue === 0)
    return (
      <Badge color="orange" variant="light">
        {tc.dueToday}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light">
      {fill(tc.inDays, { days: -daysOverdue })}
    </Badge>
  );
}

/** One line of the agenda: why, when, for whom, and the button that starts the message. */
export function AgendaItemRow({ item, compact = false }: { item: AgendaItem; compact?: boolean }) {
  const { t, locale } = useT();
  const me = useMe();
  const tc = t.carePage;
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="agenda-item" data-reason={item.reason}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
          <Group gap="xs">
            <Text fw={700}>{tc.reasons[item.reason]}</Text>
            <DueBadge daysOverdue={item.daysOverdue} />
          </Group>
          {item.partnerId ? (
            <AnchorLink
              to="/mitra/$partnerId"
              params={{ partnerId: item.partnerId }}
              fw={600}
              data-testid="agenda-item-partner"
            >
              {item.partnerName}
            </AnchorLink>
          ) : (
            <Text fw={600}>{tc.institutionWide}</Text>
          )}
          {item.detail && (
            <Text size="sm" lineClamp={compact ? 1 : 3}>
              {item.detail}
            </Text>
          )}
          <Text size="sm" c="dimmed" data-testid="agenda-item-due">
            {fill(tc.dueOn, { date: formatDate(item.dueOn, locale, me.institution.timeZone) })}
          </Text>
        </Stack>
        <ComposeMessageButton
          partnerId={item.partnerId}
          purpose={item.suggestedPurpose ?? undefined}
          occasionRef={occasionRefOf(item)}
          label={tc.contact}
          testId="agenda-item-contact"
        />
      </Group>
    </Paper>
  );
}
