import type { ReactNode } from 'react';
import { EmptyState, Paper } from '@mantine/core';

interface EmptyPanelProps {
  title: string;
  description: string;
  /** Shown between the description and the actions. */
  extra?: ReactNode;
  actions?: ReactNode;
  testId?: string;
}

/** Every empty state says what the thing is for and offers the first action. */
export function EmptyPanel({ title, description, extra, actions, testId }: EmptyPanelProps) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid={testId ?? 'empty-state'}>
      <EmptyState>
        <EmptyState.Title order={2}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        {extra}
        {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
