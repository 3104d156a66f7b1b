import type { ReactNode } from 'react';
import { Button, Fieldset, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import type { AgreementParty } from '../../../shared/domain/agreement-parties';
import { toBasisPoints } from '../../../shared/domain/pattern-terms';
import { fill } from '../../../shared/i18n/catalog';
import { toIntlLocale } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { errorAt, errorUnder, type PathErrors } from './agreement-field-errors';
import type { TermsDraft } from './draft-form-values';

/** What every pattern editor receives: its own terms, where problems are, whether it may change them. */
export interface TermsEditorProps<P extends TermsDraft['pattern']> {
  value: Extract<TermsDraft, { pattern: P }>;
  onChange: (next: Extract<TermsDraft, { pattern: P }>) => void;
  errors: PathErrors;
  readOnly: boolean;
}

export function PartyChoice({
  label,
  value,
  onChange,
  readOnly,
  testId,
}: {
  label: string;
  value: AgreementParty;
  onChange: (party: AgreementParty) => void;
  readOnly: boolean;
  testId: string;
}) {
  const { t } = useT();
  const te = t.termsEditor;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        value={value}
        disabled={readOnly}
        onChange={(next) => onChange(next === 'partner' ? 'partner' : 'institution')}
        data={[
          { value: 'institution', label: te.partyInstitution },
          { value: 'partner', label: te.partyPartner },
        ]}
        data-testid={testId}
      />
    </Stack>
  );
}

function asNumber(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const parsed = Number(value.replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(parsed) ? parsed : null;
}

/**
 * Two percentages that must total 100 (KSO profit and risk): the running total is shown as the user
 * types, and says so in words when it is off, before the server is asked.
 */
export function SharesInput({
  legend,
  value,
  onChange,
  errors,
  path,
  readOnly,
  testId,
}: {
  legend: string;
  value: { institution: number | string; partner: number | string };
  onChange: (next: { institution: number | string; partner: number | string }) => void;
  errors: PathErrors;
  path: string;
  readOnly: boolean;
  testId: string;
}) {
  const { t, locale } = useT();
  const te = t.termsEditor;
  const institution = asNumber(value.institution);
  const partner = asNumber(value.partner);
  const total = (toBasisPoints(institution ?? 0) + toBasisPoints(partner ?? 0)) / 100;
  const both = institution !== null && partner !== null;
  const totalText = new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 2 }).format(total);
  const off = both && total !== 100;
  const groupError = errorAt(errors, path);
  return (
    <Fieldset legend={legend} data-testid={testId}>
      <Group grow align="flex-start">
        <NumberInput
          label={te.shareInstitution}
          value={value.institution}
          onChange={(next) => onChange({ ...value, institution: next })}
          min={0}
          max={100}
          decimalScale={2}
          suffix=" %"
          readOnly={readOnly}
          error={errorUnder(errors, `${path}.institution`)}
          data-testid={`${testId}-institution`}
        />
        <NumberInput
          label={te.sharePartner}
          value={value.partner}
          onChange={(next) => onChange({ ...value, partner: next })}
          min={0}
          max={100}
          decimalScale={2}
          suffix=" %"
          readOnly={readOnly}
          error={errorUnder(errors, `${path}.partner`)}
          data-testid={`${testId}-partner`}
        />
      </Group>
      <Text
        size="sm"
        mt={6}
        c={off || groupError ? 'red' : 'dimmed'}
        role={off ? 'alert' : undefined}
        data-testid={`${testId}-total`}
      >
        {off ? fill(te.shareTotalWrong, { total: totalText }) : fill(te.shareTotal, { total: totalText })}
      </Text>
      {groupError && !off && (
        <Text size="sm" c="red" role="alert" data-testid={`${testId}-error`}>
          {groupError}
        </Text>
      )}
    </Fieldset>
  );
}

/** A list of rows with add and remove buttons; the rows themselves are the caller's. */
export function RowList<T>({
  items,
  onChange,
  render,
  newItem,
  addLabel,
  readOnly,
  min = 0,
  max = 50,
  testId,
}: {
  items: T[];
  onChange: (next: T[]) => void;
  render: (item: T, index: number, update: (next: T) => void) => ReactNode;
  newItem: () => T;
  addLabel: string;
  readOnly: boolean;
  min?: number;
  max?: number;
  testId: string;
}) {
  const { t } = useT();
  return (
    <Stack gap="xs" data-testid={testId}>
      {items.map((item, index) => (
        <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
          <div style={{ flex: 1 }}>
            {render(item, index, (next) => onChange(items.map((old, at) => (at === index ? next : old))))}
          </div>
          {!readOnly && items.length > min && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => onChange(items.filter((_, at) => at !== index))}
              aria-label={t.termsEditor.remove}
            >
              {t.termsEditor.remove}
            </Button>
          )}
        </Group>
      ))}
      {!readOnly && items.length < max && (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...items, newItem()])}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Choices of a vocabulary in the catalog's words, in the vocabulary's order. */
export function choices<K extends string>(keys: readonly K[], words: Record<K, string>) {
  return keys.map((key) => ({ value: key, label: words[key] }));
}
