import { Button, Menu } from '@mantine/core';
import { apiDownload } from '../lib/api-client';
import { useT } from '../lib/i18n';
import { saveBlob } from '../lib/save-blob';
import { useViewingInstitution } from '../lib/viewing-institution';
import { listExportUrl, type ExportFormat, type ExportMenuProps } from './export-menu';
import { useArrivedTrigger } from './use-deferred-part';
import { useNotify } from './use-notify';

/**
 * The export menu itself, loaded at the first sign it is wanted (ExportMenu draws a stand-in). Normally
 * plain links, so the session cookie goes along and the browser streams the file to disk instead of the
 * page holding it. While a supervisor looks at another institution the file is fetched instead: a link
 * cannot carry the drill-down header and would download the supervisor's own institution's list.
 */
export function ExportMenuDropdown({
  path,
  filters = {},
  testId = 'export-menu',
  openAtOnce,
  takeFocus,
}: ExportMenuProps & { openAtOnce: boolean; takeFocus: boolean }) {
  const { t } = useT();
  const notify = useNotify();
  const viewing = useViewingInstitution();
  const { opened, setOpened, target } = useArrivedTrigger(takeFocus, openAtOnce);
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
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened} returnFocus>
      <Menu.Target>
        <Button ref={target} variant="default" data-testid={testId}>
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
