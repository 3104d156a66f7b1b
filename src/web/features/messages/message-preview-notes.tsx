import { Alert, Stack, Text } from '@mantine/core';
import type { MessagePreview } from '../../../shared/contracts/messages';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';

/**
 * What to heed before contacting (technique 3: the contact's preferences and sensitive topics come
 * first), then the working-hours warning, the occasion, and why sending would be refused.
 */
export function MessagePreviewNotes({ preview }: { preview: MessagePreview }) {
  const { t, locale } = useT();
  const me = useMe();
  const tm = t.messagesUi;
  const { contact } = preview;
  return (
    <Stack gap="xs">
      <Alert
        color="yellow"
        variant="light"
        title={tm.beforeContact}
        p="sm"
        data-testid="message-contact-notes"
      >
        {contact.preferences || contact.sensitiveTopics ? (
          <Stack gap={4}>
            {contact.preferences && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                <Text span fw={600}>
                  {tm.preferences}:{' '}
                </Text>
                {contact.preferences}
              </Text>
            )}
            {contact.sensitiveTopics && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                <Text span fw={600}>
                  {tm.sensitiveTopics}:{' '}
                </Text>
                {contact.sensitiveTopics}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm">{tm.noNotes}</Text>
        )}
      </Alert>
      {preview.outsideWorkingHours && (
        <Alert color="orange" variant="light" p="sm" data-testid="message-outside-hours">
          <Text size="sm">{tm.outsideHours}</Text>
        </Alert>
      )}
      {preview.occasion && (
        <Text size="sm" c="dimmed" data-testid="message-occasion">
          {fill(tm.occasion, {
            title: preview.occasion.title,
            date: formatDate(preview.occasion.date, locale, me.institution.timeZone),
          })}
        </Text>
      )}
      {preview.blockedBy && (
        <Alert color="red" variant="light" p="sm" role="alert" data-testid="message-blocked">
          <Text size="sm">{t.errors[preview.blockedBy]}</Text>
        </Alert>
      )}
    </Stack>
  );
}
