import { useEffect, useState } from 'react';
import { Anchor, Chip, Group, ScrollArea, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { agreementKinds, agreementStatuses } from '../../../shared/domain/agreement-status';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { ButtonLink } from '../../ui/router-links';
import { AgreementCards, AgreementTable } from './agreement-list-views';
import { agreementListQueryOptions } from './agreements-api';
import { ExportMenu } from '../../ui/export-menu';

const routeApi = getRouteApi('/_app/kesepakatan');
const allStatuses = 'all';

/** Kesepakatan: every agreement of the institution, filtered in the URL, newest change first. */
export function AgreementsPage() {
  const { t } = useT();
  const tu = t.agreementsUi;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const canWrite = useCan('agreements.write');
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [typed, setTyped] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(typed.trim(), 300);
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (current) => ({ ...current, ...patch }), replace: true });
  useEffect(() => {
    if ((search.q ?? '') !== debounced) setSearch({ q: debounced === '' ? undefined : debounced });
    // Only the settled text goes to the URL; the URL's own changes do not echo back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const query = useInfiniteQuery(agreementListQueryOptions(search));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(search).some((value) => value !== undefined);

  return (
    <>
      <PageHeader
        title={tu.title}
        description={tu.intro}
        actions={
          <Group gap="sm">
            <ExportMenu path="/agreements/export" filters={search} permission="agreements.read" />
            <Anchor href="/pengaturan/klausul" size="sm" data-testid="clause-library-link">
              {tu.clauseLibrary}
            </Anchor>
          </Group>
        }
      />
      <Stack gap="md">
        <ScrollArea type="never" offsetScrollbars={false} viewportProps={{ tabIndex: 0 }}>
          <Chip.Group
            multiple={false}
            value={search.status ?? allStatuses}
            onChange={(value) => setSearch({ status: agreementStatuses.find((status) => status === value) })}
          >
            <Group gap={6} wrap="nowrap" data-testid="agreement-status-filter">
              <Chip value={allStatuses} size="sm">
                {tu.allStatuses}
              </Chip>
              {agreementStatuses.map((status) => (
                <Chip key={status} value={status} size="sm" data-testid={`agreement-status-${status}`}>
                  {t.agreementStatusNames[status]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </ScrollArea>
        <Group gap="sm" align="flex-end">
          <TextInput
            label={tu.searchLabel}
            placeholder={tu.searchPlaceholder}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
            data-testid="agreement-search"
          />
          <Select
            label={tu.kindFilter}
            placeholder={tu.anyKind}
            clearable
            value={search.kind ?? null}
            onChange={(value) => setSearch({ kind: agreementKinds.find((kind) => kind === value) })}
            data={agreementKinds.map((kind) => ({ value: kind, label: t.agreementKindNames[kind] }))}
            w={{ base: '100%', sm: 260 }}
            data-testid="agreement-kind-filter"
          />
        </Group>
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : items.length === 0 ? (
          <EmptyPanel
            testId="agreements-empty"
            title={filtered ? tu.noMatch : tu.emptyTitle}
            description={tu.emptyBody}
            actions={
              canWrite && (
                <ButtonLink to="/kemitraan" data-testid="agreement-create-empty">
                  {tu.create}
                </ButtonLink>
              )
            }
          />
        ) : wide ? (
          <AgreementTable items={items} />
        ) : (
          <AgreementCards items={items} />
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
