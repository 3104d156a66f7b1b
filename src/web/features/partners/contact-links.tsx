import { Button, Group } from '@mantine/core';
import { toLocalPhone, whatsAppLink } from '../../../shared/domain/phone-format';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';

interface ContactLinksProps {
  name: string;
  phone: string | null;
  whatsApp: boolean;
  email: string | null;
  /** Shows a tel: button too (partner page); the list keeps WhatsApp and email only. */
  withCall?: boolean;
  size?: 'compact-sm' | 'sm';
}

/** One-tap WhatsApp (new tab, nothing sent automatically), email and phone links for a contact. */
export function ContactLinks({
  name,
  phone,
  whatsApp,
  email,
  withCall,
  size = 'compact-sm',
}: ContactLinksProps) {
  const { t } = useT();
  return (
    <Group gap={6} wrap="wrap">
      {phone && whatsApp && (
        <Button
          component="a"
          href={whatsAppLink(phone)}
          target="_blank"
          rel="noopener noreferrer"
          size={size}
          color="green"
          variant="light"
          aria-label={fill(t.partners.whatsAppTo, { name })}
          data-testid="contact-whatsapp"
        >
          {t.contacts.whatsAppButton}
        </Button>
      )}
      {phone && withCall && (
        <Button
          component="a"
          href={`tel:${phone}`}
          size={size}
          variant="light"
          aria-label={`${fill(t.partners.callTo, { name })}: ${toLocalPhone(phone)}`}
        >
          {toLocalPhone(phone)}
        </Button>
      )}
      {email && (
        <Button
          component="a"
          href={`mailto:${email}`}
          size={size}
          variant="light"
          color="gray"
          aria-label={fill(t.partners.emailTo, { name })}
        >
          {t.contacts.email}
        </Button>
      )}
    </Group>
  );
}
