import { useState } from 'react';
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PartnerImportPreview } from '../../../shared/contracts/partner-import';
import type { PartnerImportField, PartnerImportMode } from '../../../shared/domain/partner-import-fields';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { ImportColumnList } from './import-column-list';
import { findMissingRequired, toMapping } from './import-field-options';
import { ImportModeChoice } from './import-mode-choice';

interface ImportMappingStepProps {
  fileName: string;
  preview: PartnerImportPreview;
  starting: boolean;
  error: unknown;
  onBack: () => void;
  onStart: (mapping: Record<string, PartnerImportField | null>, mode: PartnerImportMode) => void;
}

/** Step 2: the guessed field of every column, corrected by the user, and what to do with look-alikes. */
export function ImportMappingStep({
  fileName,
  preview,
  starting,
  error,
  onBack,
  onStart,
}: ImportMappingStepProps) {
  const { t } = useT();
  const texts = t.partnerImport.mapping;
  const [fields, setFields] = useState(() => preview.columns.map((column) => column.field));
  const [mode, setMode] = useState<PartnerImportMode>('skip_duplicates');
  const missing = findMissingRequired(fields);

  const choose = (index: number, field: PartnerImportField | null) => {
    // A field fills from one column only (the server keeps the first), so it moves rather than doubles.
    setFields((current) =>
      current.map((existing, at) =>
        at === index ? field : field !== null && existing === field ? null : existing,
      ),
    );
  };

  return (
    <Stack gap="lg" data-testid="import-mapping-step">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {texts.columnsTitle}
          </Title>
          <Text size="sm" c="dimmed" data-testid="import-file-summary" style={{ overflowWrap: 'anywhere' }}>
            {fill(texts.summary, { name: fileName, count: preview.columns.length })}
          </Text>
          <Text size="sm">{texts.intro}</Text>
          <ImportColumnList columns={preview.columns} fields={fields} onChange={choose} />
          <Text size="xs" c="dimmed">
            {texts.onePerField}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <ImportModeChoice value={mode} onChange={setMode} />
      </Paper>
      {missing.length > 0 && (
        <Alert color="orange" title={texts.missingTitle} data-testid="import-missing">
          <List size="sm">
            {missing.map((item) => (
              <List.Item key={item}>{item === 'name' ? texts.missingName : texts.missingRegion}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <Group justify="space-between" gap="sm">
        <Button variant="default" size="md" onClick={onBack} disabled={starting} data-testid="import-back">
          {texts.otherFile}
        </Button>
        <Button
          size="md"
          loading={starting}
          disabled={missing.length > 0}
          onClick={() => {
            onStart(
              toMapping(
                preview.columns.map((column) => column.header),
                fields,
              ),
              mode,
            );
          }}
          data-testid="import-start"
        >
          {texts.start}
        </Button>
      </Group>
    </Stack>
  );
}
