import { Group, Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { DownloadButton } from './download-button';

/** "Laporan monev": the evaluation's report as PDF or DOCX. */
export function MonevReportDownloads({ evaluationId }: { evaluationId: string }) {
  const { t } = useT();
  const tu = t.evidencePackUi;
  const path = `/evaluations/${evaluationId}/report`;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="monev-report-downloads">
      <Stack gap={6}>
        <Text fw={600}>{tu.monevTitle}</Text>
        <Text size="sm" c="dimmed">
          {tu.monevHint}
        </Text>
        <Group gap="xs" align="flex-start">
          <DownloadButton
            size="xs"
            path={path}
            query={{ format: 'pdf' }}
            fallbackName="laporan-monev.pdf"
            label={tu.monevPdf}
            testId="monev-report-pdf"
          />
          <DownloadButton
            size="xs"
            variant="default"
            path={path}
            query={{ format: 'docx' }}
            fallbackName="laporan-monev.docx"
            label={tu.monevDocx}
            testId="monev-report-docx"
          />
        </Group>
      </Stack>
    </Paper>
  );
}
