import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { CreateWorkPlanModal } from './create-work-plan-modal';
import { WorkPlanView } from './work-plan-view';
import { workPlanQueryOptions, workPlansQueryOptions } from './work-plans-api';

function SelectedPlan({
  partnershipId,
  workPlanId,
  canWrite,
}: {
  partnershipId: string;
  workPlanId: string;
  canWrite: boolean;
}) {
  const query = useQuery(workPlanQueryOptions(partnershipId, workPlanId));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <WorkPlanView plan={query.data} canWrite={canWrite} />;
}

/** Penyusunan Rencana Kerja (guide step 5): the partnership's plan per cycle year. */
export function WorkPlansSection({ partnership, canWrite }: { partnership: Partnership; canWrite: boolean }) {
  const { t } = useT();
  const tu = t.workPlansUi;
  const [creating, setCreating] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const query = useQuery(workPlansQueryOptions(partnership.id));
  const plans = query.data?.items ?? [];
  const selected = plans.find((plan) => plan.id === chosen) ?? plans[0];
  const createButton = (variant: 'filled' | 'light') =>
    canWrite && (
      <Button variant={variant} onClick={() => setCreating(true)} data-testid="work-plan-create">
        {tu.create}
      </Button>
    );

  return (
    <Paper withBorder radius="md" p="md" data-testid="work-plans">
      {creating && (
        <CreateWorkPlanModal
          partnershipId={partnership.id}
          plans={plans}
          onClose={() => setCreating(false)}
          onCreated={(plan) => {
            setCreating(false);
            setChosen(plan.id);
          }}
        />
      )}
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4">
            {tu.title}
          </Title>
          <Text size="sm" c="dimmed">
            {tu.intro}
          </Text>
        </div>
        {plans.length > 0 && createButton('light')}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : !selected ? (
        <EmptyPanel
          testId="work-plans-empty"
          title={tu.emptyTitle}
          description={tu.emptyBody}
          actions={createButton('filled') || undefined}
        />
      ) : (
        <Stack gap="sm">
          {plans.length > 1 && (
            <Group gap="xs">
              <Text size="sm">{tu.planOf}</Text>
              <SegmentedControl
                size="xs"
                value={selected.id}
                onChange={setChosen}
                data={plans.map((plan) => ({ value: plan.id, label: String(plan.cycleYear) }))}
              />
            </Group>
          )}
          <SelectedPlan partnershipId={partnership.id} workPlanId={selected.id} canWrite={canWrite} />
        </Stack>
      )}
    </Paper>
  );
}
