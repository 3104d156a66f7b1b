import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import type { Locale } from '../../../shared/contracts/auth';
import { groupRupiah, parseRupiahIn } from '../../lib/format';
import { useT } from '../../lib/i18n';

interface RupiahInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: number | string | null | undefined;
  /** A number once the text reads as whole rupiah, else the text itself (the check names it). */
  onChange: (value: number | string) => void;
}

function display(value: RupiahInputProps['value'], locale: Locale): string {
  if (typeof value === 'number') return groupRupiah(value, locale);
  return value ?? '';
}

/**
 * Rupiah as people write them: "1.500.000", "Rp 1.500.000,-" or "1500000" ("1,500,000" in
 * English); shown grouped in the user's language once read.
 */
export function RupiahInput({ value, onChange, ...props }: RupiahInputProps) {
  const { locale } = useT();
  const [text, setText] = useState(() => display(value, locale));
  const [focused, setFocused] = useState(false);
  return (
    <TextInput
      inputMode="numeric"
      leftSection="Rp"
      {...props}
      value={focused ? text : display(value, locale)}
      onFocus={() => {
        setText(display(value, locale));
        setFocused(true);
      }}
      onBlur={() => setFocused(false)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next.trim() === '') return onChange('');
        const parsed = parseRupiahIn(next, locale);
        onChange(parsed.ok ? parsed.value : next);
      }}
    />
  );
}
