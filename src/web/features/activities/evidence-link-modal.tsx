import { useState } from 'react';
import { Anchor, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { EvidenceLink } from '../../../shared/contracts/activities';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { CopyableField } from '../../ui/copyable-field';
import { ErrorAlert } from '../../ui/error-alert';
import { issueEvidenceLink } from './activities-api';

/** A reusable link for the partner to upload its own evidence, with a WhatsApp message ready to send. */
export function EvidenceLinkModal({
  partnershipId,
  onClose,
}: {
  partnershipId: string;
  onClose: () => void;
}) {
  const { t, locale } = useT();
  const tu = t.activitiesUi;
  const zone = useMe().institution.timeZone;
  const [recipient, setRecipient] = useState('');
  const [issued, setIssued] = useState<EvidenceLink | null>(null);
  const issue = useMutation({
    mutationFn: () => issueEvidenceLink(partnershipId, recipient.trim() || null),
    onSuccess: setIssued,
  });
  return (
    <Modal opened onClose={onClose} title={tu.evidenceLinkTitle} size="lg">
      {issued ? (
        <Stack gap="sm" data-testid="evidence-link-issued">
          <Text size="sm">
            {fill(tu.evidenceLinkIntro, { until: formatLongDateTime(issued.expiresAt, locale, zone) })}
          </Text>
          <CopyableField label={tu.link} value={issued.url} testId="evidence-link-url" />
          <Textarea
            label={tu.message}
            value={issued.whatsAppText}
            readOnly
            autosize
            minRows={6}
            maxRows={14}
          />
          <Group justify="space-between">
            <Anchor
              href={issued.whatsAppUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="evidence-link-whatsapp"
            >
              {tu.openWhatsApp}
            </Anchor>
            <Button variant="default" onClick={onClose}>
              {t.common.done}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            issue.mutate();
          }}
        >
          <Stack gap="sm">
            {issue.error && <ErrorAlert error={issue.error} />}
            <TextInput
              label={tu.recipientName}
              value={recipient}
              onChange={(event) => setRecipient(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {tu.cancel}
              </Button>
              <Button type="submit" loading={issue.isPending} data-testid="evidence-link-create">
                {tu.createLink}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
