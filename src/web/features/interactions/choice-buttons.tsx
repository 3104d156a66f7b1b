import { Button, SimpleGrid, Text, type SimpleGridProps } from '@mantine/core';

interface ChoiceButtonsProps<V extends string> {
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: ReadonlyArray<{ value: V; label: string }>;
  cols: SimpleGridProps['cols'];
  testId: string;
}

/** One choice among few, as big buttons a thumb can hit (a radio group to assistive technology). */
export function ChoiceButtons<V extends string>({
  label,
  value,
  onChange,
  options,
  cols,
  testId,
}: ChoiceButtonsProps<V>) {
  return (
    <div>
      <Text size="sm" fw={500} mb={6} id={`${testId}-label`}>
        {label}
      </Text>
      <SimpleGrid
        cols={cols}
        spacing="xs"
        role="radiogroup"
        aria-labelledby={`${testId}-label`}
        data-testid={testId}
      >
        {options.map((option) => {
          const chosen = option.value === value;
          return (
            <Button
              key={option.value}
              role="radio"
              aria-checked={chosen}
              variant={chosen ? 'filled' : 'default'}
              size="md"
              mih={48}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.2 } }}
              onClick={() => onChange(option.value)}
              data-value={option.value}
            >
              {option.label}
            </Button>
          );
        })}
      </SimpleGrid>
    </div>
  );
}
