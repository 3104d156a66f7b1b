import { Group, Select } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { presetOf, presetSearch, type DashboardSearch, type PeriodPreset } from './dashboard-period';

const presets: PeriodPreset[] = ['this_year', 'last_year', 'last_12_months', 'year'];
const firstYear = 2015;

interface DashboardPeriodFilterProps {
  search: DashboardSearch;
  today: { year: number; month: number };
}

/** This year (the default), last year, the last twelve months, or a chosen year; kept in the URL. */
export function DashboardPeriodFilter({ search, today }: DashboardPeriodFilterProps) {
  const { t } = useT();
  const td = t.dashboardUi;
  const navigate = useNavigate();
  const current = presetOf(search, today);
  const go = (next: DashboardSearch) => void navigate({ to: '/', search: next, replace: true });
  const years = Array.from({ length: today.year - firstYear + 1 }, (_, index) => String(today.year - index));
  return (
    <Group gap="xs" wrap="nowrap" data-testid="dashboard-period">
      <Select
        aria-label={td.period}
        data-testid="dashboard-period-preset"
        w={180}
        allowDeselect={false}
        value={current.preset}
        data={presets.map((preset) => ({ value: preset, label: td.periods[preset] }))}
        onChange={(value) => {
          const preset = presets.find((item) => item === value);
          if (preset) go(presetSearch(preset, today, preset === 'year' ? today.year - 2 : undefined));
        }}
        comboboxProps={{ withinPortal: true }}
      />
      {current.preset === 'year' && (
        <Select
          aria-label={td.year}
          data-testid="dashboard-period-year"
          w={100}
          allowDeselect={false}
          value={String(current.year ?? today.year)}
          data={years}
          onChange={(value) => value && go(presetSearch('year', today, Number(value)))}
        />
      )}
    </Group>
  );
}
