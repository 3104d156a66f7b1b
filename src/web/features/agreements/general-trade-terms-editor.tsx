import { Fieldset, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  deliveryFrequencies,
  generalTradeArrangements,
  paymentMethods,
} from '../../../shared/domain/pattern-terms';
import { useT } from '../../lib/i18n';
import { errorAt } from './agreement-field-errors';
import { RupiahInput } from './rupiah-input';
import { choices, PartyChoice, RowList, type TermsEditorProps } from './terms-editor-parts';

/** Dagang umum (guide B): the goods and their quality, quantities, schedule, price, payment, location. */
export function GeneralTradeTermsEditor({
  value,
  onChange,
  errors,
  readOnly,
}: TermsEditorProps<'general_trade'>) {
  const { t } = useT();
  const te = t.termsEditor;
  return (
    <Stack gap="md" data-testid="general-trade-terms">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={te.arrangement}
          data={choices(generalTradeArrangements, t.termChoices.arrangements)}
          value={value.arrangement}
          allowDeselect={false}
          readOnly={readOnly}
          onChange={(arrangement) =>
            onChange({
              ...value,
              arrangement: generalTradeArrangements.find((a) => a === arrangement) ?? value.arrangement,
            })
          }
          data-testid="trade-arrangement"
        />
        <PartyChoice
          label={te.supplier}
          value={value.supplier}
          onChange={(supplier) => onChange({ ...value, supplier })}
          readOnly={readOnly}
          testId="trade-supplier"
        />
      </SimpleGrid>
      <Fieldset legend={te.goods}>
        <RowList
          items={value.goods}
          onChange={(goods) => onChange({ ...value, goods })}
          newItem={() => ({ name: '', qualityRequirements: '', quantity: '', unit: '', unitPriceRupiah: '' })}
          addLabel={te.addGood}
          readOnly={readOnly}
          min={1}
          testId="trade-goods"
          render={(good, index, update) => {
            const path = `terms.goods.${index}`;
            return (
              <Stack gap="xs">
                <TextInput
                  label={te.goodName}
                  value={good.name}
                  onChange={(event) => update({ ...good, name: event.currentTarget.value })}
                  readOnly={readOnly}
                  error={errorAt(errors, `${path}.name`)}
                />
                <Textarea
                  label={te.goodQuality}
                  value={good.qualityRequirements}
                  onChange={(event) => update({ ...good, qualityRequirements: event.currentTarget.value })}
                  readOnly={readOnly}
                  autosize
                  minRows={1}
                  error={errorAt(errors, `${path}.qualityRequirements`)}
                />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <NumberInput
                    label={te.goodQuantity}
                    value={good.quantity}
                    onChange={(quantity) => update({ ...good, quantity })}
                    min={0}
                    readOnly={readOnly}
                    error={errorAt(errors, `${path}.quantity`)}
                  />
                  <TextInput
                    label={te.goodUnit}
                    value={good.unit}
                    onChange={(event) => update({ ...good, unit: event.currentTarget.value })}
                    readOnly={readOnly}
                    error={errorAt(errors, `${path}.unit`)}
                  />
                  <RupiahInput
                    label={te.goodPrice}
                    value={good.unitPriceRupiah}
                    onChange={(unitPriceRupiah) => update({ ...good, unitPriceRupiah })}
                    readOnly={readOnly}
                    error={errorAt(errors, `${path}.unitPriceRupiah`)}
                  />
                </SimpleGrid>
              </Stack>
            );
          }}
        />
      </Fieldset>
      <Fieldset legend={te.schedule}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={te.frequency}
            data={choices(deliveryFrequencies, t.termChoices.deliveryFrequencies)}
            value={value.schedule.frequency}
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(frequency) =>
              onChange({
                ...value,
                schedule: {
                  ...value.schedule,
                  frequency: deliveryFrequencies.find((f) => f === frequency) ?? value.schedule.frequency,
                },
              })
            }
          />
          <TextInput
            type="date"
            label={te.firstDeliveryOn}
            value={value.schedule.firstDeliveryOn ?? ''}
            onChange={(event) =>
              onChange({
                ...value,
                schedule: { ...value.schedule, firstDeliveryOn: event.currentTarget.value || null },
              })
            }
            readOnly={readOnly}
            error={errorAt(errors, 'terms.schedule.firstDeliveryOn')}
          />
        </SimpleGrid>
        <TextInput
          mt="xs"
          label={te.scheduleNotes}
          value={value.schedule.notes ?? ''}
          onChange={(event) =>
            onChange({ ...value, schedule: { ...value.schedule, notes: event.currentTarget.value } })
          }
          readOnly={readOnly}
        />
      </Fieldset>
      <Fieldset legend={te.payment}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={te.paymentMethod}
            data={choices(paymentMethods, t.termChoices.paymentMethods)}
            value={value.payment.method}
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(method) =>
              onChange({
                ...value,
                payment: {
                  ...value.payment,
                  method: paymentMethods.find((m) => m === method) ?? value.payment.method,
                },
              })
            }
          />
          <NumberInput
            label={te.paymentTermDays}
            value={value.payment.termDays}
            onChange={(termDays) => onChange({ ...value, payment: { ...value.payment, termDays } })}
            min={0}
            max={180}
            allowDecimal={false}
            readOnly={readOnly}
            error={errorAt(errors, 'terms.payment.termDays')}
          />
        </SimpleGrid>
        <TextInput
          mt="xs"
          label={te.paymentNotes}
          value={value.payment.notes ?? ''}
          onChange={(event) =>
            onChange({ ...value, payment: { ...value.payment, notes: event.currentTarget.value } })
          }
          readOnly={readOnly}
        />
      </Fieldset>
      <TextInput
        label={te.locationProvided}
        value={value.locationProvided ?? ''}
        onChange={(event) => onChange({ ...value, locationProvided: event.currentTarget.value })}
        readOnly={readOnly}
        error={errorAt(errors, 'terms.locationProvided')}
        data-testid="trade-location"
      />
    </Stack>
  );
}
