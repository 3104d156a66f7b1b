import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Activity, ActivityPlanItem } from '../../../shared/contracts/activities';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { ianaTimeZones } from '../../../shared/domain/institution-kinds';
import { fill } from '../../../shared/i18n/catalog';
import { formatNumber, formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { useNotify } from '../../ui/use-notify';
import {
  activitiesQueryOptions,
  refreshAfterActivityChange,
  deleteActivity,
  removeEvidence,
} from './activities-api';
import { ActivityCard } from './activity-card';
import { ActivityModal } from './activity-modal';
import { EvidenceLinkModal } from './evidence-link-modal';

type Editing = { activity: Activity | null; item: ActivityPlanItem | null } | null;

function ItemHeader({ item }: { item: ActivityPlanItem }) {
  const { t, locale } = useT();
  return (
    <Stack gap={0}>
      <Group gap={6}>
        <Text fw={700} size="sm">
          {item.activity}
        </Text>
        <Badge variant="outline" size="sm">
          {t.activityParties[item.responsibleParty]}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {fill(t.activitiesUi.planned, {
          period: `${formatShortDate(item.startsOn, locale, 'WIB')} – ${formatShortDate(item.endsOn, locale, 'WIB')}`,
        })}{' '}
        · {t.workPlansUi.target}: {formatNumber(item.target.quantity, locale)} {item.target.unit}{' '}
        {item.target.description}
      </Text>
    </Stack>
  );
}

/** Pelaksanaan kegiatan (guide step 8): what was done against each plan item, and outside the plan. */
export function ActivitiesSection({ partnership }: { partnership: Partnership }) {
  const { t } = useT();
  const tu = t.activitiesUi;
  const canWrite = useCan('activities.write');
  const zone = useMe().institution.timeZone;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [linking, setLinking] = useState(false);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const [dropping, setDropping] = useState<{ activityId: string; evidenceId: string } | null>(null);
  const query = useQuery(activitiesQueryOptions(partnership.id));
  const refresh = () => void refreshAfterActivityChange(queryClient, partnership.id);
  const remove = useMutation({
    mutationFn: (activity: Activity) => deleteActivity(activity.id, activity.version),
    onSuccess: () => {
      setDeleting(null);
      notify.success(tu.deleted);
      refresh();
    },
    onError: (error) => {
      setDeleting(null);
      notify.error(error);
    },
  });
  const dropEvidence = useMutation({
    mutationFn: ({ activityId, evidenceId }: { activityId: string; evidenceId: string }) =>
      removeEvidence(activityId, evidenceId),
    onSettled: () => {
      setDropping(null);
      refresh();
    },
    onError: (error) => notify.error(error),
  });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ianaTimeZones[zone] }).format(new Date());
  const activities = query.data?.items ?? [];
  const planItems = query.data?.planItems ?? [];
  const currentIds = new Set(planItems.map((item) => item.id));
  const others = activities.filter((activity) => activity.planItem && !currentIds.has(activity.planItem.id));
  const unplanned = activities.filter((activity) => activity.unplanned);
  const card = (activity: Activity) => (
    <ActivityCard
      key={activity.id}
      activity={activity}
      onEdit={canWrite ? () => setEditing({ activity, item: activity.planItem }) : undefined}
      onDelete={canWrite ? () => setDeleting(activity) : undefined}
      onRemoveEvidence={
        canWrite ? (evidenceId) => setDropping({ activityId: activity.id, evidenceId }) : undefined
      }
    />
  );
  const recordButton = (variant: 'filled' | 'light') =>
    canWrite && (
      <Button
        variant={variant}
        onClick={() => setEditing({ activity: null, item: null })}
        data-testid="activity-record"
      >
        {tu.record}
      </Button>
    );

  return (
    <Paper withBorder radius="md" p="md" data-testid="activities">
      {editing && (
        <ActivityModal
          partnershipId={partnership.id}
          planItems={planItems}
          activity={editing.activity}
          item={editing.item}
          today={today}
          onClose={() => setEditing(null)}
        />
      )}
      {linking && <EvidenceLinkModal partnershipId={partnership.id} onClose={() => setLinking(false)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={tu.deleteTitle}
        body={fill(tu.deleteBody, { title: deleting?.title ?? '', count: deleting?.evidence.length ?? 0 })}
        confirmLabel={tu.delete}
        danger
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
      <ConfirmModal
        opened={dropping !== null}
        title={tu.removeEvidence}
        body={tu.removeEvidenceBody}
        confirmLabel={tu.removeEvidence}
        danger
        loading={dropEvidence.isPending}
        onConfirm={() => dropping && dropEvidence.mutate(dropping)}
        onClose={() => setDropping(null)}
      />
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4">
            {tu.title}
          </Title>
          <Text size="sm" c="dimmed">
            {tu.intro}
          </Text>
        </div>
        {canWrite && (
          <Group gap="xs">
            {(activities.length > 0 || planItems.length > 0) && recordButton('light')}
            <Button variant="default" onClick={() => setLinking(true)} data-testid="evidence-link-open">
              {tu.evidenceLink}
            </Button>
          </Group>
        )}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : activities.length === 0 && planItems.length === 0 ? (
        <EmptyPanel
          testId="activities-empty"
          title={tu.emptyTitle}
          description={`${tu.emptyBody} ${tu.emptyNoPlan}`}
          actions={recordButton('filled') || undefined}
        />
      ) : (
        <Stack gap="md">
          {activities.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="activities-empty">
              {tu.emptyBody}
            </Text>
          )}
          {planItems.map((item) => {
            const mine = activities.filter((activity) => activity.planItem?.id === item.id);
            return (
              <Stack key={item.id} gap={6} data-testid="activity-item-group">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <ItemHeader item={item} />
                  {canWrite && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      style={{ flexShrink: 0 }}
                      onClick={() => setEditing({ activity: null, item })}
                      data-testid="activity-record-for-item"
                    >
                      {tu.recordFor}
                    </Button>
                  )}
                </Group>
                {mine.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {tu.notStarted}
                  </Text>
                ) : (
                  mine.map(card)
                )}
              </Stack>
            );
          })}
          {others.length > 0 && (
            <Stack gap={6}>
              <Text fw={700} size="sm">
                {tu.otherPlanGroup}
              </Text>
              {others.map(card)}
            </Stack>
          )}
          {unplanned.length > 0 && (
            <Stack gap={6} data-testid="activity-unplanned-group">
              <Text fw={700} size="sm">
                {tu.unplannedGroup}
              </Text>
              {unplanned.map(card)}
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
