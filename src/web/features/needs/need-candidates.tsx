import { useState } from 'react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import type { NeedDecisionKind, RelevanceRanking } from '../../../shared/contracts/needs';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ButtonLink } from '../../ui/router-links';
import { CandidateCard } from './candidate-card';
import { DecisionReasonModal } from './decision-reason-modal';
import { useDecide } from './use-decide';

interface Pending {
  partnerId: string;
  partnerName: string;
  decision: Exclude<NeedDecisionKind, 'pursue'>;
}

/** The ranked partners for one need, with the decision buttons (reasons asked for in a modal). */
export function NeedCandidates({ ranking }: { ranking: RelevanceRanking }) {
  const { t } = useT();
  const tn = t.needsUi;
  const canDecide = useCan('partnerships.write') && ranking.need.status === 'open';
  const decide = useDecide(ranking.need.id);
  const [pending, setPending] = useState<Pending | null>(null);
  const item = t.partnerVocab.exchange[ranking.need.item].toLowerCase();
  if (ranking.items.length === 0) {
    return (
      <EmptyPanel
        testId="candidates-empty"
        title={fill(tn.candidatesEmptyTitle, { item })}
        description={tn.candidatesEmptyBody}
        actions={<ButtonLink to="/mitra">{tn.toPartners}</ButtonLink>}
      />
    );
  }
  return (
    <Stack gap="sm" data-testid="candidates">
      <Title order={2} size="h3">
        {tn.candidatesTitle}
      </Title>
      <Text size="sm" c="dimmed">
        {fill(tn.candidatesIntro, { item })}
      </Text>
      {ranking.capped && (
        <Alert color="yellow" data-testid="candidates-capped">
          {fill(tn.capped, { cap: ranking.cap, total: ranking.total })}
        </Alert>
      )}
      {ranking.items.map((candidate, index) => (
        <CandidateCard
          key={candidate.partnerId}
          candidate={candidate}
          rank={index + 1}
          canDecide={canDecide}
          busy={decide.isPending && decide.variables.partnerId === candidate.partnerId}
          onDecide={(decision) => {
            if (decision === 'pursue')
              decide.mutate({ partnerId: candidate.partnerId, partnerName: candidate.partnerName, decision });
            else setPending({ partnerId: candidate.partnerId, partnerName: candidate.partnerName, decision });
          }}
        />
      ))}
      {pending && (
        <DecisionReasonModal
          decision={pending.decision}
          partnerName={pending.partnerName}
          saving={decide.isPending}
          onClose={() => setPending(null)}
          onConfirm={(reason) => decide.mutate({ ...pending, reason }, { onSuccess: () => setPending(null) })}
        />
      )}
    </Stack>
  );
}
