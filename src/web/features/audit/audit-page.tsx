import type { JSX } from 'react';
import { Button } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { auditEventPageSchema } from '../../../shared/contracts/audit';
import type { AuditSearch } from '../../app/search-params';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { ButtonLink } from '../../ui/router-links';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import { ExportMenu } from '../../ui/export-menu';

const routeApi = getRouteApi('/_app/pengaturan/audit');

function AuditResults({ search, onClear }: { search: AuditSearch; onClear: () => void }) {
  const { t } = useT();
  const events = useInfiniteQuery({
    queryKey: ['audit-events', search],
    queryFn: ({ pageParam, signal }) =>
      api.get('/audit-events', auditEventPageSchema, { ...search, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

  if (events.isPending) return <PageLoader />;
  if (events.isError) return <ErrorAlert error={events.error} />;
  const items = events.data.pages.flatMap((page) => page.items);
  const filtered = Object.values(search).some((value) => value !== undefined);

  if (items.length === 0) {
    return filtered ? (
      <EmptyPanel
        testId="audit-empty-filtered"
        title={t.audit.emptyFilteredTitle}
        description={t.audit.emptyFilteredBody}
        actions={<Button onClick={onClear}>{t.audit.clearFilters}</Button>}
      />
    ) : (
      <EmptyPanel
        testId="audit-empty"
        title={t.audit.emptyTitle}
        description={t.audit.emptyBody}
        actions={<ButtonLink to="/pengaturan/lembaga">{t.audit.openProfile}</ButtonLink>}
      />
    );
  }
  return (
    <>
      <AuditTable events={items} />
      <LoadMoreButton
        hasMore={events.hasNextPage}
        loading={events.isFetchingNextPage}
        onLoadMore={() => void events.fetchNextPage()}
      />
    </>
  );
}

/** Pengaturan › Log audit; the filters are kept in the URL so a view can be shared. */
export function AuditPage(): JSX.Element {
  const { t } = useT();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const apply = (next: AuditSearch) => void navigate({ search: next });

  return (
    <>
      <PageHeader
        title={t.audit.title}
        description={t.audit.intro}
        actions={<ExportMenu path="/audit-events/export" filters={search} permission="audit.read" />}
      />
      <RequirePermission permission="audit.read">
        <AuditFilters key={JSON.stringify(search)} search={search} onApply={apply} />
        <AuditResults
          search={search}
          onClear={() => {
            apply({});
          }}
        />
      </RequirePermission>
    </>
  );
}
