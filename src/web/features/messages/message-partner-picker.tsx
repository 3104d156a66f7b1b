import { useState } from 'react';
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { partnerPageSchema } from '../../../shared/contracts/partners';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/i18n';

interface MessagePartnerPickerProps {
  value: string | null;
  onChange: (partnerId: string | null) => void;
}

/** Which partner, for a greeting started from an institution-wide item (a holiday on the agenda). */
export function MessagePartnerPicker({ value, onChange }: MessagePartnerPickerProps) {
  const { t } = useT();
  const [search, setSearch] = useState('');
  const q = search.trim().length >= 3 ? search.trim() : undefined;
  const partners = useQuery({
    queryKey: ['partners', 'list', 'message-picker', q ?? ''] as const,
    queryFn: ({ signal }) => api.get('/partners', partnerPageSchema, { q, limit: 50 }, signal),
  });
  const data = (partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Select
      label={t.messagesUi.partner}
      placeholder={t.messagesUi.partnerChoose}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={partners.isFetching ? '…' : undefined}
      data-testid="message-partner"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
