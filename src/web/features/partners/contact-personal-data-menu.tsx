import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactErasureSchema } from '../../../shared/contracts/contact-personal-data';
import type { Contact } from '../../../shared/contracts/partners';
import { fill } from '../../../shared/i18n/catalog';
import { api, apiDownload } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { saveBlob } from '../../lib/save-blob';
import { ConfirmModal } from '../../ui/confirm-modal';
import { useNotify } from '../../ui/use-notify';
import { partnerQueryKey } from './partner-api';

/**
 * The contact person's rights under UU PDP, for the manager: a copy of everything held about them,
 * and erasure after a confirmation that says what stays (signed agreements).
 */
export function ContactPersonalDataMenu({ contact }: { contact: Contact }) {
  const { t } = useT();
  const tc = t.contacts;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canManage = useCan('personalData.manage');
  const [confirming, setConfirming] = useState(false);
  const contactPath = `/partners/${encodeURIComponent(contact.partnerId)}/contacts/${encodeURIComponent(contact.id)}`;
  const erase = useMutation({
    mutationFn: () => api.post(`${contactPath}/erasure`, contactErasureSchema, { version: contact.version }),
    onSuccess: (erasure) => {
      setConfirming(false);
      const retained = erasure.retainedSignedAgreementIds.length;
      const done = fill(tc.erased, { name: contact.name });
      notify.success(retained > 0 ? `${done} ${fill(tc.erasedRetained, { count: retained })}` : done);
      void queryClient.invalidateQueries({ queryKey: partnerQueryKey(contact.partnerId) });
    },
    onError: (error) => {
      setConfirming(false);
      notify.error(error);
    },
  });
  const download = async (format: 'json' | 'csv') => {
    try {
      const { blob, fileName } = await apiDownload(
        'GET',
        `${contactPath}/personal-data`,
        { query: { format } },
        `data-pribadi.${format}`,
      );
      saveBlob(blob, fileName);
    } catch (error) {
      notify.error(error);
    }
  };
  if (!canManage) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={fill(tc.personalDataNamed, { name: contact.name })}
            data-testid="contact-personal-data"
          >
            {tc.personalData}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void download('json')} data-testid="contact-personal-data-json">
            {tc.downloadJson}
          </Menu.Item>
          <Menu.Item onClick={() => void download('csv')} data-testid="contact-personal-data-csv">
            {tc.downloadCsv}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => setConfirming(true)} data-testid="contact-erase">
            {tc.erase}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming}
        title={fill(tc.eraseTitle, { name: contact.name })}
        body={fill(tc.eraseBody, { name: contact.name })}
        confirmLabel={tc.eraseConfirm}
        danger
        loading={erase.isPending}
        onConfirm={() => erase.mutate()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
