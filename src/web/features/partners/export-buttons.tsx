import { Button, Group } from '@mantine/core';
import type { PartnerSearch } from '../../app/search-params';
import { useT } from '../../lib/i18n';

/** The export answers to the same filters as the list; a plain link lets the browser download it. */
export function exportUrl(search: PartnerSearch, format: 'xlsx' | 'csv'): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  return `/api/v1/partners/export?${params.toString()}`;
}

export function ExportButtons({ search }: { search: PartnerSearch }) {
  const { t } = useT();
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={exportUrl(search, 'xlsx')}
        variant="default"
        data-testid="partner-export-xlsx"
      >
        {t.partners.exportXlsx}
      </Button>
      <Button
        component="a"
        href={exportUrl(search, 'csv')}
        variant="default"
        data-testid="partner-export-csv"
      >
        {t.partners.exportCsv}
      </Button>
    </Group>
  );
}
