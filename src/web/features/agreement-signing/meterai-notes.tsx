import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { agreementQueryKey } from '../agreements/agreements-api';
import { addMeteraiNote } from './signing-api';

type CopyHolder = 'institution' | 'partner';
type StampKind = 'physical' | 'e_meterai';

function MeteraiNoteForm({ agreementId, onDone }: { agreementId: string; onDone: () => void }) {
  const { t } = useT();
  const tm = t.meterai;
  const queryClient = useQueryClient();
  const [copyHolder, setCopyHolder] = useState<CopyHolder>('institution');
  const [kind, setKind] = useState<StampKind>('physical');
  const form = useFormValues({ serial: '', note: '' });
  const save = useMutation({
    mutationFn: () =>
      addMeteraiNote(agreementId, {
        copyHolder,
        kind,
        serial: form.values.serial.trim() || null,
        note: form.values.note.trim() || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: agreementQueryKey(agreementId) });
      onDone();
    },
    onError: (error) => form.applyError(error, t, { METERAI_SERIAL_REQUIRED: 'serial' }),
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (kind === 'e_meterai' && form.values.serial.trim() === '') {
          form.setErrors({ serial: tm.serialRequired });
          return;
        }
        save.mutate();
      }}
      data-testid="meterai-form"
    >
      <Stack gap="sm">
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {tm.copyHolder}
          </Text>
          <SegmentedControl
            fullWidth
            value={copyHolder}
            onChange={(value) => setCopyHolder(value === 'partner' ? 'partner' : 'institution')}
            data={[
              { value: 'institution', label: tm.holder.institution },
              { value: 'partner', label: tm.holder.partner },
            ]}
            data-testid="meterai-holder"
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {tm.kind}
          </Text>
          <SegmentedControl
            fullWidth
            value={kind}
            onChange={(value) => setKind(value === 'e_meterai' ? 'e_meterai' : 'physical')}
            data={[
              { value: 'physical', label: tm.kinds.physical },
              { value: 'e_meterai', label: tm.kinds.e_meterai },
            ]}
            data-testid="meterai-kind"
          />
        </Stack>
        <TextInput
          {...form.field('serial')}
          label={tm.serial}
          description={tm.serialHint}
          data-testid="meterai-serial"
        />
        <Textarea {...form.field('note')} label={tm.note} autosize minRows={2} data-testid="meterai-note" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t.common.cancel}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="meterai-save">
            {tm.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Which copy bears which stamp: a physical meterai, or an e-Meterai with its serial. */
export function MeteraiNotes({ agreement, canRecord }: { agreement: Agreement; canRecord: boolean }) {
  const { t, locale } = useT();
  const tm = t.meterai;
  const me = useMe();
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="meterai-title">
      <Stack gap="sm" data-testid="meterai-notes">
        <Group justify="space-between">
          <Title order={3} size="h5" id="meterai-title">
            {tm.title}
          </Title>
          {canRecord && !adding && (
            <Button variant="light" size="xs" onClick={() => setAdding(true)} data-testid="meterai-add">
              {tm.add}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {tm.intro}
        </Text>
        {agreement.meteraiNotes.length === 0 && !adding && (
          <Text size="sm" c="dimmed" data-testid="meterai-empty">
            {tm.empty}
          </Text>
        )}
        {agreement.meteraiNotes.map((note) => (
          <Paper key={note.id} withBorder radius="sm" p="xs" data-testid="meterai-note-row">
            <Group gap="xs">
              <Text size="sm" fw={500}>
                {tm.holder[note.copyHolder]}
              </Text>
              <Badge variant="light" tt="none">
                {tm.kinds[note.kind]}
              </Badge>
              {note.serial && (
                <Text size="sm" ff="monospace">
                  {note.serial}
                </Text>
              )}
            </Group>
            {note.note && <Text size="sm">{note.note}</Text>}
            <Text size="xs" c="dimmed">
              {fill(tm.recordedAt, {
                time: formatDateTime(note.recordedAt, locale, me.institution.timeZone),
              })}
            </Text>
          </Paper>
        ))}
        {adding && <MeteraiNoteForm agreementId={agreement.id} onDone={() => setAdding(false)} />}
      </Stack>
    </Paper>
  );
}
