import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contact } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { ContactCard } from './contact-card';
import { ContactModal } from './contact-modal';
import { deleteContact, partnerQueryKey, partnersQueryKey } from './partner-api';

interface PartnerContactsProps {
  partnerId: string;
  contacts: Contact[];
  canWrite: boolean;
}

/** The partner's contact people, with add / edit / delete for roles that may write. */
export function PartnerContacts({ partnerId, contacts, canWrite }: PartnerContactsProps) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);

  const remove = useMutation({
    mutationFn: (contact: Contact) => deleteContact(partnerId, contact.id),
    onSuccess: () => {
      setRemoving(null);
      notify.success(t.contacts.removed);
      void queryClient.invalidateQueries({ queryKey: partnerQueryKey(partnerId) });
      void queryClient.invalidateQueries({ queryKey: [...partnersQueryKey, 'list'] });
    },
    onError: (error) => {
      setRemoving(null);
      notify.error(error);
    },
  });

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="partner-contacts-title"
      data-testid="partner-contacts"
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="partner-contacts-title">
          {t.contacts.title}
        </Title>
        {canWrite && (
          <Button onClick={() => setEditing('new')} data-testid="contact-add">
            {t.contacts.add}
          </Button>
        )}
      </Group>
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="contacts-empty">
          {t.contacts.empty}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {contacts.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              onEdit={canWrite ? () => setEditing(contact) : null}
              onDelete={canWrite ? () => setRemoving(contact) : null}
            />
          ))}
        </SimpleGrid>
      )}
      {editing && (
        <ContactModal
          partnerId={partnerId}
          contact={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && (
        <ConfirmModal
          opened
          title={fill(t.contacts.removeTitle, { name: removing.name })}
          body={t.contacts.removeBody}
          confirmLabel={t.contacts.remove}
          danger
          loading={remove.isPending}
          onConfirm={() => remove.mutate(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Paper>
  );
}
