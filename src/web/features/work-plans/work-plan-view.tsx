import { useState } from 'react';
import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkPlan } from '../../../shared/contracts/work-plans';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { ReviewLinkModal } from './review-link-modal';
import { itemToInput } from './work-plan-item-values';
import { WorkPlanDuties } from './work-plan-duties';
import { WorkPlanItemList } from './work-plan-item-list';
import { WorkPlanItemModal } from './work-plan-item-modal';
import { WorkPlanReviews } from './work-plan-reviews';
import { WorkPlanStatusBadge } from './work-plan-status-badge';
import { WorkPlanTimeline } from './work-plan-timeline';
import { WorkPlanTotals } from './work-plan-totals';
import {
  deleteWorkPlan,
  replaceWorkPlanItems,
  workPlanQueryOptions,
  workPlansQueryKey,
} from './work-plans-api';

/** One cycle's plan: its activities, totals, timeline, the duties it implies and the partner's reviews. */
export function WorkPlanView({ plan, canWrite }: { plan: WorkPlan; canWrite: boolean }) {
  const { t, locale } = useT();
  const tu = t.workPlansUi;
  const zone = useMe().institution.timeZone;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<number | null | 'none'>('none');
  const [sending, setSending] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [reopened, setReopened] = useState(false);

  const afterSave = (saved: WorkPlan) => {
    queryClient.setQueryData(workPlanQueryOptions(plan.partnershipId, plan.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: workPlansQueryKey(plan.partnershipId) });
    setReopened(plan.status !== 'draft' && saved.status === 'draft');
    notify.success(tu.itemsSaved);
  };
  const remove = useMutation({
    mutationFn: (index: number) =>
      replaceWorkPlanItems(plan.id, {
        version: plan.version,
        items: plan.items.filter((_, i) => i !== index).map(itemToInput),
      }),
    onSuccess: (saved) => {
      setRemoving(null);
      afterSave(saved);
    },
    onError: (error) => {
      setRemoving(null);
      notify.error(error);
    },
  });
  const destroy = useMutation({
    mutationFn: () => deleteWorkPlan(plan.id, plan.version),
    onSuccess: () => {
      setDeleting(false);
      notify.success(tu.deleted);
      void queryClient.invalidateQueries({ queryKey: workPlansQueryKey(plan.partnershipId) });
    },
    onError: (error) => {
      setDeleting(false);
      notify.error(error);
    },
  });
  const deletable = plan.status === 'draft' || plan.status === 'changes_requested';

  return (
    <Stack gap="md" data-testid="work-plan-view">
      {editing !== 'none' && (
        <WorkPlanItemModal
          plan={plan}
          index={editing}
          onClose={() => setEditing('none')}
          onSaved={(saved) => {
            setEditing('none');
            afterSave(saved);
          }}
        />
      )}
      {sending && <ReviewLinkModal plan={plan} onClose={() => setSending(false)} />}
      {removing !== null && (
        <ConfirmModal
          opened
          title={tu.removeItem}
          body={plan.items[removing]?.activity ?? ''}
          confirmLabel={tu.removeItem}
          danger
          loading={remove.isPending}
          onConfirm={() => remove.mutate(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
      {deleting && (
        <ConfirmModal
          opened
          title={tu.deletePlan}
          body={fill(tu.deleteConfirm, { year: plan.cycleYear })}
          confirmLabel={tu.deletePlan}
          danger
          loading={destroy.isPending}
          onConfirm={() => destroy.mutate()}
          onClose={() => setDeleting(false)}
        />
      )}
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={3} size="h5" data-testid="work-plan-title-shown">
              {plan.title}
            </Title>
            <WorkPlanStatusBadge status={plan.status} />
          </Group>
          {plan.status === 'approved' && plan.approvedByName && plan.approvedAt && (
            <Text size="sm" c="teal.8" data-testid="work-plan-approved-by">
              {fill(tu.approvedBy, {
                name: plan.approvedByName,
                position: plan.approvedByPosition ?? '',
                when: formatDateTime(plan.approvedAt, locale, zone),
              })}
            </Text>
          )}
        </div>
        {canWrite && (
          <Group gap="xs">
            <Button variant="light" onClick={() => setEditing(null)} data-testid="work-plan-add-item">
              {tu.addItem}
            </Button>
            {plan.items.length > 0 && (
              <Button onClick={() => setSending(true)} data-testid="work-plan-send">
                {tu.send}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {reopened && (
        <Alert color="orange" data-testid="work-plan-back-to-draft">
          {tu.backToDraft}
        </Alert>
      )}
      {plan.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tu.noItems}
        </Text>
      ) : (
        <WorkPlanItemList
          items={plan.items}
          {...(canWrite ? { onEdit: (index: number) => setEditing(index), onRemove: setRemoving } : {})}
        />
      )}
      <WorkPlanTotals totals={plan.totals} />
      <Divider />
      <WorkPlanTimeline items={plan.items} />
      <Divider />
      <WorkPlanDuties duties={plan.rightsAndObligations} />
      <Divider />
      <WorkPlanReviews reviews={plan.reviews} zone={zone} />
      {canWrite && deletable && (
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="xs" onClick={() => setDeleting(true)}>
            {tu.deletePlan}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
