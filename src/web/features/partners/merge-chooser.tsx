import { useState, type ReactNode } from 'react';
import { Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { Partner } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useCategoryOptions } from './partner-labels';
import { duplicateCandidatesQueryOptions, mergeSearchQueryOptions } from './partner-merge-api';
import { RegionName } from './region-name';

function ChoiceRow({
  name,
  detail,
  testId,
  onChoose,
}: {
  name: string;
  detail: ReactNode;
  testId: string;
  onChoose: () => void;
}) {
  const { t } = useT();
  return (
    <Paper withBorder radius="sm" px="sm" py={8} data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {name}
          </Text>
          <Text size="xs" c="dimmed" component="div">
            {detail}
          </Text>
        </Stack>
        <Button
          size="compact-sm"
          variant="light"
          onClick={onChoose}
          aria-label={fill(t.partnerMerge.chooseNamed, { name })}
        >
          {t.partnerMerge.choose}
        </Button>
      </Group>
    </Paper>
  );
}

/** Step one of a merge: the likely duplicates Jalin found, or any partner found by a search. */
export function MergeChooser({ partner, onChoose }: { partner: Partner; onChoose: (id: string) => void }) {
  const { t } = useT();
  const tm = t.partnerMerge;
  const { labelOf } = useCategoryOptions();
  const candidates = useQuery(duplicateCandidatesQueryOptions(partner.id));
  const [typed, setTyped] = useState('');
  const [q] = useDebouncedValue(typed.trim(), 300);
  const search = useQuery(mergeSearchQueryOptions(q));
  const found = (search.data?.items ?? []).filter((item) => item.id !== partner.id);

  return (
    <Stack gap="md">
      <Text size="sm">{fill(tm.intro, { name: partner.name })}</Text>
      <Stack gap="xs" data-testid="merge-candidates">
        <Title order={3} size="h5">
          {tm.candidatesTitle}
        </Title>
        {candidates.isPending && <Loader size="sm" />}
        {candidates.isError && <ErrorAlert error={candidates.error} />}
        {candidates.data?.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {tm.candidatesNone}
          </Text>
        )}
        {candidates.data?.items.map((candidate) => (
          <ChoiceRow
            key={candidate.id}
            name={candidate.name}
            detail={candidate.reasons.map((reason) => t.partnerVocab.duplicateReasons[reason]).join(', ')}
            testId="merge-candidate"
            onChoose={() => onChoose(candidate.id)}
          />
        ))}
      </Stack>
      <Stack gap="xs">
        <TextInput
          label={tm.search}
          placeholder={tm.searchPlaceholder}
          description={tm.searchHint}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          rightSection={search.isFetching ? <Loader size="xs" /> : null}
          data-testid="merge-search"
        />
        {search.isError && <ErrorAlert error={search.error} />}
        {q.length >= 3 && search.isSuccess && found.length === 0 && (
          <Text size="sm" c="dimmed">
            {tm.searchNone}
          </Text>
        )}
        {found.map((item) => (
          <ChoiceRow
            key={item.id}
            name={item.name}
            detail={
              <>
                {labelOf(item.category)} · <RegionName code={item.regencyCode} />
                {item.primaryContact ? ` · ${item.primaryContact.name}` : ''}
              </>
            }
            testId="merge-search-result"
            onChoose={() => onChoose(item.id)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
