import { Button, Container } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useT } from '../lib/i18n';
import { ErrorAlert } from '../ui/error-alert';

/** A page whose loading failed: the coded message and a retry. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useT();
  return (
    <Container size="sm" py="xl">
      <ErrorAlert error={error}>
        <Button variant="light" color="red" onClick={reset} w="fit-content">
          {t.common.retry}
        </Button>
      </ErrorAlert>
    </Container>
  );
}
