import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import type { AuditSearch } from '../../app/search-params';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { orUndefined } from '../../lib/or-undefined';

interface AuditFiltersProps {
  search: AuditSearch;
  onApply: (search: AuditSearch) => void;
}

/** Filters live in the URL (shareable); this form edits a copy and applies it. */
export function AuditFilters({ search, onApply }: AuditFiltersProps) {
  const { t } = useT();
  const form = useFormValues({
    action: search.action ?? '',
    entityType: search.entityType ?? '',
    from: search.from ?? '',
    to: search.to ?? '',
  });
  const hasFilters = Object.values(search).some((value) => value !== undefined);

  return (
    <Paper withBorder p="md" radius="md" mb="md">
      <form
        aria-label={t.audit.filters}
        data-testid="audit-filters"
        onSubmit={(event) => {
          event.preventDefault();
          onApply({
            action: orUndefined(form.values.action),
            entityType: orUndefined(form.values.entityType),
            from: orUndefined(form.values.from),
            to: orUndefined(form.values.to),
          });
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            {...form.field('action')}
            label={t.audit.action}
            placeholder={t.audit.actionPlaceholder}
          />
          <TextInput
            {...form.field('entityType')}
            label={t.audit.entityType}
            placeholder={t.audit.entityTypePlaceholder}
          />
          <TextInput {...form.field('from')} label={t.audit.from} type="date" />
          <TextInput {...form.field('to')} label={t.audit.to} type="date" />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm" gap="xs">
          {hasFilters && (
            <Button
              variant="subtle"
              onClick={() => {
                onApply({});
              }}
            >
              {t.audit.clearFilters}
            </Button>
          )}
          <Button type="submit" variant="light" data-testid="audit-apply">
            {t.common.apply}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
