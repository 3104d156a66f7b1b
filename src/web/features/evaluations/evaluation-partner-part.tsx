import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { Evaluation, PartnerLink } from '../../../shared/contracts/evaluations';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { CopyableField } from '../../ui/copyable-field';
import { ErrorAlert } from '../../ui/error-alert';
import { issuePartnerLink } from './evaluations-api';

function Answer({ label, value }: { label: string; value: string | number | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value ?? '—'}
      </Text>
    </div>
  );
}

/** The partner's part: its answers once given, otherwise a single-use link to send over WhatsApp. */
export function EvaluationPartnerPart({
  evaluation,
  canWrite,
}: {
  evaluation: Evaluation;
  canWrite: boolean;
}) {
  const { t, locale } = useT();
  const tu = t.evaluationsUi;
  const zone = useMe().institution.timeZone;
  const [recipient, setRecipient] = useState('');
  const [issued, setIssued] = useState<PartnerLink | null>(null);
  const issue = useMutation({
    mutationFn: () => issuePartnerLink(evaluation.id, recipient.trim() || null),
    onSuccess: setIssued,
  });
  const part = evaluation.partnerPart;
  return (
    <Paper withBorder radius="md" p="md" data-testid="evaluation-partner-part">
      <Title order={2} size="h4">
        {tu.partnerTitle}
      </Title>
      {part ? (
        <Stack gap="xs" mt="sm" data-testid="evaluation-partner-answers">
          <Text size="sm" fw={600}>
            {fill(tu.respondent, { name: part.respondentName, position: part.respondentPosition })}
          </Text>
          <Text size="xs" c="dimmed">
            {fill(tu.submittedAt, { at: formatLongDateTime(part.submittedAt, locale, zone) })}
          </Text>
          <Answer label={tu.satisfaction} value={part.satisfaction} />
          <Answer label={tu.goalsSummary} value={part.goalsSummary} />
          <Answer label={tu.obstacles} value={part.obstacles} />
          <Answer label={tu.recommendations} value={part.recommendations} />
        </Stack>
      ) : (
        <Stack gap="sm" mt={4}>
          <Text size="sm" c="dimmed">
            {tu.partnerIntro}
          </Text>
          {issued ? (
            <Stack gap="sm" data-testid="evaluation-link-issued">
              <Text size="sm">
                {fill(tu.linkValid, { until: formatLongDateTime(issued.expiresAt, locale, zone) })}
              </Text>
              <CopyableField label={tu.link} value={issued.url} testId="evaluation-link-url" />
              <Textarea
                label={tu.message}
                value={issued.whatsAppText}
                readOnly
                autosize
                minRows={5}
                maxRows={12}
              />
              <Anchor
                href={issued.whatsAppUrl}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="evaluation-link-whatsapp"
              >
                {tu.openWhatsApp}
              </Anchor>
            </Stack>
          ) : (
            canWrite && (
              <Group align="flex-end" wrap="wrap">
                <TextInput
                  label={tu.recipientName}
                  value={recipient}
                  onChange={(event) => setRecipient(event.currentTarget.value)}
                  data-testid="evaluation-link-recipient"
                />
                <Button
                  onClick={() => issue.mutate()}
                  loading={issue.isPending}
                  data-testid="evaluation-link-create"
                >
                  {tu.partnerLink}
                </Button>
              </Group>
            )
          )}
          {issue.error && <ErrorAlert error={issue.error} />}
        </Stack>
      )}
    </Paper>
  );
}
