import { Button, CopyButton, Group, TextInput } from '@mantine/core';
import { useT } from '../lib/i18n';

interface CopyableFieldProps {
  label: string;
  value: string;
  testId?: string;
}

/** A read-only value with a copy button (password links, API token secrets). */
export function CopyableField({ label, value, testId }: CopyableFieldProps) {
  const { t } = useT();
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(event) => {
          event.currentTarget.select();
        }}
        style={{ flex: 1, minWidth: 0 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        data-testid={testId}
      />
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
            {copied ? t.common.copied : t.common.copy}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
