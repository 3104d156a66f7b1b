import { Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PartnerImportPreview } from '../../../shared/contracts/partner-import';
import { partnerImportFields, type PartnerImportField } from '../../../shared/domain/partner-import-fields';
import { useT } from '../../lib/i18n';
import { fieldSelectData, ignoreValue, requiredFields } from './import-field-options';

interface ImportColumnListProps {
  columns: PartnerImportPreview['columns'];
  fields: (PartnerImportField | null)[];
  onChange: (index: number, field: PartnerImportField | null) => void;
}

function toField(value: string): PartnerImportField | null {
  return partnerImportFields.find((field) => field === value) ?? null;
}

/** One card per column of the file: its header and first values, and the field it fills. */
export function ImportColumnList({ columns, fields, onChange }: ImportColumnListProps) {
  const { t } = useT();
  const texts = t.partnerImport.mapping;
  const data = fieldSelectData(t);
  return (
    <Stack gap="xs" data-testid="import-columns">
      {columns.map((column, index) => {
        const field = fields[index] ?? null;
        const header = column.header || `#${index + 1}`;
        return (
          <Paper
            key={`${index}-${column.header}`}
            withBorder
            radius="md"
            p="sm"
            data-testid="import-column"
            data-header={column.header}
            data-field={field ?? ''}
            bg={field ? undefined : 'var(--mantine-color-gray-0)'}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap={6} wrap="wrap">
                  <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {header}
                  </Text>
                  {field && requiredFields.has(field) && (
                    <Badge size="sm" variant="light" color="red">
                      {texts.required}
                    </Badge>
                  )}
                  {!column.field && !field && (
                    <Badge size="sm" variant="light" color="gray">
                      {texts.notRecognised}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }} lineClamp={2}>
                  {texts.samples}: {column.samples.length > 0 ? column.samples.join(' · ') : texts.noSamples}
                </Text>
              </Stack>
              <NativeSelect
                aria-label={`${texts.fieldLabel}: ${header}`}
                data={data}
                value={field ?? ignoreValue}
                onChange={(event) => {
                  onChange(index, toField(event.currentTarget.value));
                }}
                size="md"
                data-testid={`import-field-${index}`}
              />
            </SimpleGrid>
          </Paper>
        );
      })}
    </Stack>
  );
}
