import { useState } from 'react';
import { Anchor, FileInput, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { partnerImportMaxBytes } from '../../../shared/domain/partner-import-fields';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { formatFileSize } from './format-file-size';
import { importTemplateUrl } from './partner-import-api';

const accepted = ['.xlsx', '.csv'];

interface ImportFileStepProps {
  reading: boolean;
  error: unknown;
  onFile: (file: File) => void;
}

/** Step 1: the template link and the file; a file is checked here before it is sent anywhere. */
export function ImportFileStep({ reading, error, onFile }: ImportFileStepProps) {
  const { t, locale } = useT();
  const texts = t.partnerImport.file;
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const max = formatFileSize(partnerImportMaxBytes, locale);

  const pick = (next: File | null) => {
    setFile(next);
    setProblem(null);
    if (!next) return;
    if (!accepted.some((ending) => next.name.toLowerCase().endsWith(ending))) {
      setProblem(texts.wrongType);
    } else if (next.size > partnerImportMaxBytes) {
      setProblem(fill(texts.tooLarge, { size: formatFileSize(next.size, locale), max }));
    } else {
      onFile(next);
    }
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="import-file-step">
      <Stack gap="md">
        <Text>{texts.explanation}</Text>
        <Stack gap={2}>
          <Anchor href={importTemplateUrl} download fw={600} data-testid="import-template">
            {texts.template}
          </Anchor>
          <Text size="sm" c="dimmed">
            {texts.templateHint}
          </Text>
        </Stack>
        <FileInput
          label={texts.label}
          placeholder={texts.placeholder}
          description={fill(texts.hint, { max })}
          accept={`${accepted.join(',')},application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv`}
          value={file}
          onChange={pick}
          error={problem}
          disabled={reading}
          clearable
          size="md"
          data-testid="import-file"
        />
        {reading && (
          <Group gap="xs" data-testid="import-reading">
            <Loader size="sm" />
            <Text size="sm">{texts.reading}</Text>
          </Group>
        )}
        {error !== null && !reading && file !== null && <ErrorAlert error={error} />}
      </Stack>
    </Paper>
  );
}
