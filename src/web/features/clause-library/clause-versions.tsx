import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { clauseVersionsQueryOptions } from './clause-library-api';

/** The institution's versions of one article, newest first, each with its full text. */
export function ClauseVersions({ clauseKey, kind }: { clauseKey: string; kind: AgreementKind }) {
  const { t, locale } = useT();
  const tc = t.clauseLibrary;
  const me = useMe();
  const versions = useQuery(clauseVersionsQueryOptions(clauseKey, kind));
  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <ErrorAlert error={versions.error} />;
  const items = [...versions.data.items].sort((a, b) => b.version - a.version);
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="clause-history-empty">
        {tc.noHistory}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="clause-history">
      {items.map((item) => {
        const time = formatDateTime(item.createdAt, locale, me.institution.timeZone);
        return (
          <Paper
            key={item.version}
            withBorder
            radius="sm"
            p="xs"
            bg="gray.0"
            data-testid="clause-history-item"
          >
            <Text size="xs" c="dimmed" mb={4}>
              {item.createdByName
                ? fill(tc.versionBy, { version: item.version, time, name: item.createdByName })
                : fill(tc.versionAt, { version: item.version, time })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.body}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}
