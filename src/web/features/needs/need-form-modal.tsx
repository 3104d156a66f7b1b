import { useState } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { needStatuses, type Need, type NeedStatus } from '../../../shared/contracts/needs';
import { exchangeItems, type ExchangeItem } from '../../../shared/domain/partner-vocabulary';
import { needPriorities, type NeedPriority } from '../../../shared/domain/relevance-score';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { createNeed, needsQueryKey, updateNeed } from './needs-api';

const pick = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  choices.find((choice) => choice === value) ?? fallback;

/** "Catat kebutuhan" and "Ubah kebutuhan": what, how urgent, how many, when, for which programme. */
export function NeedFormModal({ need, onClose }: { need?: Need; onClose: () => void }) {
  const { t } = useT();
  const tn = t.needsUi;
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(need?.title ?? '');
  const [item, setItem] = useState<ExchangeItem>(need?.item ?? 'internship_places');
  const [priority, setPriority] = useState<NeedPriority>(need?.priority ?? 'medium');
  const [quantity, setQuantity] = useState<number | string>(need?.quantity ?? '');
  const [periodStart, setPeriodStart] = useState(need?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(need?.periodEnd ?? '');
  const [programme, setProgramme] = useState(need?.programme ?? '');
  const [notes, setNotes] = useState(need?.notes ?? '');
  const [status, setStatus] = useState<NeedStatus>(need?.status ?? 'open');
  const quantityValue = quantity === '' ? null : Number(quantity);
  const quantityError = quantityValue !== null && (!Number.isInteger(quantityValue) || quantityValue < 1);
  const periodError = Boolean(periodStart && periodEnd && periodEnd < periodStart);

  const save = useMutation({
    mutationFn: () => {
      const fields = {
        title: title.trim(),
        item,
        priority,
        quantity: quantityValue,
        periodStart: periodStart || null,
        periodEnd: periodEnd || null,
        programme: programme.trim() || null,
        notes: notes.trim() || null,
      };
      return need ? updateNeed(need.id, { ...fields, status, version: need.version }) : createNeed(fields);
    },
    onSuccess: async (saved) => {
      notify.success(fill(tn.saved, { title: saved.title }));
      await queryClient.invalidateQueries({ queryKey: needsQueryKey });
      onClose();
      if (!need) void navigate({ to: '/kebutuhan/$needId', params: { needId: saved.id } });
    },
  });

  return (
    <Modal opened onClose={onClose} title={need ? tn.formTitleEdit : tn.formTitleNew} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!quantityError && !periodError) save.mutate();
        }}
        data-testid="need-form"
      >
        <Stack>
          {save.isError && <ErrorAlert error={save.error} />}
          <TextInput
            label={tn.fieldTitle}
            description={tn.fieldTitleHint}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
            minLength={3}
            maxLength={120}
            data-autofocus
            data-testid="need-title"
          />
          <Select
            label={tn.fieldItem}
            description={tn.fieldItemHint}
            required
            allowDeselect={false}
            value={item}
            onChange={(value) => setItem(pick(exchangeItems, value, item))}
            data={exchangeItems.map((value) => ({ value, label: t.partnerVocab.exchange[value] }))}
            data-testid="need-item"
          />
          <Stack gap={4}>
            <label htmlFor="need-priority">{tn.fieldPriority}</label>
            <SegmentedControl
              id="need-priority"
              fullWidth
              value={priority}
              onChange={(value) => setPriority(pick(needPriorities, value, priority))}
              data={needPriorities.map((value) => ({ value, label: t.needPriorities[value] }))}
              data-testid="need-priority"
            />
          </Stack>
          <NumberInput
            label={tn.fieldQuantity}
            description={tn.fieldQuantityHint}
            min={1}
            allowDecimal={false}
            value={quantity}
            onChange={setQuantity}
            error={quantityError ? tn.quantityInvalid : undefined}
            inputMode="numeric"
            data-testid="need-quantity"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={tn.fieldPeriodStart}
              value={periodStart}
              onChange={(event) => setPeriodStart(event.currentTarget.value)}
              data-testid="need-period-start"
            />
            <TextInput
              type="date"
              label={tn.fieldPeriodEnd}
              value={periodEnd}
              onChange={(event) => setPeriodEnd(event.currentTarget.value)}
              error={periodError ? tn.periodInvalid : undefined}
              data-testid="need-period-end"
            />
          </SimpleGrid>
          <TextInput
            label={tn.fieldProgramme}
            value={programme}
            onChange={(event) => setProgramme(event.currentTarget.value)}
            maxLength={120}
            data-testid="need-programme"
          />
          <Textarea
            label={tn.fieldNotes}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="need-notes"
          />
          {need && (
            <Select
              label={tn.fieldStatus}
              allowDeselect={false}
              value={status}
              onChange={(value) => setStatus(pick(needStatuses, value, status))}
              data={needStatuses.map((value) => ({ value, label: t.needStatuses[value] }))}
              data-testid="need-status"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tn.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="need-save">
              {tn.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
