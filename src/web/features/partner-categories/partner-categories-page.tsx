import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { builtInPartnerCategories } from '../../../shared/domain/partner-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { AnchorLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import { customCategoriesQueryOptions } from '../partners/partner-api';
import { CategoryBadge } from '../partners/partner-table';
import { CategoryDeleteModal } from './category-delete-modal';
import { CategoryNameModal } from './category-name-modal';

interface CustomCategory {
  code: string;
  name: string;
  partnerCount: number;
}

function BuiltInCategories() {
  const { t } = useT();
  const tc = t.partnerCategories;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="built-in-categories">
      <Group gap="xs">
        <Title order={2} size="h4" id="built-in-categories">
          {tc.builtInTitle}
        </Title>
        <Badge size="sm" variant="outline" color="gray" tt="none">
          {tc.builtInBadge}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {tc.builtInNote}
      </Text>
      <Group gap="xs" data-testid="built-in-categories">
        {builtInPartnerCategories.map((code) => (
          <span key={code} data-testid="built-in-category">
            <CategoryBadge code={code} label={t.partnerVocab.categories[code]} />
          </span>
        ))}
      </Group>
    </Paper>
  );
}

function OwnCategories({ canManage, onAdd }: { canManage: boolean; onAdd: () => void }) {
  const { t } = useT();
  const tc = t.partnerCategories;
  const list = useQuery(customCategoriesQueryOptions);
  const [renaming, setRenaming] = useState<CustomCategory | null>(null);
  const [removing, setRemoving] = useState<CustomCategory | null>(null);

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (list.data.items.length === 0) {
    return (
      <EmptyPanel
        testId="categories-empty"
        title={tc.emptyTitle}
        description={canManage ? tc.emptyBody : tc.emptyReadOnly}
        actions={canManage && <Button onClick={onAdd}>{tc.add}</Button>}
      />
    );
  }
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="own-categories">
      <Title order={2} size="h4" mb="sm" id="own-categories">
        {tc.ownTitle}
      </Title>
      <TableFrame minWidth={560}>
        <Table verticalSpacing="sm" data-testid="categories-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tc.name}</Table.Th>
              <Table.Th>{tc.code}</Table.Th>
              <Table.Th>{tc.partners}</Table.Th>
              {canManage && (
                <Table.Th>
                  <VisuallyHidden>{t.common.actions}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((category) => (
              <Table.Tr key={category.code} data-testid="category-row">
                <Table.Td fw={500}>{category.name}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {category.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {category.partnerCount > 0 ? (
                    <AnchorLink to="/mitra" search={{ category: category.code }} size="sm">
                      {fill(tc.partnerCount, { count: category.partnerCount })}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {fill(tc.partnerCount, { count: 0 })}
                    </Text>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-label={fill(tc.renameNamed, { name: category.name })}
                        onClick={() => setRenaming(category)}
                        data-testid="category-rename"
                      >
                        {tc.rename}
                      </Button>
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        aria-label={fill(tc.removeNamed, { name: category.name })}
                        onClick={() => setRemoving(category)}
                        data-testid="category-delete"
                      >
                        {tc.remove}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
      {renaming && <CategoryNameModal category={renaming} onClose={() => setRenaming(null)} />}
      {removing && <CategoryDeleteModal category={removing} onClose={() => setRemoving(null)} />}
    </Paper>
  );
}

/** Pengaturan › Kategori mitra: the guide's five (fixed) and the institution's own. */
export function PartnerCategoriesPage() {
  const { t } = useT();
  const tc = t.partnerCategories;
  const canManage = useCan('partnerCategories.manage');
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title={tc.title}
        description={tc.intro}
        actions={
          canManage && (
            <Button onClick={() => setAdding(true)} data-testid="category-add">
              {tc.add}
            </Button>
          )
        }
      />
      <RequirePermission permission="partners.read">
        <Stack gap="md">
          {!canManage && (
            <Text size="sm" c="dimmed" data-testid="categories-read-only">
              {tc.readOnly}
            </Text>
          )}
          <BuiltInCategories />
          <OwnCategories canManage={canManage} onAdd={() => setAdding(true)} />
        </Stack>
      </RequirePermission>
      {adding && <CategoryNameModal onClose={() => setAdding(false)} />}
    </>
  );
}
