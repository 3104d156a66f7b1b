import type { ReactNode } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { EmptyPanel } from '../../ui/empty-panel';

interface RecordListSectionProps {
  testId: string;
  title: string;
  isEmpty: boolean;
  emptyTitle: string;
  emptyBody: string;
  /** Absent when the user may not write: no add button anywhere. */
  add?: { label: string; testId: string; onClick: () => void };
  /** Modals the section opens. */
  modals?: ReactNode;
  children: ReactNode;
}

/** A titled list of monitoring records whose add button sits in the header, or in the empty state when there are none. */
export function RecordListSection({
  testId,
  title,
  isEmpty,
  emptyTitle,
  emptyBody,
  add,
  modals,
  children,
}: RecordListSectionProps) {
  const addButton = add && (
    <Button variant="light" size="xs" onClick={add.onClick} data-testid={add.testId}>
      {add.label}
    </Button>
  );
  return (
    <Stack gap="xs" data-testid={testId}>
      {modals}
      <Group justify="space-between">
        <Title order={3} size="h5">
          {title}
        </Title>
        {!isEmpty && addButton}
      </Group>
      {isEmpty ? (
        <EmptyPanel
          testId={`${testId}-empty`}
          title={emptyTitle}
          description={emptyBody}
          actions={addButton}
        />
      ) : (
        children
      )}
    </Stack>
  );
}
