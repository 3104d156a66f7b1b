import { Alert, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/i18n';

interface ContactNotesAlertProps {
  title: string;
  preferences: string | null;
  sensitiveTopics: string | null;
  /** Shown when the contact has neither. */
  empty?: string;
  testId: string;
}

/** What to heed before contacting someone (guide C3): their preferences and the topics to avoid. */
export function ContactNotesAlert({
  title,
  preferences,
  sensitiveTopics,
  empty,
  testId,
}: ContactNotesAlertProps) {
  const { t } = useT();
  const tc = t.contacts;
  const notes = [
    { label: tc.preferences, text: preferences },
    { label: tc.sensitiveTopics, text: sensitiveTopics },
  ].filter((note) => note.text);
  return (
    <Alert color="yellow" variant="light" title={title} p="sm" data-testid={testId}>
      {notes.length > 0 ? (
        <Stack gap={4}>
          {notes.map((note) => (
            <Text key={note.label} size="sm" style={{ whiteSpace: 'pre-line' }}>
              <Text span fw={600}>
                {note.label}:{' '}
              </Text>
              {note.text}
            </Text>
          ))}
        </Stack>
      ) : (
        empty && <Text size="sm">{empty}</Text>
      )}
    </Alert>
  );
}
