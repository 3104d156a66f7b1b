import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { GatheringSummary, Invitation } from '../../../shared/contracts/gatherings';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { TableFrame } from '../../ui/table-frame';
import { GatheringFormModal } from './gathering-form-modal';
import { gatheringQueryOptions, useMarkAttendance } from './gatherings-api';
import { InviteModal } from './invite-modal';

const replyColors = { pending: 'gray', attending: 'teal', declined: 'red', maybe: 'yellow' } as const;

export function GatheringCounts({ gathering }: { gathering: GatheringSummary }) {
  const { t } = useT();
  const c = gathering.counts;
  return (
    <Text size="sm" c="dimmed" data-testid="gathering-counts">
      {fill(t.gatheringsUi.counts, {
        invited: String(c.invited),
        attending: String(c.attending),
        people: String(c.attendingPeople),
        maybe: String(c.maybe),
        declined: String(c.declined),
        attended: String(c.attended),
      })}
    </Text>
  );
}

function InvitationTable({ gatheringId, invitations }: { gatheringId: string; invitations: Invitation[] }) {
  const { t } = useT();
  const tu = t.gatheringsUi;
  const canWrite = useCan('care.write');
  const mark = useMarkAttendance(gatheringId);
  if (invitations.length === 0) return <Text c="dimmed">{tu.noInvitations}</Text>;
  return (
    <TableFrame minWidth={640}>
      <Table striped data-testid="gathering-invitations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tu.partner}</Table.Th>
            <Table.Th>{tu.reply}</Table.Th>
            <Table.Th>{tu.people}</Table.Th>
            <Table.Th>{tu.note}</Table.Th>
            <Table.Th>{tu.attended}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id} data-testid="gathering-invitation-row">
              <Table.Td>
                <Text fw={600} size="sm">
                  {invitation.partnerName}
                </Text>
                {invitation.contactName && (
                  <Text size="xs" c="dimmed">
                    {invitation.contactName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={replyColors[invitation.reply]}
                  data-testid="gathering-invitation-reply"
                >
                  {tu.replies[invitation.reply]}
                </Badge>
              </Table.Td>
              <Table.Td>{invitation.attendeeCount ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{invitation.replyNote ?? ''}</Text>
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={tu.attended}
                  checked={invitation.attended === true}
                  disabled={!canWrite || mark.isPending}
                  onChange={(e) =>
                    mark.mutate({
                      items: [{ invitationId: invitation.id, attended: e.currentTarget.checked }],
                    })
                  }
                  data-testid="gathering-attended"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

/** One gathering: when and where, counts, invitations with replies, and attendance. */
export function GatheringDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t, locale } = useT();
  const tu = t.gatheringsUi;
  const zone = useMe().institution.timeZone;
  const canWrite = useCan('care.write');
  const query = useQuery(gatheringQueryOptions(id));
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [openedAt] = useState(() => Date.now());
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const gathering = query.data;
  const open = gathering.status === 'planned' && Date.parse(gathering.startsAt) > openedAt;
  return (
    <Stack gap="md" data-testid="gathering-detail">
      <Button variant="subtle" onClick={onBack} w="fit-content" px={0}>
        ← {tu.back}
      </Button>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h4">
              {gathering.title}
            </Title>
            <Text size="sm">{formatLongDateTime(gathering.startsAt, locale, zone)}</Text>
            <Text size="sm">{gathering.place}</Text>
            {gathering.agenda && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {gathering.agenda}
              </Text>
            )}
            <GatheringCounts gathering={gathering} />
          </Stack>
          <Group gap="xs">
            <Badge>{tu.statuses[gathering.status]}</Badge>
            {canWrite && (
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                {tu.edit}
              </Button>
            )}
            {canWrite && open && (
              <Button size="xs" onClick={() => setInviting(true)} data-testid="gathering-invite">
                {tu.invite}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
      <Title order={3} size="h5">
        {tu.invitations}
      </Title>
      <InvitationTable gatheringId={gathering.id} invitations={gathering.invitations} />
      {editing && <GatheringFormModal existing={gathering} onClose={() => setEditing(false)} />}
      {inviting && <InviteModal gatheringId={gathering.id} onClose={() => setInviting(false)} />}
    </Stack>
  );
}
