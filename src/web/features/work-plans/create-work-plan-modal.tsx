import { useState } from 'react';
import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkPlan, WorkPlanSummary } from '../../../shared/contracts/work-plans';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { createWorkPlan, workPlansQueryKey } from './work-plans-api';

interface CreateWorkPlanModalProps {
  partnershipId: string;
  plans: readonly WorkPlanSummary[];
  onClose: () => void;
  onCreated: (plan: WorkPlan) => void;
}

/** A new cycle's plan: this year by default, empty or from the latest earlier plan moved a year on. */
export function CreateWorkPlanModal({ partnershipId, plans, onClose, onCreated }: CreateWorkPlanModalProps) {
  const { t } = useT();
  const tu = t.workPlansUi;
  const queryClient = useQueryClient();
  const thisYear = new Date().getFullYear();
  const taken = new Set(plans.map((plan) => plan.cycleYear));
  const newest = plans[0];
  const firstFree = newest && newest.cycleYear >= thisYear ? newest.cycleYear + 1 : thisYear;
  const [year, setYear] = useState<number>(taken.has(thisYear) ? firstFree : thisYear);
  const [title, setTitle] = useState(fill(tu.defaultTitle, { year }));
  const [titleTouched, setTitleTouched] = useState(false);
  const source = plans.find((plan) => plan.cycleYear < year && plan.itemCount > 0);
  const [start, setStart] = useState<'copy' | 'empty'>(source ? 'copy' : 'empty');

  const create = useMutation({
    mutationFn: () =>
      createWorkPlan(partnershipId, {
        cycleYear: year,
        title,
        items: [],
        copyFromWorkPlanId: start === 'copy' && source ? source.id : null,
      }),
    onSuccess: (plan) => {
      void queryClient.invalidateQueries({ queryKey: workPlansQueryKey(partnershipId) });
      onCreated(plan);
    },
  });

  return (
    <Modal opened onClose={onClose} title={tu.createTitle}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
        data-testid="create-work-plan-form"
      >
        <Stack gap="sm">
          {create.error && <ErrorAlert error={create.error} />}
          <NumberInput
            label={tu.cycleYear}
            value={year}
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            onChange={(value) => {
              const next = typeof value === 'number' ? value : Number(value) || thisYear;
              setYear(next);
              if (!titleTouched) setTitle(fill(tu.defaultTitle, { year: next }));
            }}
            data-testid="work-plan-cycle-year"
          />
          <TextInput
            label={tu.planTitle}
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setTitleTouched(true);
            }}
            data-testid="work-plan-title"
          />
          {source && (
            <Stack gap={4}>
              <SegmentedControl
                value={start}
                onChange={(value) => setStart(value)}
                data={[
                  { value: 'copy', label: tu.copyFromLast },
                  { value: 'empty', label: tu.startEmpty },
                ]}
              />
              {start === 'copy' && (
                <Text size="xs" c="dimmed">
                  {fill(tu.copyFromLastHint, { year: source.cycleYear })}
                </Text>
              )}
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tu.cancel}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="work-plan-create-submit">
              {tu.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
