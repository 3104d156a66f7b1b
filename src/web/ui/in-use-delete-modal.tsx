import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useT } from '../lib/i18n';
import { useNotify } from './use-notify';

export interface InUseDeleteModalProps {
  title: string;
  /** What deleting means, or, while records use it, why it cannot go and how many. */
  body: string;
  /** Set while records use it: a link to them, shown instead of the delete button. */
  usedByLink: ReactNode | null;
  confirmLabel: string;
  removedMessage: string;
  remove: () => Promise<unknown>;
  /** Re-reads the list after a delete or a refusal (the count may have changed meanwhile). */
  refresh: () => Promise<unknown>;
  testId: string;
  onClose: () => void;
}

/**
 * Deleting one of the institution's own labels (a category, a pattern): an unused one goes; one in
 * use cannot, and the dialog says how many and links to them. Should it have been taken meanwhile,
 * the server refuses with the count and the list is read again.
 */
export function InUseDeleteModal(props: InUseDeleteModalProps) {
  const { t } = useT();
  const notify = useNotify();
  const remove = useMutation({
    mutationFn: props.remove,
    onSuccess: () => {
      notify.success(props.removedMessage);
      void props.refresh();
      props.onClose();
    },
    onError: (error) => {
      notify.error(error);
      void props.refresh();
      props.onClose();
    },
  });
  return (
    <Modal opened onClose={props.onClose} title={props.title} centered>
      <Stack data-testid={`${props.testId}-dialog`}>
        <Text size="sm">{props.body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={remove.isPending}>
            {t.common.cancel}
          </Button>
          {props.usedByLink ?? (
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
              data-testid={`${props.testId}-confirm`}
            >
              {props.confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
