import { Alert, Stack, Text } from '@mantine/core';
import type { MessagePreview } from '../../../shared/contracts/messages';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ContactNotesAlert } from '../partners/contact-notes-alert';

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
      <ContactNotesAlert
        title={tm.beforeContact}
        preferences={contact.preferences}
        sensitiveTopics={contact.sensitiveTopics}
        empty={tm.noNotes}
        testId="message-contact-notes"
      />
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
