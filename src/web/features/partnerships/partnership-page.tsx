import { useState } from 'react';
import { Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { InteractionTimeline } from '../interactions/interaction-timeline';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { QuickLogModal } from '../interactions/quick-log-modal';
import { PartnershipAgreements } from '../agreements/partnership-agreements';
import { WorkPlansSection } from '../work-plans/work-plans-section';
import { ActivitiesSection } from '../activities/activities-section';
import { MonitoringSection } from '../monitoring/monitoring-section';
import { EvaluationsSection } from '../evaluations/evaluations-section';
import { EvidencePackButton } from '../evidence-pack/evidence-pack-button';
import { ExplorationMeetings } from './exploration-meetings';
import { MoveReasonModal } from './move-reason-modal';
import { partnershipQueryOptions } from './partnerships-api';
import { StageHistory } from './stage-history';
import { StageMoves } from './stage-moves';
import { useFacilitators } from './use-facilitators';
import { useMovePartnership } from './use-move-partnership';

const routeApi = getRouteApi('/_app/kemitraan/$partnershipId');

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function PartnershipDetails({
  partnership,
  facilitator,
}: {
  partnership: Partnership;
  facilitator: string | null;
}) {
  const { t } = useT();
  const tu = t.partnershipsUi;
  const patterns = usePatternNames();
  return (
    <Paper withBorder radius="md" p="md" data-testid="partnership-details">
      <Title order={2} size="h4" mb="sm">
        {tu.details}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Fact label={tu.partners}>
          {partnership.partners.map((partner, index) => (
            <span key={partner.id}>
              {index > 0 && ', '}
              <AnchorLink to="/mitra/$partnerId" params={{ partnerId: partner.id }}>
                {partner.name}
              </AnchorLink>
            </span>
          ))}
        </Fact>
        <Fact label={tu.pattern}>
          {partnership.pattern ? patterns.nameOf(partnership.pattern) : tu.noPattern}
        </Fact>
        <Fact label={tu.facilitator}>{facilitator ?? tu.noFacilitator}</Fact>
        <Fact label={tu.cycleYears}>{partnership.cycleYears.join(', ') || '—'}</Fact>
      </SimpleGrid>
    </Paper>
  );
}

function PartnershipContent({ partnershipId }: { partnershipId: string }) {
  const { t } = useT();
  const tu = t.partnershipsUi;
  const canWrite = useCan('partnerships.write');
  const canLog = useCan('interactions.write');
  const [logging, setLogging] = useState(false);
  const facilitators = useFacilitators();
  const mover = useMovePartnership();
  const query = useQuery(partnershipQueryOptions(partnershipId));
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return isApiError(query.error) && query.error.status === 404 ? (
      <EmptyPanel
        testId="partnership-not-found"
        title={tu.notFound}
        description={tu.intro}
        actions={<ButtonLink to="/kemitraan">{tu.backToList}</ButtonLink>}
      />
    ) : (
      <ErrorAlert error={query.error} />
    );
  }
  const partnership = query.data;
  const logButton = canLog && (
    <Button size="md" onClick={() => setLogging(true)} data-testid="interaction-log">
      {t.interactionsUi.log}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={partnership.name}
        description={partnership.programme ?? undefined}
        actions={logButton}
      />
      {logging && (
        <QuickLogModal
          partners={partnership.partners}
          partnershipId={partnership.id}
          onClose={() => setLogging(false)}
        />
      )}
      <MoveReasonModal mover={mover} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <PartnershipDetails
              partnership={partnership}
              facilitator={facilitators.nameOf(partnership.facilitatorUserId)}
            />
            <ExplorationMeetings partnership={partnership} canWrite={canWrite} />
            <WorkPlansSection partnership={partnership} canWrite={canWrite} />
            <ActivitiesSection partnership={partnership} />
            <MonitoringSection partnership={partnership} canWrite={canWrite} />
            <PartnershipAgreements partnership={partnership} />
            <EvaluationsSection partnership={partnership} canWrite={canWrite} />
            <InteractionTimeline
              filters={[
                { partnershipId: partnership.id },
                ...partnership.partners.map((partner) => ({ partnerId: partner.id })),
              ]}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <StageMoves partnership={partnership} mover={mover} canWrite={canWrite} />
            <StageHistory partnershipId={partnership.id} nameOf={facilitators.nameOf} />
            <EvidencePackButton partnershipId={partnership.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** Kemitraan › {name}: where it stands, what may come next, how it got here and the contacts made. */
export function PartnershipPage() {
  const { t } = useT();
  const { partnershipId } = routeApi.useParams();
  return (
    <>
      <Group mb="xs">
        <AnchorLink to="/kemitraan" size="sm">
          ← {t.partnershipsUi.backToList}
        </AnchorLink>
      </Group>
      <PartnershipContent partnershipId={partnershipId} />
    </>
  );
}
