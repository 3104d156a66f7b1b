import {
  Checkbox,
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { fosterHelpKinds, repaymentFrequencies } from '../../../shared/domain/pattern-terms';
import { useT } from '../../lib/i18n';
import { errorAt, errorUnder } from './agreement-field-errors';
import { RupiahInput } from './rupiah-input';
import { choices, PartyChoice, RowList, type TermsEditorProps } from './terms-editor-parts';

/** Bapak angkat–anak angkat (guide B): the kinds of help, their amounts, and repayment when lent. */
export function FosterTermsEditor({ value, onChange, errors, readOnly }: TermsEditorProps<'foster'>) {
  const { t } = useT();
  const te = t.termsEditor;
  const repayment = value.repayment ?? null;
  return (
    <Stack gap="md" data-testid="foster-terms">
      <Fieldset legend={te.helps}>
        <RowList
          items={value.helps}
          onChange={(helps) => onChange({ ...value, helps })}
          newItem={() => ({
            kind: 'mentoring' as const,
            givenBy: 'institution' as const,
            description: '',
            amountRupiah: null,
          })}
          addLabel={te.addHelp}
          readOnly={readOnly}
          min={1}
          max={30}
          testId="foster-helps"
          render={(help, index, update) => {
            const path = `terms.helps.${index}`;
            return (
              <Stack gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={te.helpKind}
                    data={choices(fosterHelpKinds, t.termChoices.fosterHelpKinds)}
                    value={help.kind}
                    allowDeselect={false}
                    readOnly={readOnly}
                    onChange={(kind) =>
                      update({ ...help, kind: fosterHelpKinds.find((k) => k === kind) ?? help.kind })
                    }
                  />
                  <PartyChoice
                    label={te.helpGivenBy}
                    value={help.givenBy}
                    onChange={(givenBy) => update({ ...help, givenBy })}
                    readOnly={readOnly}
                    testId={`foster-given-by-${index}`}
                  />
                </SimpleGrid>
                <Textarea
                  label={te.helpDescription}
                  value={help.description}
                  onChange={(event) => update({ ...help, description: event.currentTarget.value })}
                  readOnly={readOnly}
                  autosize
                  minRows={2}
                  error={errorAt(errors, `${path}.description`)}
                />
                <RupiahInput
                  label={te.helpAmount}
                  description={te.rupiahHint}
                  value={help.amountRupiah}
                  onChange={(amountRupiah) => update({ ...help, amountRupiah })}
                  readOnly={readOnly}
                  error={errorAt(errors, `${path}.amountRupiah`) ?? errorAt(errors, path)}
                />
              </Stack>
            );
          }}
        />
      </Fieldset>
      <Checkbox
        label={te.repayment}
        checked={repayment !== null}
        disabled={readOnly}
        onChange={(event) =>
          onChange({
            ...value,
            repayment: event.currentTarget.checked
              ? { termMonths: 12, gracePeriodMonths: 0, frequency: 'monthly', interestPercent: 0, notes: '' }
              : null,
          })
        }
        error={errorAt(errors, 'terms.repayment')}
        data-testid="foster-repayment"
      />
      {repayment && (
        <Fieldset legend={te.repayment}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={te.repaymentTerm}
              value={repayment.termMonths}
              onChange={(termMonths) => onChange({ ...value, repayment: { ...repayment, termMonths } })}
              min={1}
              max={120}
              allowDecimal={false}
              readOnly={readOnly}
              error={errorAt(errors, 'terms.repayment.termMonths')}
            />
            <NumberInput
              label={te.repaymentGrace}
              value={repayment.gracePeriodMonths}
              onChange={(gracePeriodMonths) =>
                onChange({ ...value, repayment: { ...repayment, gracePeriodMonths } })
              }
              min={0}
              max={60}
              allowDecimal={false}
              readOnly={readOnly}
              error={errorAt(errors, 'terms.repayment.gracePeriodMonths')}
            />
            <Select
              label={te.repaymentFrequency}
              data={choices(repaymentFrequencies, t.termChoices.repaymentFrequencies)}
              value={repayment.frequency}
              allowDeselect={false}
              readOnly={readOnly}
              onChange={(frequency) =>
                onChange({
                  ...value,
                  repayment: {
                    ...repayment,
                    frequency: repaymentFrequencies.find((f) => f === frequency) ?? repayment.frequency,
                  },
                })
              }
            />
            <NumberInput
              label={te.repaymentInterest}
              value={repayment.interestPercent}
              onChange={(interestPercent) =>
                onChange({ ...value, repayment: { ...repayment, interestPercent } })
              }
              min={0}
              max={100}
              decimalScale={2}
              readOnly={readOnly}
              error={errorUnder(errors, 'terms.repayment.interestPercent')}
            />
          </SimpleGrid>
          <TextInput
            mt="xs"
            label={te.repaymentNotes}
            value={repayment.notes ?? ''}
            onChange={(event) =>
              onChange({ ...value, repayment: { ...repayment, notes: event.currentTarget.value } })
            }
            readOnly={readOnly}
          />
        </Fieldset>
      )}
    </Stack>
  );
}
