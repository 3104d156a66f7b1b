import {
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { agencyCompensationKinds, termPeriods } from '../../../shared/domain/pattern-terms';
import { useT } from '../../lib/i18n';
import { errorAt, errorUnder } from './agreement-field-errors';
import { choices, PartyChoice, RowList, type TermsEditorProps } from './terms-editor-parts';

/** Keagenan (guide B): whose products, where, exclusive or not, the agent's commission or margin, targets. */
export function AgencyTermsEditor({ value, onChange, errors, readOnly }: TermsEditorProps<'agency'>) {
  const { t } = useT();
  const te = t.termsEditor;
  return (
    <Stack gap="md" data-testid="agency-terms">
      <PartyChoice
        label={te.principal}
        value={value.principal}
        onChange={(principal) => onChange({ ...value, principal })}
        readOnly={readOnly}
        testId="agency-principal"
      />
      <Textarea
        label={te.products}
        description={te.productsHint}
        value={value.products.join('\n')}
        onChange={(event) => onChange({ ...value, products: event.currentTarget.value.split('\n') })}
        readOnly={readOnly}
        autosize
        minRows={2}
        error={errorUnder(errors, 'terms.products')}
        data-testid="agency-products"
      />
      <TextInput
        label={te.territory}
        value={value.territory}
        onChange={(event) => onChange({ ...value, territory: event.currentTarget.value })}
        readOnly={readOnly}
        error={errorAt(errors, 'terms.territory')}
        data-testid="agency-territory"
      />
      <Checkbox
        label={te.exclusive}
        checked={value.exclusive}
        onChange={(event) => onChange({ ...value, exclusive: event.currentTarget.checked })}
        disabled={readOnly}
        data-testid="agency-exclusive"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={te.compensationKind}
          data={choices(agencyCompensationKinds, t.termChoices.compensationKinds)}
          value={value.compensation.kind}
          allowDeselect={false}
          readOnly={readOnly}
          onChange={(kind) =>
            onChange({
              ...value,
              compensation: {
                ...value.compensation,
                kind: agencyCompensationKinds.find((k) => k === kind) ?? value.compensation.kind,
              },
            })
          }
          data-testid="agency-compensation-kind"
        />
        <NumberInput
          label={te.compensationPercent}
          value={value.compensation.percent}
          onChange={(percent) => onChange({ ...value, compensation: { ...value.compensation, percent } })}
          min={0}
          max={100}
          decimalScale={2}
          suffix=" %"
          readOnly={readOnly}
          error={errorUnder(errors, 'terms.compensation')}
          data-testid="agency-compensation-percent"
        />
      </SimpleGrid>
      <Fieldset legend={te.salesTargets}>
        <RowList
          items={value.salesTargets}
          onChange={(salesTargets) => onChange({ ...value, salesTargets })}
          newItem={() => ({ quantity: '', unit: '', period: 'month' as const })}
          addLabel={te.add}
          readOnly={readOnly}
          max={20}
          testId="agency-targets"
          render={(target, index, update) => (
            <Group grow align="flex-start">
              <NumberInput
                label={te.quantity}
                value={target.quantity}
                onChange={(quantity) => update({ ...target, quantity })}
                min={0}
                readOnly={readOnly}
                error={errorAt(errors, `terms.salesTargets.${index}.quantity`)}
              />
              <TextInput
                label={te.unit}
                value={target.unit}
                onChange={(event) => update({ ...target, unit: event.currentTarget.value })}
                readOnly={readOnly}
                error={errorAt(errors, `terms.salesTargets.${index}.unit`)}
              />
              <Select
                label={te.period}
                data={choices(termPeriods, t.termChoices.periods)}
                value={target.period}
                allowDeselect={false}
                readOnly={readOnly}
                onChange={(period) =>
                  update({ ...target, period: termPeriods.find((p) => p === period) ?? target.period })
                }
              />
            </Group>
          )}
        />
      </Fieldset>
    </Stack>
  );
}
