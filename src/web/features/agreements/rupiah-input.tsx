import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseRupiah } from '../../../shared/domain/rupiah';

interface RupiahInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: number | string | null | undefined;
  /** A number once the text reads as whole rupiah, else the text itself (the check names it). */
  onChange: (value: number | string) => void;
}

function group(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function display(value: RupiahInputProps['value']): string {
  if (typeof value === 'number') return group(value);
  return value ?? '';
}

/** Rupiah as people write them: "1.500.000", "Rp 1.500.000,-" or "1500000"; shown grouped once read. */
export function RupiahInput({ value, onChange, ...props }: RupiahInputProps) {
  const [text, setText] = useState(() => display(value));
  const [focused, setFocused] = useState(false);
  return (
    <TextInput
      inputMode="numeric"
      leftSection="Rp"
      {...props}
      value={focused ? text : display(value)}
      onFocus={() => {
        setText(display(value));
        setFocused(true);
      }}
      onBlur={() => setFocused(false)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next.trim() === '') return onChange('');
        const parsed = parseRupiah(next);
        onChange(parsed.ok ? parsed.value : next);
      }}
    />
  );
}
