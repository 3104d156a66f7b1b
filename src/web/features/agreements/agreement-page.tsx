import { Group, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { AgreementDraftForm } from './agreement-draft-form';
import { AgreementHistoryTab } from './agreement-history-tab';
import { AgreementPreviewTab } from './agreement-preview-tab';
import { AgreementReviewTab } from './agreement-review-tab';
import { agreementTabs, type AgreementTab } from './agreement-search';
import { AgreementSigningTab } from './agreement-signing-tab';
import { AgreementStatusBadge } from './agreement-status-badge';
import { AgreementVersionsTab } from './agreement-versions-tab';
import { agreementQueryOptions } from './agreements-api';
import { BeritaAcaraButton } from './berita-acara-modal';

const routeApi = getRouteApi('/_app/kesepakatan/$agreementId');

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function AgreementFacts({ agreement }: { agreement: Agreement }) {
  const { t, locale } = useT();
  const tu = t.agreementsUi;
  const zone = useMe().institution.timeZone;
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="agreement-facts">
      <Group gap="xs" mb="sm">
        <AgreementStatusBadge status={agreement.status} />
        <Text size="sm" c="dimmed">
          {t.agreementKindNames[agreement.kind]} · {fill(tu.version, { number: agreement.currentVersion })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Fact label={tu.partner}>
          <AnchorLink to="/mitra/$partnerId" params={{ partnerId: agreement.partnerId }}>
            {agreement.partnerName}
          </AnchorLink>
        </Fact>
        <Fact label={tu.partnership}>
          <AnchorLink to="/kemitraan/$partnershipId" params={{ partnershipId: agreement.partnershipId }}>
            {agreement.partnershipName}
          </AnchorLink>
        </Fact>
        <Fact label={tu.columns.term}>
          {fill(tu.termRange, {
            from: formatDate(agreement.startsOn, locale, zone),
            to: formatDate(agreement.endsOn, locale, zone),
          })}
        </Fact>
        <Fact label={tu.numberInstitution}>
          <span data-testid="agreement-number">{agreement.numbers.institution ?? tu.noNumber}</span>
        </Fact>
        <Fact label={tu.numberPartner}>{agreement.numbers.partner ?? '—'}</Fact>
        <Fact label={tu.pattern}>{agreement.patternName ?? '—'}</Fact>
      </SimpleGrid>
    </Paper>
  );
}

function AgreementContent({ agreementId }: { agreementId: string }) {
  const { t } = useT();
  const tu = t.agreementsUi;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const query = useQuery(agreementQueryOptions(agreementId));
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return isApiError(query.error) && query.error.status === 404 ? (
      <EmptyPanel
        testId="agreement-not-found"
        title={tu.notFound}
        description={tu.notFoundBody}
        actions={<ButtonLink to="/kesepakatan">{tu.backToList}</ButtonLink>}
      />
    ) : (
      <ErrorAlert error={query.error} />
    );
  }
  const agreement = query.data;
  const tab: AgreementTab = search.tab ?? 'isi';
  const labels: Record<AgreementTab, string> = {
    isi: tu.tabs.content,
    pratinjau: tu.tabs.preview,
    versi: tu.tabs.versions,
    tinjauan: tu.tabs.review,
    'tanda-tangan': tu.tabs.signing,
    riwayat: tu.tabs.history,
  };
  return (
    <>
      <PageHeader
        title={agreement.subject}
        description={agreement.numbers.institution ?? undefined}
        actions={<BeritaAcaraButton agreement={agreement} />}
      />
      <AgreementFacts agreement={agreement} />
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) =>
          void navigate({
            search: { tab: agreementTabs.find((item) => item === value && item !== 'isi') },
            replace: true,
          })
        }
      >
        <Tabs.List mb="md" style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {agreementTabs.map((item) => (
            <Tabs.Tab key={item} value={item} data-testid={`agreement-tab-${item}`}>
              {labels[item]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="pratinjau">
          <AgreementPreviewTab agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="versi">
          <AgreementVersionsTab agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="tinjauan">
          <AgreementReviewTab agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="tanda-tangan">
          <AgreementSigningTab agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="riwayat">
          <AgreementHistoryTab agreement={agreement} />
        </Tabs.Panel>
      </Tabs>
      {/* Kept mounted while other tabs are open: a half-typed draft survives a look at the preview. */}
      <div hidden={tab !== 'isi'} role="tabpanel" aria-label={tu.tabs.content}>
        <AgreementDraftForm key={agreement.id} agreement={agreement} />
      </div>
    </>
  );
}

/** Kesepakatan › {subject}: the draft, its document, versions, review, signing and history. */
export function AgreementPage() {
  const { t } = useT();
  const { agreementId } = routeApi.useParams();
  return (
    <Stack gap={0}>
      <Group mb="xs">
        <AnchorLink to="/kesepakatan" size="sm">
          ← {t.agreementsUi.backToList}
        </AnchorLink>
      </Group>
      <AgreementContent agreementId={agreementId} />
    </Stack>
  );
}
