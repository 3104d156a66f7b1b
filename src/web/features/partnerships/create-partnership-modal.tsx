import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { partnerPageSchema } from '../../../shared/contracts/partners';
import { enterableStages, type EnterableStage } from '../../../shared/domain/partnership-stages';
import { fill } from '../../../shared/i18n/catalog';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { createPartnership, partnershipsQueryKey } from './partnerships-api';
import { useFacilitators } from './use-facilitators';

interface NamedPartner {
  id: string;
  name: string;
}

const thisYear = new Date().getFullYear();
const yearChoices = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map(String);

/**
 * "Tambah kemitraan": a programme with its partners; it starts at mapping (step 1), or, when it
 * already ran before Jalin, at the stage it is at now with the reason written down.
 */
export function CreatePartnershipModal({
  onClose,
  partner,
}: {
  onClose: () => void;
  partner?: NamedPartner;
}) {
  const { t } = useT();
  const tu = t.partnershipsUi;
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const facilitators = useFacilitators();
  const [name, setName] = useState('');
  const [programme, setProgramme] = useState('');
  const te = t.partnershipEntryUi;
  const patterns = usePatternNames();
  const [pattern, setPattern] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);
  const [enteredStage, setEnteredStage] = useState<EnterableStage>('implementation');
  const [enteredReason, setEnteredReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [facilitatorUserId, setFacilitatorUserId] = useState<string | null>(null);
  const [years, setYears] = useState<string[]>([String(thisYear)]);
  const [partnerIds, setPartnerIds] = useState<string[]>(partner ? [partner.id] : []);
  const [known, setKnown] = useState<Record<string, string>>(partner ? { [partner.id]: partner.name } : {});
  const [typed, setTyped] = useState('');
  const [q] = useDebouncedValue(typed.trim(), 250);
  const found = useQuery({
    queryKey: ['partners', 'partnership-search', q] as const,
    queryFn: ({ signal }) => api.get('/partners', partnerPageSchema, { q, limit: 20 }, signal),
    enabled: q.length >= 3,
  });
  const choices = { ...known };
  for (const item of found.data?.items ?? []) choices[item.id] = item.name;

  const save = useMutation({
    mutationFn: () =>
      createPartnership({
        name: name.trim(),
        programme: programme.trim() || null,
        pattern,
        facilitatorUserId,
        cycleYears: years.map(Number).sort(),
        partnerIds,
        ...(entering ? { enteredAt: { stage: enteredStage, reason: enteredReason.trim() } } : {}),
      }),
    onSuccess: async (created) => {
      notify.success(fill(tu.created, { name: created.name }));
      await queryClient.invalidateQueries({ queryKey: partnershipsQueryKey });
      onClose();
      void navigate({ to: '/kemitraan/$partnershipId', params: { partnershipId: created.id } });
    },
  });

  return (
    <Modal opened onClose={onClose} title={tu.add} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (entering && enteredReason.trim().length < 10) {
            setReasonError(te.reasonTooShort);
            return;
          }
          save.mutate();
        }}
        data-testid="partnership-form"
      >
        <Stack>
          {save.isError && <ErrorAlert error={save.error} />}
          <TextInput
            label={tu.name}
            description={tu.nameHint}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            minLength={3}
            maxLength={200}
            data-autofocus
            data-testid="partnership-name"
          />
          <TextInput
            label={tu.programme}
            value={programme}
            onChange={(event) => setProgramme(event.currentTarget.value)}
            maxLength={120}
            data-testid="partnership-programme"
          />
          <MultiSelect
            label={tu.partners}
            description={tu.partnersHint}
            searchable
            required
            searchValue={typed}
            onSearchChange={setTyped}
            value={partnerIds}
            onChange={(ids) => {
              setPartnerIds(ids);
              setKnown(Object.fromEntries(ids.map((id) => [id, choices[id] ?? id])));
            }}
            data={Object.entries(choices).map(([value, label]) => ({ value, label }))}
            filter={({ options }) => options}
            maxValues={20}
            data-testid="partnership-partners"
          />
          <Select
            label={tu.pattern}
            clearable
            value={pattern}
            onChange={setPattern}
            data={patterns.options}
            data-testid="partnership-pattern"
          />
          <Switch
            label={te.switchLabel}
            description={te.switchHint}
            checked={entering}
            onChange={(event) => setEntering(event.currentTarget.checked)}
            data-testid="partnership-entered"
          />
          {entering && (
            <>
              <Select
                label={te.stage}
                required
                allowDeselect={false}
                value={enteredStage}
                onChange={(value) =>
                  setEnteredStage(enterableStages.find((stage) => stage === value) ?? enteredStage)
                }
                data={enterableStages.map((stage) => ({ value: stage, label: t.partnershipStages[stage] }))}
                data-testid="partnership-entered-stage"
              />
              <Textarea
                label={te.reason}
                description={te.reasonHint}
                required
                autosize
                minRows={2}
                maxLength={2000}
                value={enteredReason}
                error={reasonError}
                onChange={(event) => {
                  setEnteredReason(event.currentTarget.value);
                  setReasonError(null);
                }}
                data-testid="partnership-entered-reason"
              />
            </>
          )}
          {facilitators.options.length > 0 && (
            <Select
              label={tu.facilitator}
              clearable
              searchable
              value={facilitatorUserId}
              onChange={setFacilitatorUserId}
              data={facilitators.options}
              data-testid="partnership-facilitator"
            />
          )}
          <MultiSelect
            label={tu.cycleYears}
            value={years}
            onChange={setYears}
            data={yearChoices}
            data-testid="partnership-years"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tu.cancel}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={partnerIds.length === 0}
              data-testid="partnership-save"
            >
              {tu.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
