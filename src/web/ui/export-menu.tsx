import { Button, Menu } from '@mantine/core';
import type { Permission } from '../../shared/domain/roles';
import { apiDownload } from '../lib/api-client';
import { useT } from '../lib/i18n';
import { useCan } from '../lib/me-query';
import { saveBlob } from '../lib/save-blob';
import { useViewingInstitution } from '../lib/viewing-institution';
import { useNotify } from './use-notify';

type FilterValue = string | number | boolean | null | undefined;
type ExportFormat = 'xlsx' | 'csv';

/** The export URL of a list: its own filters (empty ones dropped) and the file format. */
export function listExportUrl(
  path: string,
  filters: Record<string, FilterValue>,
  format: ExportFormat,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  params.set('format', format);
  return `/api/v1${path}?${params.toString()}`;
}

/**
 * "Unduh": the list as Excel or CSV. Normally a plain link, so the session cookie goes along and
 * the browser streams the file to disk instead of the page holding it. While a supervisor looks at
 * another institution the file is fetched instead: a link cannot carry the drill-down header and
 * would download the supervisor's own institution's list.
 */
export function ExportMenu({
  path,
  filters = {},
  permission,
  testId = 'export-menu',
}: {
  /** The list's path below /api/v1 with `/export`, e.g. `/agreements/export`. */
  path: string;
  filters?: Record<string, FilterValue>;
  permission: Permission;
  testId?: string;
}) {
  const { t } = useT();
  const notify = useNotify();
  const allowed = useCan(permission);
  const viewing = useViewingInstitution();
  if (!allowed) return null;
  const fetchFile = async (format: ExportFormat) => {
    try {
      const query = { ...filters, format };
      const { blob, fileName } = await apiDownload('GET', path, { query }, `export.${format}`);
      saveBlob(blob, fileName);
    } catch (error) {
      notify.error(error);
    }
  };
  const item = (format: ExportFormat, words: string) =>
    viewing ? (
      <Menu.Item onClick={() => void fetchFile(format)} data-testid={`${testId}-${format}`}>
        {words}
      </Menu.Item>
    ) : (
      <Menu.Item
        component="a"
        href={listExportUrl(path, filters, format)}
        download
        data-testid={`${testId}-${format}`}
      >
        {words}
      </Menu.Item>
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" data-testid={testId}>
          {t.exportsUi.menu}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t.exportsUi.heading}</Menu.Label>
        {item('xlsx', t.exportsUi.xlsx)}
        {item('csv', t.exportsUi.csv)}
      </Menu.Dropdown>
    </Menu>
  );
}
