import { Group, Select } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { presetOf, presetSearch, type DashboardSearch, type PeriodPreset } from '../reports/dashboard-period';

const presets: PeriodPreset[] = ['this_year', 'last_year', 'last_12_months', 'year'];
const firstYear = 2015;

interface RegionPeriodSelectProps {
  value: DashboardSearch;
  today: { year: number; month: number };
  onChange: (period: DashboardSearch) => void;
}

/** The dashboard's periods (this year by default), so a region and an institution read alike. */
export function RegionPeriodSelect({ value, today, onChange }: RegionPeriodSelectProps) {
  const { t } = useT();
  const tr = t.regionUi;
  const current = presetOf(value, today);
  const years = Array.from({ length: today.year - firstYear + 1 }, (_, index) => String(today.year - index));
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={tr.period}
        data-testid="region-period"
        w={180}
        allowDeselect={false}
        value={current.preset}
        data={presets.map((preset) => ({ value: preset, label: tr.periods[preset] }))}
        onChange={(next) => {
          const preset = presets.find((item) => item === next);
          if (preset) onChange(presetSearch(preset, today, preset === 'year' ? today.year - 2 : undefined));
        }}
      />
      {current.preset === 'year' && (
        <Select
          label={tr.year}
          w={100}
          allowDeselect={false}
          value={String(current.year ?? today.year)}
          data={years}
          onChange={(next) => next && onChange(presetSearch('year', today, Number(next)))}
        />
      )}
    </Group>
  );
}
