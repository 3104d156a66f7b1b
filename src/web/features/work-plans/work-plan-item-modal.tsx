import { useRef } from 'react';
import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkPlan } from '../../../shared/contracts/work-plans';
import { responsibleParties } from '../../../shared/domain/work-plan-items';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/describe-error';
import { focusFirstError } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { RupiahInput } from './rupiah-input';
import {
  emptyItemValues,
  fieldOfItemPath,
  itemToInput,
  itemToValues,
  readItemValues,
  type ItemFormValues,
} from './work-plan-item-values';
import { replaceWorkPlanItems, workPlansQueryKey } from './work-plans-api';

interface WorkPlanItemModalProps {
  plan: WorkPlan;
  /** The item to change; null adds one at the end. */
  index: number | null;
  onClose: () => void;
  onSaved: (plan: WorkPlan) => void;
}

interface ItemProblem {
  path: string;
  code: string;
}

/** The server names a broken rule by `items.{index}.{field}`: the ones of this item go under their fields. */
function problemsOfItem(error: unknown, index: number): ItemProblem[] {
  if (!isApiError(error)) return [];
  const problems = (error.details as { problems?: ItemProblem[] } | null)?.problems ?? [];
  const prefix = `items.${index}.`;
  return problems.filter((problem) => problem.path.startsWith(prefix));
}

/** One activity of the plan, every field on one form; saving sends the whole list, checked whole. */
export function WorkPlanItemModal({ plan, index, onClose, onSaved }: WorkPlanItemModalProps) {
  const { t, locale } = useT();
  const tu = t.workPlansUi;
  const phone = useMediaQuery('(max-width: 48em)');
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const existing = index === null ? null : (plan.items[index] ?? null);
  const form = useFormValues<ItemFormValues>(() =>
    existing ? itemToValues(existing, locale) : emptyItemValues(plan.cycleYear),
  );
  const position = index ?? plan.items.length;

  const save = useMutation({
    mutationFn: (items: ReturnType<typeof itemToInput>[]) =>
      replaceWorkPlanItems(plan.id, { version: plan.version, items }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: workPlansQueryKey(plan.partnershipId) });
      onSaved(saved);
    },
    onError: (error) => {
      const mine = problemsOfItem(error, position);
      if (mine.length > 0) {
        const placed: Record<string, string> = {};
        for (const problem of mine) {
          const key = fieldOfItemPath(problem.path.slice(`items.${position}.`.length));
          placed[key] ??= describeError(error, t).message;
        }
        form.setErrors(placed);
        form.setFormError(null);
      } else {
        form.setFormError(error);
        if (isApiError(error, 'VERSION_CONFLICT'))
          void queryClient.invalidateQueries({ queryKey: workPlansQueryKey(plan.partnershipId) });
      }
      requestAnimationFrame(() => focusFirstError(formRef.current));
    },
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readItemValues(form.values, t, locale);
    if (read.errors) {
      form.setErrors(read.errors);
      requestAnimationFrame(() => focusFirstError(formRef.current));
      return;
    }
    const items = plan.items.map(itemToInput);
    if (index === null) items.push(read.item);
    else items[index] = { ...read.item, id: existing?.id };
    save.mutate(items);
  };

  const { values, errors, field, setValue } = form;
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? tu.itemTitleEdit : tu.itemTitleNew}
      size="lg"
      fullScreen={phone}
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="work-plan-item-form">
        <Stack gap="sm">
          {form.formError !== null && <ErrorAlert error={form.formError} />}
          <TextInput {...field('activity')} label={tu.activity} data-testid="item-activity" />
          <Textarea
            {...field('objective')}
            label={tu.objective}
            autosize
            minRows={2}
            data-testid="item-objective"
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {tu.responsibleParty}
            </Text>
            <SegmentedControl
              fullWidth
              value={values.responsibleParty}
              onChange={(value) => setValue('responsibleParty', value)}
              data={responsibleParties.map((party) => ({ value: party, label: t.responsibleParties[party] }))}
              data-testid="item-responsible-party"
            />
          </div>
          <TextInput
            {...field('responsiblePerson')}
            label={tu.responsiblePerson}
            description={tu.responsiblePersonHint}
          />
          <SimpleGrid cols={2}>
            <TextInput {...field('startsOn')} type="date" label={tu.startsOn} data-testid="item-starts-on" />
            <TextInput {...field('endsOn')} type="date" label={tu.endsOn} data-testid="item-ends-on" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <RupiahInput
              label={tu.budget}
              value={values.budget}
              error={errors.budget}
              hint={tu.rupiahHint}
              onChange={(value) => setValue('budget', value)}
              testId="item-budget"
            />
            <RupiahInput
              label={tu.contributionInstitution}
              value={values.contributionInstitution}
              error={errors.contributionInstitution}
              hint={tu.rupiahHint}
              onChange={(value) => setValue('contributionInstitution', value)}
              testId="item-contribution-institution"
            />
            <RupiahInput
              label={tu.contributionPartner}
              value={values.contributionPartner}
              error={errors.contributionPartner}
              hint={tu.rupiahHint}
              onChange={(value) => setValue('contributionPartner', value)}
              testId="item-contribution-partner"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            <TextInput
              {...field('targetQuantity')}
              label={tu.targetQuantity}
              inputMode="decimal"
              data-testid="item-target-quantity"
            />
            <TextInput
              {...field('targetUnit')}
              label={tu.targetUnit}
              description={tu.targetUnitHint}
              data-testid="item-target-unit"
            />
            <TextInput
              {...field('targetDescription')}
              label={tu.targetDescription}
              description={tu.targetDescriptionHint}
              data-testid="item-target-description"
            />
          </SimpleGrid>
          <Textarea
            {...field('aspirationInstitution')}
            label={tu.aspirationInstitution}
            description={tu.aspirationHint}
            autosize
            minRows={2}
            data-testid="item-aspiration-institution"
          />
          <Textarea
            {...field('aspirationPartner')}
            label={tu.aspirationPartner}
            description={tu.aspirationHint}
            autosize
            minRows={2}
            data-testid="item-aspiration-partner"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tu.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="item-save">
              {tu.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
