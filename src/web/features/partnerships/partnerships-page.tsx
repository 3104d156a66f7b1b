import { useState } from 'react';
import { Button, CloseButton, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { partnershipStages } from '../../../shared/domain/partnership-stages';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { CreatePartnershipModal } from './create-partnership-modal';
import { MoveReasonModal } from './move-reason-modal';
import { PartnershipBoard } from './partnership-board';
import { ProgrammeEvidencePackButton } from '../evidence-pack/evidence-pack-button';
import { PartnershipPartnerFilters } from './partnership-partner-filters';
import { PartnershipTable } from './partnership-table';
import { partnershipListQueryOptions } from './partnerships-api';
import { useFacilitators } from './use-facilitators';
import { useMovePartnership } from './use-move-partnership';
import { ExportMenu } from '../../ui/export-menu';

const routeApi = getRouteApi('/_app/kemitraan');

/** Kemitraan: the pipeline as a board by stage or as a list, filtered in the URL. */
export function PartnershipsPage() {
  const { t } = useT();
  const tu = t.partnershipsUi;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const canWrite = useCan('partnerships.write');
  const [creating, setCreating] = useState(false);
  const { view, ...filters } = search;
  const query = useInfiniteQuery(partnershipListQueryOptions(filters));
  const facilitators = useFacilitators();
  const patterns = usePatternNames();
  const mover = useMovePartnership();
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (current) => ({ ...current, ...patch }), replace: true });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <PageHeader
        title={tu.title}
        description={tu.intro}
        actions={
          <Group gap="sm">
            <ExportMenu path="/partnerships/export" filters={filters} permission="partnerships.read" />
            {canWrite && (
              <Button onClick={() => setCreating(true)} data-testid="partnership-add">
                {tu.add}
              </Button>
            )}
          </Group>
        }
      />
      {creating && <CreatePartnershipModal onClose={() => setCreating(false)} />}
      <MoveReasonModal mover={mover} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            aria-label={tu.viewLabel}
            value={view ?? (search.reachedStage ? 'list' : 'board')}
            onChange={(value) => setSearch({ view: value === 'list' ? 'list' : undefined })}
            data={[
              // The board groups by today's stage; "reached" is about the history, so it reads as a list.
              { value: 'board', label: tu.board, disabled: search.reachedStage !== undefined },
              { value: 'list', label: tu.list },
            ]}
            data-testid="partnership-view"
          />
          <Select
            label={tu.filterStage}
            placeholder={tu.anyValue}
            clearable
            value={search.stage ?? null}
            onChange={(value) => setSearch({ stage: partnershipStages.find((stage) => stage === value) })}
            data={partnershipStages.map((stage) => ({ value: stage, label: t.partnershipStages[stage] }))}
            w={220}
            data-testid="filter-stage"
          />
          <Select
            label={tu.filterPattern}
            placeholder={tu.anyValue}
            clearable
            value={search.pattern ?? null}
            onChange={(value) => setSearch({ pattern: value ?? undefined })}
            data={patterns.options}
            w={220}
            data-testid="filter-pattern"
          />
          {facilitators.options.length > 0 && (
            <Select
              label={tu.filterFacilitator}
              placeholder={tu.anyValue}
              clearable
              searchable
              value={search.facilitatorUserId ?? null}
              onChange={(value) => setSearch({ facilitatorUserId: value ?? undefined })}
              data={facilitators.options}
              w={220}
              data-testid="filter-facilitator"
            />
          )}
        </Group>
        {search.reachedStage && (
          <Group gap={4} data-testid="reached-stage-chip">
            <Text size="sm" fw={600}>
              {t.activityListUi.reachedStageChip.replace('{stage}', t.partnershipStages[search.reachedStage])}
            </Text>
            <CloseButton
              size="sm"
              aria-label={t.activityListUi.removeFilter}
              onClick={() => setSearch({ reachedStage: undefined })}
              data-testid="reached-stage-remove"
            />
          </Group>
        )}
        <PartnershipPartnerFilters search={search} onChange={setSearch} />
        {search.programme && items.length > 0 && <ProgrammeEvidencePackButton programme={search.programme} />}
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : items.length === 0 ? (
          <EmptyPanel
            testId="partnerships-empty"
            title={filtered ? tu.noMatch : tu.emptyTitle}
            description={tu.emptyBody}
            actions={
              canWrite && (
                <Button onClick={() => setCreating(true)} data-testid="partnership-add-empty">
                  {tu.add}
                </Button>
              )
            }
          />
        ) : view === 'list' || search.reachedStage ? (
          <PartnershipTable
            partnerships={items}
            nameOf={facilitators.nameOf}
            mover={mover}
            canWrite={canWrite}
          />
        ) : (
          <PartnershipBoard
            partnerships={items}
            nameOf={facilitators.nameOf}
            mover={mover}
            canWrite={canWrite}
          />
        )}
        <LoadMoreButton
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
    </>
  );
}
