import { Card, Group, Stack, Table, Text } from '@mantine/core';
import type { InstitutionActivity } from '../../../shared/contracts/institution-activities';
import type { Locale } from '../../../shared/contracts/auth';
import { formatNumber, formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { AnchorLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import { TimelinessBadge } from './timeliness-badge';

function useDates() {
  const { locale } = useT();
  const zone = useMe().institution.timeZone;
  return (value: string | null) => (value ? formatShortDate(value, locale, zone) : '—');
}

function PartnershipLink({ activity }: { activity: InstitutionActivity }) {
  return (
    <AnchorLink
      to="/kemitraan/$partnershipId"
      params={{ partnershipId: activity.partnership.id }}
      size="sm"
      data-testid="activity-partnership-link"
    >
      {activity.partnership.name}
    </AnchorLink>
  );
}

function actualOf(
  activity: InstitutionActivity,
  outcomeLabel: (kind: string) => string,
  locale: Locale,
): string {
  if (activity.actualQuantity === null) return '—';
  const figure = formatNumber(activity.actualQuantity, locale);
  return activity.outcomeKind ? `${figure} · ${outcomeLabel(activity.outcomeKind)}` : figure;
}

/** Wide screens: one row per activity. */
export function InstitutionActivityTable({ activities }: { activities: InstitutionActivity[] }) {
  const { t, locale } = useT();
  const tl = t.activityListUi;
  const date = useDates();
  const outcome = (kind: string) => t.outcomeKinds[kind as keyof typeof t.outcomeKinds];
  return (
    <TableFrame minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="activity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tl.colTitle}</Table.Th>
            <Table.Th>{tl.colPartnership}</Table.Th>
            <Table.Th>{tl.colStatus}</Table.Th>
            <Table.Th>{tl.colPlannedEnd}</Table.Th>
            <Table.Th>{tl.colEnded}</Table.Th>
            <Table.Th>{tl.colTimeliness}</Table.Th>
            <Table.Th>{tl.colActual}</Table.Th>
            <Table.Th>{tl.colEvidence}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <Table.Tr key={activity.id} data-testid="activity-row" data-activity-id={activity.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {activity.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <PartnershipLink activity={activity} />
                <Text size="xs" c="dimmed">
                  {activity.partnerNames.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>{t.activityStatuses[activity.status]}</Table.Td>
              <Table.Td>{activity.plannedEnd ? date(activity.plannedEnd) : tl.unplannedNote}</Table.Td>
              <Table.Td>{date(activity.endedOn)}</Table.Td>
              <Table.Td miw={140} style={{ whiteSpace: 'nowrap' }}>
                <TimelinessBadge timeliness={activity.timeliness} />
              </Table.Td>
              <Table.Td>{actualOf(activity, outcome, locale)}</Table.Td>
              <Table.Td>{activity.evidenceCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/** Phones: a card per activity, nothing to scroll sideways. */
export function InstitutionActivityCards({ activities }: { activities: InstitutionActivity[] }) {
  const { t, locale } = useT();
  const tl = t.activityListUi;
  const date = useDates();
  const outcome = (kind: string) => t.outcomeKinds[kind as keyof typeof t.outcomeKinds];
  return (
    <Stack gap="sm" data-testid="activity-cards">
      {activities.map((activity) => (
        <Card key={activity.id} withBorder padding="sm" data-testid="activity-card-item">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600}>
              {activity.title}
            </Text>
            <TimelinessBadge timeliness={activity.timeliness} />
          </Group>
          <PartnershipLink activity={activity} />
          <Text size="xs" c="dimmed">
            {t.activityStatuses[activity.status]} · {tl.colPlannedEnd}:{' '}
            {activity.plannedEnd ? date(activity.plannedEnd) : tl.unplannedNote} · {tl.colEnded}:{' '}
            {date(activity.endedOn)}
          </Text>
          <Text size="xs">
            {tl.colActual}: {actualOf(activity, outcome, locale)} · {tl.colEvidence}: {activity.evidenceCount}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
