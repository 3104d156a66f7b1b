import { Select } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { regionChildrenQueryOptions } from '../regions/regions-api';
import { regionNameQueryOptions } from './region-api';

interface RegionSelectProps {
  codes: string[];
  value: string;
  onChange: (code: string) => void;
}

/** The supervisor's own codes, and one level below the chosen one (a province's regencies). */
export function RegionSelect({ codes, value, onChange }: RegionSelectProps) {
  const { t } = useT();
  const names = useQueries({ queries: codes.map((code) => regionNameQueryOptions(code)) });
  const top = codes.find((code) => value === code || value.startsWith(`${code}.`)) ?? codes[0] ?? '';
  const children = useQuery({ ...regionChildrenQueryOptions(top), enabled: top.split('.').length < 3 });
  const options = [
    ...codes.map((code, index) => ({ value: code, label: names[index]?.data?.region.name ?? code })),
    ...(children.data?.items ?? [])
      .filter((child) => !codes.includes(child.code))
      .map((child) => ({ value: child.code, label: `— ${child.name}` })),
  ];
  return (
    <Select
      label={t.regionUi.region}
      data-testid="region-select"
      w={260}
      allowDeselect={false}
      searchable
      value={value}
      data={options}
      onChange={(next) => next && onChange(next)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
