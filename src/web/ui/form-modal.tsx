import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { ErrorAlert } from './error-alert';

interface FormModalProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  /** The failed save, shown above the fields. */
  error: unknown;
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  /** The form's data-testid. */
  testId?: string;
  saveTestId?: string;
  children: ReactNode;
}

/** A modal holding one form: its fields, the save error if any, and cancel/save buttons. */
export function FormModal({
  title,
  onClose,
  onSubmit,
  error,
  saving,
  saveLabel,
  cancelLabel,
  testId,
  saveTestId,
  children,
}: FormModalProps) {
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        data-testid={testId}
      >
        <Stack gap="sm">
          {error ? <ErrorAlert error={error} /> : null}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button type="submit" loading={saving} data-testid={saveTestId}>
              {saveLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
