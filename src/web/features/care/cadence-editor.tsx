import { useState } from 'react';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { PartnerCare } from '../../../shared/contracts/care';
import { maxCadenceDays, minCadenceDays } from '../../../shared/domain/contact-cadence';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useUpdateCadence } from './care-api';

/** The partner's cadence, with where it comes from; those with care.write may set or reset it. */
export function CadenceEditor({ care, canWrite }: { care: PartnerCare; canWrite: boolean }) {
  const { t } = useT();
  const th = t.partnerHealth;
  const update = useUpdateCadence(care.partnerId);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState<number | string>(care.cadence.overrideDays ?? '');
  const { cadence } = care;

  if (editing) {
    const days = value === '' ? null : Number(value);
    return (
      <Stack gap="xs" data-testid="cadence-form">
        <NumberInput
          label={th.cadenceInput}
          description={th.cadenceHint}
          value={value}
          onChange={setValue}
          min={minCadenceDays}
          max={maxCadenceDays}
          allowDecimal={false}
          placeholder={String(cadence.defaultDays)}
          data-testid="cadence-input"
        />
        <Group gap="xs">
          <Button
            loading={update.isPending}
            onClick={() => update.mutate(days, { onSuccess: () => setEditing(false) })}
            data-testid="cadence-save"
          >
            {th.cadenceSave}
          </Button>
          {cadence.overrideDays !== null && (
            <Button
              variant="default"
              loading={update.isPending}
              onClick={() => update.mutate(null, { onSuccess: () => setEditing(false) })}
              data-testid="cadence-reset"
            >
              {th.cadenceReset}
            </Button>
          )}
          <Button variant="subtle" onClick={() => setEditing(false)}>
            {th.cadenceCancel}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Group justify="space-between" gap="xs" data-testid="cadence">
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          {th.cadence}
        </Text>
        <Text fw={600} data-testid="cadence-days">
          {fill(th.cadenceDays, { days: cadence.days })}
        </Text>
        <Text size="xs" c="dimmed">
          {cadence.overrideDays === null
            ? th.cadenceDefault
            : fill(th.cadenceOverride, { days: cadence.defaultDays })}
        </Text>
      </Stack>
      {canWrite && (
        <Button
          variant="light"
          size="sm"
          onClick={() => {
            setValue(cadence.overrideDays ?? '');
            setEditing(true);
          }}
          data-testid="cadence-edit"
        >
          {th.cadenceEdit}
        </Button>
      )}
    </Group>
  );
}
