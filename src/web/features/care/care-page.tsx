import { Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { CareTab } from '../../app/search-params';
import { useT } from '../../lib/i18n';
import { PageHeader } from '../../ui/page-header';
import { FeedbackPanel } from '../feedback/feedback-panel';
import { GatheringsPanel } from '../gatherings/gatherings-panel';
import { OccasionsPanel } from '../occasions/occasions-panel';
import { AgendaPanel } from './agenda-panel';
import { NeglectedPanel } from './neglected-panel';

const routeApi = getRouteApi('/_app/perawatan');

/** Perawatan Mitra (the guide's section C): one page, a tab per technique's daily work, kept in the URL. */
export function CarePage() {
  const { t } = useT();
  const tc = t.carePage;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const tab: CareTab = search.tab ?? 'agenda';

  return (
    <>
      <PageHeader title={tc.title} description={tc.description} />
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) =>
          void navigate({
            search: (previous) => ({ ...previous, tab: (value as CareTab | null) ?? undefined }),
          })
        }
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="agenda" data-testid="care-tab-agenda">
            {tc.tabAgenda}
          </Tabs.Tab>
          <Tabs.Tab value="neglected" data-testid="care-tab-neglected">
            {tc.tabNeglected}
          </Tabs.Tab>
          <Tabs.Tab value="occasions" data-testid="care-tab-occasions">
            {tc.tabOccasions}
          </Tabs.Tab>
          <Tabs.Tab value="feedback" data-testid="care-tab-feedback">
            {tc.tabFeedback}
          </Tabs.Tab>
          <Tabs.Tab value="gatherings" data-testid="care-tab-gatherings">
            {tc.tabGatherings}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda">
          <AgendaPanel scope={search.scope} />
        </Tabs.Panel>
        <Tabs.Panel value="neglected">
          <NeglectedPanel />
        </Tabs.Panel>
        <Tabs.Panel value="occasions">
          <OccasionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="feedback">
          <FeedbackPanel />
        </Tabs.Panel>
        <Tabs.Panel value="gatherings">
          <GatheringsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
