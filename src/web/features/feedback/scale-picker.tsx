import { useId } from 'react';
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';

interface ScalePickerProps {
  label: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number) => void;
  lowLabel: string;
  highLabel: string;
  /** Buttons per row: all of 1–5 fit a 360 px phone in one row, 0–10 take two. */
  columns: number;
  error?: string | null;
  testId: string;
}

/** A row of large numbered buttons (a radio group) that a thumb can hit on a small phone. */
export function ScalePicker({
  label,
  min,
  max,
  value,
  onChange,
  lowLabel,
  highLabel,
  columns,
  error,
  testId,
}: ScalePickerProps) {
  const labelId = useId();
  const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <Stack gap={6}>
      <Text id={labelId} fw={600} size="md">
        {label}{' '}
        <Text span c="red" aria-hidden>
          *
        </Text>
      </Text>
      <SimpleGrid cols={columns} spacing={6} role="radiogroup" aria-labelledby={labelId} data-testid={testId}>
        {values.map((option) => (
          <Button
            key={option}
            role="radio"
            aria-checked={value === option}
            variant={value === option ? 'filled' : 'default'}
            h={48}
            px={0}
            fz="lg"
            onClick={() => onChange(option)}
            data-testid={`${testId}-${option}`}
          >
            {option}
          </Button>
        ))}
      </SimpleGrid>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {min} = {lowLabel}
        </Text>
        <Text size="xs" c="dimmed" ta="right">
          {max} = {highLabel}
        </Text>
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
