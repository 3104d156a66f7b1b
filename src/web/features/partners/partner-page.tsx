import { useState } from 'react';
import { Button, Grid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { InteractionTimeline } from '../interactions/interaction-timeline';
import { ComposeMessageButton } from '../messages/compose-message-button';
import { PartnerHealthCard } from '../care/partner-health-card';
import { PartnerFeedbackCard } from '../feedback/partner-feedback-card';
import { PartnerNeeds } from '../needs/partner-needs';
import { PartnerValueRecords } from '../value-records/partner-value-records';
import { CreatePartnershipModal } from '../partnerships/create-partnership-modal';
import { PartnerPartnerships } from '../partnerships/partner-partnerships';
import { PartnerQuickLog } from '../partnerships/partner-quick-log';
import { PartnersGate, useCanPartners } from './partner-access';
import { partnerQueryOptions } from './partner-api';
import { PartnerContacts } from './partner-contacts';
import { useCategoryOptions } from './partner-labels';
import { MergePartnerModal } from './merge-partner-modal';
import { PartnerProfile } from './partner-profile';
import { useFollowMerge } from './use-follow-merge';

const routeApi = getRouteApi('/_app/mitra/$partnerId');

function PartnerContent({ partnerId }: { partnerId: string }) {
  const { t } = useT();
  const canWrite = useCanPartners('partners.write');
  const canMerge = useCan('partners.merge');
  const canStartPartnership = useCan('partnerships.write');
  const canLog = useCan('interactions.write');
  const [merging, setMerging] = useState(false);
  const [starting, setStarting] = useState(false);
  const [logging, setLogging] = useState(false);
  const { labelOf } = useCategoryOptions();
  const query = useQuery(partnerQueryOptions(partnerId));
  const redirecting = useFollowMerge(query.error);
  if (query.isPending || redirecting) return <PageLoader />;
  // A re-read that found no connection keeps the card the phone already has (offline, ADR 0033).
  if (query.isError && !(query.data && isApiError(query.error, 'NETWORK_ERROR'))) {
    return isApiError(query.error) && query.error.status === 404 ? (
      <EmptyPanel
        testId="partner-not-found"
        title={t.partners.notFound}
        description={t.partners.intro}
        actions={<ButtonLink to="/mitra">{t.partners.backToList}</ButtonLink>}
      />
    ) : (
      <ErrorAlert error={query.error} />
    );
  }
  const partner = query.data;
  return (
    <>
      <PageHeader
        title={partner.name}
        description={partner.sector ?? undefined}
        actions={
          (canWrite || canMerge || canStartPartnership) && (
            <>
              <ComposeMessageButton partnerId={partnerId} testId="partner-send-message" />
              {canStartPartnership && (
                <Button variant="default" onClick={() => setStarting(true)} data-testid="partnership-start">
                  {t.partnershipsUi.createFromPartner}
                </Button>
              )}
              {canMerge && (
                <Button variant="default" onClick={() => setMerging(true)} data-testid="partner-merge">
                  {t.partnerMerge.action}
                </Button>
              )}
              {canWrite && (
                <ButtonLink
                  to="/mitra/$partnerId/ubah"
                  params={{ partnerId }}
                  variant="default"
                  data-testid="partner-edit"
                >
                  {t.partners.edit}
                </ButtonLink>
              )}
            </>
          )
        }
      />
      {merging && <MergePartnerModal partner={partner} onClose={() => setMerging(false)} />}
      {starting && <CreatePartnershipModal partner={partner} onClose={() => setStarting(false)} />}
      {logging && <PartnerQuickLog partner={partner} onClose={() => setLogging(false)} />}
      <Stack gap="md">
        <PartnerContacts partnerId={partner.id} contacts={partner.contacts} canWrite={canWrite} />
        <PartnerProfile partner={partner} categoryLabel={labelOf(partner.category)} />
        <Grid>
          <Grid.Col span={12}>
            <InteractionTimeline
              filters={[{ partnerId: partner.id }]}
              action={
                canLog && (
                  <Button size="md" onClick={() => setLogging(true)} data-testid="interaction-log">
                    {t.interactionsUi.log}
                  </Button>
                )
              }
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <PartnerPartnerships partnerId={partner.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <PartnerNeeds partnerId={partner.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <PartnerHealthCard partnerId={partner.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <PartnerFeedbackCard partnerId={partner.id} contacts={partner.contacts} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <PartnerValueRecords partnerId={partner.id} />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

/** Mitra › {name}: contacts first (to reach them, with what to mind), then the profile. */
export function PartnerPage() {
  const { t } = useT();
  const { partnerId } = routeApi.useParams();
  return (
    <>
      <AnchorLink to="/mitra" size="sm">
        ← {t.partners.backToList}
      </AnchorLink>
      <PartnersGate>
        <PartnerContent partnerId={partnerId} />
      </PartnersGate>
    </>
  );
}
