import { TextInput } from '@mantine/core';
import { formatRupiah, parseRupiah } from '../../../shared/domain/rupiah';
import { groupRupiah } from './work-plan-item-values';

interface RupiahInputProps {
  label: string;
  value: string;
  error?: string | undefined;
  hint: string;
  onChange: (value: string) => void;
  testId?: string;
}

/**
 * Whole rupiah as people type them, "1.500.000" or "1500000"; on leaving the field the figure is
 * written with dots and the formatted amount is shown under it, so a missing zero is seen.
 */
export function RupiahInput({ label, value, error, hint, onChange, testId }: RupiahInputProps) {
  const parsed = parseRupiah(value === '' ? '0' : value);
  return (
    <TextInput
      label={label}
      value={value}
      error={error}
      description={parsed.ok ? formatRupiah(parsed.value, { withSen: false }) : hint}
      leftSection="Rp"
      inputMode="numeric"
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => {
        if (parsed.ok) onChange(groupRupiah(parsed.value));
      }}
      data-testid={testId}
    />
  );
}
