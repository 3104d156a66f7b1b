import type { ReactNode } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { fill } from '../../shared/i18n/catalog';
import { describeError } from '../lib/describe-error';
import { useT } from '../lib/i18n';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  children?: ReactNode;
}

/** An error in the user's language, with the request id in small text for the admin. */
export function ErrorAlert({ error, title, children }: ErrorAlertProps) {
  const { t } = useT();
  const { message, requestId } = describeError(error, t);
  return (
    <Alert color="red" title={title ?? t.common.errorTitle} role="alert" data-testid="error-alert">
      <Stack gap={6}>
        <Text size="sm">{message}</Text>
        {requestId && (
          <Text size="xs" c="dimmed">
            {fill(t.common.requestId, { id: requestId })}
          </Text>
        )}
        {children}
      </Stack>
    </Alert>
  );
}
