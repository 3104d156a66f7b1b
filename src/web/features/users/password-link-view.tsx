import { Alert, Stack, Text } from '@mantine/core';
import type { z } from 'zod';
import type { passwordLinkSchema } from '../../../shared/contracts/users';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { CopyableField } from '../../ui/copyable-field';

export type PasswordLink = z.infer<typeof passwordLinkSchema>;

function toAbsoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

/** The link a user sets a password with: copyable, how long it is valid, whether it was emailed. */
export function PasswordLinkView({ link, name, email }: { link: PasswordLink; name: string; email: string }) {
  const { t, locale } = useT();
  const me = useMe();
  return (
    <Stack gap="sm" data-testid="password-link">
      <Text size="sm">{fill(t.users.linkIntro, { name })}</Text>
      <CopyableField label={t.users.linkField} value={toAbsoluteUrl(link.url)} testId="password-link-url" />
      <Text size="sm" data-testid="password-link-expiry">
        {fill(t.users.linkValidUntil, {
          date: formatLongDateTime(link.expiresAt, locale, me.institution.timeZone),
        })}
      </Text>
      <Alert color={link.emailed ? 'teal' : 'yellow'} data-testid="password-link-emailed">
        {link.emailed ? fill(t.users.linkEmailed, { email }) : t.users.linkNotEmailed}
      </Alert>
    </Stack>
  );
}
