import { Button, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { CopyableField } from '../../ui/copyable-field';
import type { PartnerLink } from './signing-api';

function toAbsoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

/** A link for the partner: copyable, how long it lives, and the message to send with it. */
export function PartnerLinkView({ link }: { link: PartnerLink }) {
  const { t, locale } = useT();
  const tl = t.partnerLinks;
  const me = useMe();
  return (
    <Stack gap="sm" data-testid="partner-link">
      <CopyableField label={tl.link} value={toAbsoluteUrl(link.url)} testId="partner-link-url" />
      <Text size="sm" data-testid="partner-link-expiry">
        {fill(tl.validUntil, { date: formatLongDateTime(link.expiresAt, locale, me.institution.timeZone) })}
      </Text>
      <Textarea
        label={tl.message}
        value={link.message}
        readOnly
        autosize
        minRows={3}
        maxRows={8}
        data-testid="partner-link-message"
      />
      <Group gap="xs">
        {link.whatsappUrl && (
          <Button
            component="a"
            href={link.whatsappUrl}
            target="_blank"
            rel="noopener noreferrer"
            color="green"
            data-testid="partner-link-whatsapp"
          >
            {tl.whatsapp}
          </Button>
        )}
        <CopyButton value={link.message} timeout={2000}>
          {({ copied, copy }) => (
            <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? t.common.copied : tl.copyMessage}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
