import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ApiError } from '../lib/api-client';
import { useT } from '../lib/i18n';
import { ErrorAlert } from '../ui/error-alert';

/** A page whose loading failed: the coded message (or a plain apology for a bug) and a retry. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useT();
  const retry = (
    <Button variant="light" color="red" onClick={reset} w="fit-content">
      {t.common.retry}
    </Button>
  );
  return (
    <Container size="sm" py="xl" data-testid="route-error">
      {error instanceof ApiError ? (
        <ErrorAlert error={error}>{retry}</ErrorAlert>
      ) : (
        <Alert color="red" title={t.common.errorTitle} role="alert">
          <Stack gap="sm">
            <Text size="sm">{t.common.pageErrorBody}</Text>
            {retry}
          </Stack>
        </Alert>
      )}
    </Container>
  );
}
