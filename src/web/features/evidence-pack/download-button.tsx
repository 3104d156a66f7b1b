import { useState } from 'react';
import { Button, Stack, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { ErrorAlert } from '../../ui/error-alert';
import { useT } from '../../lib/i18n';
import { downloadFile } from './download-file';

interface DownloadButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  path: string;
  query?: Record<string, string>;
  fallbackName: string;
  label: string;
  testId: string;
  /** Shown on hover: what the file holds. */
  title?: string;
}

/** A button that downloads a generated file, busy while it is prepared and with the reason when it fails. */
export function DownloadButton({
  path,
  query,
  fallbackName,
  label,
  testId,
  title,
  ...buttonProps
}: DownloadButtonProps) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(path, query ?? {}, fallbackName);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={6} align="flex-start">
      <Button
        {...buttonProps}
        title={title}
        loading={busy}
        loaderProps={{ type: 'dots' }}
        onClick={() => void start()}
        data-testid={testId}
        aria-busy={busy}
      >
        {label}
      </Button>
      {busy && <VisuallyHidden role="status">{t.evidencePackUi.preparing}</VisuallyHidden>}
      {error !== null && <ErrorAlert error={error} title={t.evidencePackUi.failedTitle} />}
    </Stack>
  );
}
