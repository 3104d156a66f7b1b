import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import type { AgendaScope } from '../../../shared/contracts/care';
import { useT } from '../../lib/i18n';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { ButtonLink } from '../../ui/router-links';
import { AgendaItemRow } from './agenda-item-row';
import { agendaQueryOptions } from './care-api';

const routeApi = getRouteApi('/_app/perawatan');

function Group({ title, items, testId }: { title: string; items: AgendaItem[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="sm" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <AgendaItemRow
            key={`${item.reason}:${item.subject.type}:${item.subject.id}:${item.partnerId}`}
            item={item}
          />
        ))}
      </Stack>
    </Stack>
  );
}

/** Who to contact today and why, most urgent first; the scope is kept in the URL so it can be shared. */
export function AgendaPanel({ scope }: { scope?: AgendaScope }) {
  const { t } = useT();
  const tc = t.carePage;
  const navigate = routeApi.useNavigate();
  const query = useQuery(agendaQueryOptions(scope));
  const agenda = query.data;
  const shownScope = scope ?? agenda?.scope ?? 'mine';

  return (
    <Stack gap="md" data-testid="agenda-panel">
      <SegmentedControl
        aria-label={tc.scopeLabel}
        value={shownScope}
        onChange={(value) => void navigate({ search: (previous) => ({ ...previous, scope: value }) })}
        data={[
          { value: 'mine', label: tc.scopeMine },
          { value: 'all', label: tc.scopeAll },
        ]}
        style={{ alignSelf: 'flex-start' }}
        data-testid="agenda-scope"
      />
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : agenda && agenda.items.length === 0 ? (
        <EmptyPanel
          testId="agenda-empty"
          title={tc.agendaEmptyTitle}
          description={tc.agendaEmptyBody}
          actions={<ButtonLink to="/mitra">{tc.agendaEmptyAction}</ButtonLink>}
        />
      ) : (
        agenda && (
          <>
            <Group
              title={tc.groupOverdue}
              items={agenda.items.filter((item) => item.daysOverdue > 0)}
              testId="agenda-overdue"
            />
            <Group
              title={tc.groupToday}
              items={agenda.items.filter((item) => item.daysOverdue === 0)}
              testId="agenda-today"
            />
            <Group
              title={tc.groupComing}
              items={agenda.items.filter((item) => item.daysOverdue < 0)}
              testId="agenda-coming"
            />
          </>
        )
      )}
    </Stack>
  );
}
