import { Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { CareSearch, CareTab } from '../../app/search-params';
import { useT } from '../../lib/i18n';
import { PageHeader } from '../../ui/page-header';
import { FeedbackPanel } from '../feedback/feedback-panel';
import { GatheringsPanel } from '../gatherings/gatherings-panel';
import { OccasionsPanel } from '../occasions/occasions-panel';
import { AgendaPanel } from './agenda-panel';
import { NeglectedPanel } from './neglected-panel';
import { ExportMenu } from '../../ui/export-menu';

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
      <PageHeader
        title={tc.title}
        description={tc.description}
        actions={<CareExportMenu search={search} />}
      />
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
          <FeedbackPanel
            answers={{ satisfaction: search.satisfaction, from: search.from, to: search.to }}
            onClearAnswers={() =>
              void navigate({
                search: (previous) => ({
                  ...previous,
                  satisfaction: undefined,
                  from: undefined,
                  to: undefined,
                }),
                replace: true,
              })
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="gatherings">
          <GatheringsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** The open tab's list as a file; the occasions calendar is no list. */
function CareExportMenu({ search }: { search: CareSearch }) {
  const tab: CareTab = search.tab ?? 'agenda';
  if (tab === 'agenda')
    return (
      <ExportMenu path="/care/agenda/export" filters={{ scope: search.scope }} permission="partners.read" />
    );
  if (tab === 'neglected') return <ExportMenu path="/care/neglected/export" permission="partners.read" />;
  if (tab === 'gatherings') return <ExportMenu path="/gatherings/export" permission="partners.read" />;
  if (tab === 'feedback')
    return (
      <ExportMenu
        path="/feedback-requests/export"
        filters={feedbackFilters(search)}
        permission="partners.read"
      />
    );
  return null;
}

function feedbackFilters(search: CareSearch) {
  return { satisfaction: search.satisfaction, from: search.from, to: search.to };
}
