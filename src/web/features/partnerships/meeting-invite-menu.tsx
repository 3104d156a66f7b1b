import { useState } from 'react';
import { Button, Loader, Menu, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { toLocalPhone } from '../../../shared/domain/phone-format';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { invitationQueryOptions } from './meetings-api';

interface MeetingInviteMenuProps {
  partnershipId: string;
  meetingId: string;
  channel: 'whatsapp' | 'email';
}

/**
 * One link per contact person of the partners, each opening a draft that greets them by name; the
 * draft is fetched only when the menu opens (a phone on a weak connection pays only when asked).
 */
export function MeetingInviteMenu({ partnershipId, meetingId, channel }: MeetingInviteMenuProps) {
  const { t } = useT();
  const tu = t.meetingsUi;
  const [opened, setOpened] = useState(false);
  const invitation = useQuery({ ...invitationQueryOptions(partnershipId, meetingId), enabled: opened });
  const whatsApp = channel === 'whatsapp';
  const links = (invitation.data?.contacts ?? []).flatMap((contact) => {
    const href = whatsApp ? contact.whatsAppUrl : contact.mailtoUrl;
    const address = whatsApp ? (contact.phone ? toLocalPhone(contact.phone) : '') : (contact.email ?? '');
    return href ? [{ ...contact, href, address }] : [];
  });
  const testId = whatsApp ? 'meeting-invite-whatsapp' : 'meeting-invite-email';
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="light" color={whatsApp ? 'green' : undefined} size="sm" data-testid={testId}>
          {whatsApp ? tu.inviteWhatsApp : tu.inviteEmail}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid={`${testId}-menu`} maw={360}>
        {invitation.isPending && (
          <Menu.Label>
            <Loader size="xs" mr={6} />
            {tu.loadingContacts}
          </Menu.Label>
        )}
        {invitation.isError && <ErrorAlert error={invitation.error} />}
        {invitation.isSuccess && links.length === 0 && (
          <Text size="sm" p="xs">
            {whatsApp ? tu.noPhone : tu.noEmail}
          </Text>
        )}
        {links.map((link) => (
          <Menu.Item
            key={link.contactId}
            component="a"
            href={link.href}
            {...(whatsApp ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            data-testid={`${testId}-contact`}
          >
            <Text size="sm" fw={500}>
              {link.name}
              {link.attending && ` · ${tu.attending}`}
            </Text>
            <Text size="xs" c="dimmed">
              {link.partnerName} · {link.address}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
