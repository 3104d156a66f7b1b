import { TextInput } from '@mantine/core';
import { formatRupiah, groupRupiah, parseRupiahIn } from '../../lib/format';
import { useT } from '../../lib/i18n';

interface RupiahInputProps {
  label: string;
  value: string;
  error?: string | undefined;
  hint: string;
  onChange: (value: string) => void;
  testId?: string;
}

/**
 * Whole rupiah as people type them, "1.500.000" or "1500000" ("1,500,000" in English); on leaving
 * the field the figure is grouped in the user's language and the formatted amount is shown under
 * it, so a missing zero is seen.
 */
export function RupiahInput({ label, value, error, hint, onChange, testId }: RupiahInputProps) {
  const { locale } = useT();
  const parsed = parseRupiahIn(value === '' ? '0' : value, locale);
  return (
    <TextInput
      label={label}
      value={value}
      error={error}
      description={parsed.ok ? formatRupiah(parsed.value, locale) : hint}
      leftSection="Rp"
      inputMode="numeric"
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => {
        if (parsed.ok) onChange(groupRupiah(parsed.value, locale));
      }}
      data-testid={testId}
    />
  );
}
