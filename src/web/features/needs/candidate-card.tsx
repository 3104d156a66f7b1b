import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { NeedDecisionKind, RelevanceCandidate } from '../../../shared/contracts/needs';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { AnchorLink } from '../../ui/router-links';
import { RelevanceReasons } from './relevance-reasons';

const decisionColor = { pursue: 'teal', not_now: 'orange', not_relevant: 'gray' } as const;

interface CandidateCardProps {
  candidate: RelevanceCandidate;
  rank: number;
  canDecide: boolean;
  busy: boolean;
  onDecide: (decision: NeedDecisionKind) => void;
}

/** One ranked partner: the score as a bar, the reasons in words, the decision and its buttons. */
export function CandidateCard({ candidate, rank, canDecide, busy, onDecide }: CandidateCardProps) {
  const { t, locale } = useT();
  const me = useMe();
  const tn = t.needsUi;
  const decision = candidate.decision;
  const partnershipId = decision?.partnershipId ?? candidate.openPartnershipId;
  const color = candidate.score >= 70 ? 'teal' : candidate.score >= 50 ? 'yellow' : 'gray';
  return (
    <Paper withBorder radius="md" p="md" data-testid="candidate" data-partner-id={candidate.partnerId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              #{rank}
            </Text>
            <AnchorLink to="/mitra/$partnerId" params={{ partnerId: candidate.partnerId }} fw={700}>
              {candidate.partnerName}
            </AnchorLink>
          </Stack>
          <Text fw={800} size="xl" c={`${color}.8`} data-testid="candidate-score">
            {candidate.score}
          </Text>
        </Group>
        <Progress
          value={candidate.score}
          color={color}
          size="lg"
          radius="xl"
          aria-label={fill(tn.scoreLabel, { score: candidate.score })}
        />
        <RelevanceReasons reasons={candidate.reasons} />
        {decision && (
          <Group gap="xs" data-testid="candidate-decision">
            <Badge color={decisionColor[decision.decision]} variant="filled">
              {fill(tn.currentDecision, { decision: t.needDecisions[decision.decision] })}
            </Badge>
            <Text size="xs" c="dimmed">
              {fill(tn.decisionBy, {
                date: formatShortDate(decision.decidedAt, locale, me.institution.timeZone),
              })}
            </Text>
            {decision.reason && (
              <Text size="sm" c="dimmed" w="100%">
                {decision.reason}
              </Text>
            )}
          </Group>
        )}
        {partnershipId && (
          <AnchorLink
            to="/kemitraan/$partnershipId"
            params={{ partnershipId }}
            size="sm"
            data-testid="candidate-partnership"
          >
            {tn.openPartnership} →
          </AnchorLink>
        )}
        {canDecide && (
          <Stack gap="xs">
            <Button
              size="md"
              fullWidth
              onClick={() => onDecide('pursue')}
              loading={busy}
              variant={decision?.decision === 'pursue' ? 'light' : 'filled'}
              data-testid="decide-pursue"
            >
              {t.needDecisions.pursue}
            </Button>
            <Group gap="xs" grow>
              <Button
                size="md"
                px="xs"
                variant="default"
                onClick={() => onDecide('not_now')}
                disabled={busy}
                data-testid="decide-not-now"
              >
                {t.needDecisions.not_now}
              </Button>
              <Button
                size="md"
                px="xs"
                variant="default"
                onClick={() => onDecide('not_relevant')}
                disabled={busy}
                data-testid="decide-not-relevant"
              >
                {t.needDecisions.not_relevant}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
