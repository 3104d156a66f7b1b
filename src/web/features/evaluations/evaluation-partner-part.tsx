import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Evaluation } from '../../../shared/contracts/evaluations';
import { fill } from '../../../shared/i18n/catalog';
import { formatLongDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ShareLinkPanel } from '../../ui/share-link-panel';
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
          <ShareLinkPanel
            issue={(recipientName) => issuePartnerLink(evaluation.id, recipientName)}
            texts={{
              intro: tu.linkValid,
              link: tu.link,
              message: tu.message,
              openWhatsApp: tu.openWhatsApp,
              recipientName: tu.recipientName,
              create: tu.partnerLink,
            }}
            testIdPrefix="evaluation-link"
            canIssue={canWrite}
          />
        </Stack>
      )}
    </Paper>
  );
}
