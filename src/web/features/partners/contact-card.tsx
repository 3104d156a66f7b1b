import { Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Contact } from '../../../shared/contracts/partners';
import { sapaan } from '../../../shared/domain/message-placeholders';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ContactConsentWithdrawal } from './contact-consent-withdrawal';
import { ContactLinks } from './contact-links';
import { ContactNotesAlert } from './contact-notes-alert';
import { ContactPersonalDataMenu } from './contact-personal-data-menu';

interface ContactCardProps {
  contact: Contact;
  onEdit: (() => void) | null;
  onDelete: (() => void) | null;
}

/** A contact person: preferences and sensitive topics first (guide C3), then one-tap links. */
export function ContactCard({ contact, onEdit, onDelete }: ContactCardProps) {
  const { t } = useT();
  const tc = t.contacts;
  const hasNotes = Boolean(contact.preferences || contact.sensitiveTopics);
  return (
    <Card withBorder radius="md" padding="md" data-testid="contact-row" data-contact-id={contact.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={700}>
              {contact.salutation ? sapaan(contact.salutation, contact.name) : contact.name}
            </Text>
            {contact.position && (
              <Text size="sm" c="dimmed">
                {contact.position}
              </Text>
            )}
          </Stack>
          <Text size="xs" c="dimmed" ta="right">
            {t.partnerVocab.legalBases[contact.legalBasis]}
          </Text>
        </Group>
        {hasNotes && (
          <ContactNotesAlert
            title={tc.beforeContact}
            preferences={contact.preferences}
            sensitiveTopics={contact.sensitiveTopics}
            testId="contact-notes"
          />
        )}
        <ContactLinks
          name={contact.name}
          phone={contact.phone}
          whatsApp={contact.whatsApp}
          email={contact.email}
          withCall
          size="sm"
        />
        {contact.email && (
          <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {contact.email}
          </Text>
        )}
        {(onEdit || onDelete || contact.consentWithdrawnAt) && (
          <Group gap="xs" justify="flex-end">
            <ContactConsentWithdrawal contact={contact} canWrite={onEdit !== null} />
            <ContactPersonalDataMenu contact={contact} />
            {onEdit && (
              <Button
                variant="default"
                size="sm"
                onClick={onEdit}
                aria-label={fill(tc.editNamed, { name: contact.name })}
              >
                {tc.edit}
              </Button>
            )}
            {onDelete && (
              <Button
                variant="subtle"
                color="red"
                size="sm"
                onClick={onDelete}
                aria-label={fill(tc.removeNamed, { name: contact.name })}
              >
                {tc.remove}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
