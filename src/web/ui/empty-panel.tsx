import type { ReactNode } from 'react';
import { EmptyState, Paper } from '@mantine/core';

interface EmptyPanelProps {
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  testId?: string;
}

/** Every empty state says what the thing is for and offers the first action. */
export function EmptyPanel({ title, description, actions, testId }: EmptyPanelProps) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid={testId ?? 'empty-state'}>
      <EmptyState title={title} description={description}>
        {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
