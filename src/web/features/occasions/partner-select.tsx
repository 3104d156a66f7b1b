import { useState } from 'react';
import { MultiSelect, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { partnerPageSchema } from '../../../shared/contracts/partners';
import { api } from '../../lib/api-client';

/** Partners matching what was typed (the first 50 when nothing yet), as select options. */
function usePartnerOptions(search: string, keep: { value: string; label: string }[]) {
  const q = search.trim().length >= 3 ? search.trim() : undefined;
  const partners = useQuery({
    queryKey: ['partners', 'list', 'occasion-picker', q ?? ''] as const,
    queryFn: ({ signal }) => api.get('/partners', partnerPageSchema, { q, limit: 50 }, signal),
  });
  const found = (partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  const seen = new Set(found.map((o) => o.value));
  return [...keep.filter((o) => !seen.has(o.value)), ...found];
}

export function PartnerSelect({
  label,
  placeholder,
  value,
  initialName,
  onChange,
  testId,
}: {
  label: string;
  placeholder: string;
  value: string | null;
  initialName: string | null;
  onChange: (id: string | null) => void;
  testId: string;
}) {
  const [search, setSearch] = useState('');
  const data = usePartnerOptions(search, value && initialName ? [{ value, label: initialName }] : []);
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function PartnerMultiSelect({
  label,
  placeholder,
  value,
  onChange,
  testId,
}: {
  label: string;
  placeholder: string;
  value: { value: string; label: string }[];
  onChange: (value: { value: string; label: string }[]) => void;
  testId: string;
}) {
  const [search, setSearch] = useState('');
  const data = usePartnerOptions(search, value);
  return (
    <MultiSelect
      label={label}
      placeholder={placeholder}
      data={data}
      value={value.map((v) => v.value)}
      onChange={(ids) =>
        onChange(ids.map((id) => data.find((o) => o.value === id) ?? { value: id, label: id }))
      }
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
