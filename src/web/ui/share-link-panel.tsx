import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { fill } from '../../shared/i18n/catalog';
import { formatLongDateTime } from '../lib/format';
import { useT } from '../lib/i18n';
import { useMe } from '../lib/me-query';
import { ErrorAlert } from './error-alert';
import { IssuedLinkFields } from './issued-link-fields';

/** What the server returns for any link a partner opens without an account. */
export interface ShareLink {
  url: string;
  expiresAt: string;
  whatsAppText: string;
  whatsAppUrl: string;
}

export interface ShareLinkTexts {
  /** Shown above the issued link; `{until}` becomes its expiry. */
  intro: string;
  link: string;
  message: string;
  openWhatsApp: string;
  recipientName: string;
  create: string;
  /** Only used inside a modal (when `onClose` is given). */
  cancel?: string;
}

interface ShareLinkPanelProps {
  issue: (recipientName: string | null) => Promise<ShareLink>;
  onIssued?: (link: ShareLink) => void;
  texts: ShareLinkTexts;
  /** Prefix of every data-testid, e.g. `review-link` gives `review-link-url`. */
  testIdPrefix: string;
  /** Inside a modal: the form gets cancel/done buttons that call this. Without it the form is inline. */
  onClose?: () => void;
  canIssue?: boolean;
}

/** Asks for the recipient's name, issues the link, then shows it with a WhatsApp message ready to send. */
export function ShareLinkPanel({
  issue: issueLink,
  onIssued,
  texts,
  testIdPrefix,
  onClose,
  canIssue = true,
}: ShareLinkPanelProps) {
  const { t, locale } = useT();
  const zone = useMe().institution.timeZone;
  const [recipient, setRecipient] = useState('');
  const [issued, setIssued] = useState<ShareLink | null>(null);
  const issue = useMutation({
    mutationFn: () => issueLink(recipient.trim() || null),
    onSuccess: (link) => {
      setIssued(link);
      onIssued?.(link);
    },
  });
  const inModal = onClose !== undefined;

  if (issued) {
    return (
      <Stack gap="sm" data-testid={`${testIdPrefix}-issued`}>
        <Text size="sm">
          {fill(texts.intro, { until: formatLongDateTime(issued.expiresAt, locale, zone) })}
        </Text>
        <IssuedLinkFields
          link={issued}
          texts={texts}
          testIdPrefix={testIdPrefix}
          rows={inModal ? [6, 14] : [5, 12]}
          onDone={onClose}
        />
      </Stack>
    );
  }

  const recipientInput = (
    <TextInput
      label={texts.recipientName}
      value={recipient}
      onChange={(event) => setRecipient(event.currentTarget.value)}
      data-testid={`${testIdPrefix}-recipient`}
    />
  );
  const error = issue.error && <ErrorAlert error={issue.error} />;

  if (inModal) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          issue.mutate();
        }}
      >
        <Stack gap="sm">
          {error}
          {recipientInput}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {texts.cancel ?? t.common.cancel}
            </Button>
            <Button type="submit" loading={issue.isPending} data-testid={`${testIdPrefix}-create`}>
              {texts.create}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  if (!canIssue) return null;
  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        {recipientInput}
        <Button
          onClick={() => issue.mutate()}
          loading={issue.isPending}
          data-testid={`${testIdPrefix}-create`}
        >
          {texts.create}
        </Button>
      </Group>
      {error}
    </Stack>
  );
}
