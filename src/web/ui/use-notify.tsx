import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { fill } from '../../shared/i18n/catalog';
import { describeError } from '../lib/describe-error';
import { useT } from '../lib/i18n';

export interface Notify {
  success: (message: string) => void;
  warn: (message: string) => void;
  error: (error: unknown) => void;
}

/** Toasts in the user's language: success messages and coded errors (with the request id). */
export function useNotify(): Notify {
  const { t } = useT();
  return useMemo(
    () => ({
      success: (message: string) => notifications.show({ color: 'teal', message, autoClose: 4000 }),
      warn: (message: string) => notifications.show({ color: 'orange', message, autoClose: 8000 }),
      error: (error: unknown) => {
        const { message, requestId } = describeError(error, t);
        notifications.show({
          color: 'red',
          title: t.common.errorTitle,
          autoClose: 8000,
          message: (
            <>
              <Text size="sm">{message}</Text>
              {requestId && (
                <Text size="xs" c="dimmed">
                  {fill(t.common.requestId, { id: requestId })}
                </Text>
              )}
            </>
          ),
        });
      },
    }),
    [t],
  );
}
