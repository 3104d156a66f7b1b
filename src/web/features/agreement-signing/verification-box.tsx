import { useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { verifyStoredFile, verifyUploadedCopy, type Verification } from './signing-api';

function VerificationResult({ result }: { result: Verification }) {
  const { t, locale } = useT();
  const tv = t.verification;
  const me = useMe();
  const stored = result.source === 'stored';
  const message = result.intact
    ? stored
      ? tv.storedIntact
      : tv.intact
    : stored
      ? tv.storedChanged
      : tv.changed;
  return (
    <Alert
      color={result.intact ? 'teal' : 'red'}
      title={result.intact ? tv.intactTitle : tv.changedTitle}
      role={result.intact ? 'status' : 'alert'}
      data-testid="verification-result"
      data-intact={result.intact}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {message}
        </Text>
        <Text size="xs" style={{ wordBreak: 'break-all' }}>
          {fill(tv.computed, { hash: result.computedSha256 })}
        </Text>
        <Text size="xs" c="dimmed">
          {fill(tv.checkedAt, { time: formatDateTime(result.checkedAt, locale, me.institution.timeZone) })}
        </Text>
      </Stack>
    </Alert>
  );
}

/** Recompute the hash of the stored file, or of a copy someone sent, and say intact or modified. */
export function VerificationBox({ agreementId, sha256 }: { agreementId: string; sha256: string }) {
  const { t } = useT();
  const tv = t.verification;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useMutation({ mutationFn: (copy: File) => verifyUploadedCopy(agreementId, copy) });
  const stored = useMutation({ mutationFn: () => verifyStoredFile(agreementId) });
  // The newest check is the one shown: two boxes saying different things would confuse.
  const [shown, setShown] = useState<'upload' | 'stored' | null>(null);
  const active = shown === 'upload' ? upload : shown === 'stored' ? stored : null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="verification-title">
      <Stack gap="sm" data-testid="verification-box">
        <Title order={3} size="h5" id="verification-title">
          {tv.title}
        </Title>
        <Text size="sm" c="dimmed">
          {tv.intro}
        </Text>
        <Text size="xs" c="dimmed">
          {t.signing.sha256}: <Code style={{ wordBreak: 'break-all' }}>{sha256}</Code>
        </Text>
        <FileInput
          label={tv.file}
          accept="application/pdf,.pdf"
          value={file}
          onChange={(next) => {
            setFile(next);
            setFileError(null);
          }}
          error={fileError}
          clearable
          data-testid="verification-file"
        />
        <Group gap="xs">
          <Button
            onClick={() => {
              if (!file) {
                setFileError(tv.fileMissing);
                return;
              }
              setShown('upload');
              upload.mutate(file);
            }}
            loading={upload.isPending}
            data-testid="verification-check"
          >
            {tv.check}
          </Button>
          <Button
            variant="light"
            onClick={() => {
              setShown('stored');
              stored.mutate();
            }}
            loading={stored.isPending}
            data-testid="verification-check-stored"
          >
            {tv.checkStored}
          </Button>
        </Group>
        {active?.isError && <ErrorAlert error={active.error} />}
        {active?.data && <VerificationResult result={active.data} />}
      </Stack>
    </Paper>
  );
}
