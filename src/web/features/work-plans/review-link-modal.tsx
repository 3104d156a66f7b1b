import { useState } from 'react';
import { Anchor, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkPlan, WorkPlanReviewLink } from '../../../shared/contracts/work-plans';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { CopyableField } from '../../ui/copyable-field';
import { ErrorAlert } from '../../ui/error-alert';
import { issueReviewLink, workPlansQueryKey } from './work-plans-api';

/** A link for the partner to review the plan without an account, with a WhatsApp message ready to send. */
export function ReviewLinkModal({ plan, onClose }: { plan: WorkPlan; onClose: () => void }) {
  const { t, locale } = useT();
  const tu = t.workPlansUi;
  const zone = useMe().institution.timeZone;
  const queryClient = useQueryClient();
  const [recipient, setRecipient] = useState('');
  const [issued, setIssued] = useState<WorkPlanReviewLink | null>(null);
  const issue = useMutation({
    mutationFn: () => issueReviewLink(plan.id, recipient.trim() || null),
    onSuccess: (link) => {
      setIssued(link);
      void queryClient.invalidateQueries({ queryKey: workPlansQueryKey(plan.partnershipId) });
    },
  });
  return (
    <Modal opened onClose={onClose} title={tu.sendTitle} size="lg">
      {issued ? (
        <Stack gap="sm" data-testid="review-link-issued">
          <Text size="sm">
            {fill(tu.sendIntro, { until: formatLongDateTime(issued.expiresAt, locale, zone) })}
          </Text>
          <CopyableField label={tu.link} value={issued.url} testId="review-link-url" />
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
              data-testid="review-link-whatsapp"
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
              data-testid="review-link-recipient"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {tu.cancel}
              </Button>
              <Button type="submit" loading={issue.isPending} data-testid="review-link-create">
                {tu.createLink}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
