import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Agreement } from '../../../shared/contracts/agreements';
import { useT } from '../../lib/i18n';
import { AgreementPdfPreview } from '../agreement-signing/agreement-pdf-preview';
import { agreementDocumentUrl } from './agreements-api';

/** "Pratinjau": the document as it will print, and its PDF and DOCX downloads. */
export function AgreementPreviewTab({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  const td = t.agreementDocuments;
  // The version in the URL makes a saved edit fetch a new file instead of a cached one.
  const pdfUrl = agreementDocumentUrl(
    agreement.id,
    'pdf',
    agreement.final ? undefined : agreement.currentVersion,
  );
  const docxUrl = agreementDocumentUrl(
    agreement.id,
    'docx',
    agreement.final ? undefined : agreement.currentVersion,
  );
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <div style={{ flex: 1, minWidth: 240 }}>
            <Title order={2} size="h4">
              {td.previewTitle}
            </Title>
            <Text size="sm" c="dimmed">
              {td.previewIntro}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {td.docxHint}
            </Text>
          </div>
          <Group gap="xs">
            <Button component="a" href={pdfUrl} download data-testid="agreement-download-pdf">
              {td.downloadPdf}
            </Button>
            <Button
              component="a"
              href={docxUrl}
              download
              variant="default"
              data-testid="agreement-download-docx"
            >
              {td.downloadDocx}
            </Button>
          </Group>
        </Group>
      </Paper>
      <AgreementPdfPreview url={pdfUrl} />
    </Stack>
  );
}
