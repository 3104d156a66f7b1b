import { Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';

export type ImportStep = 'file' | 'mapping' | 'progress' | 'result';
const order: ImportStep[] = ['file', 'mapping', 'progress', 'result'];

/** Where the user is in the import; on a phone four step labels do not fit, so one line says it. */
export function ImportSteps({ current }: { current: ImportStep }) {
  const { t } = useT();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const active = order.indexOf(current);
  if (!wide) {
    return (
      <Text size="sm" fw={600} c="dimmed" mb="md" data-testid="import-step">
        {fill(t.partnerImport.stepOf, { step: active + 1 })} · {t.partnerImport.steps[current]}
      </Text>
    );
  }
  return (
    <Stepper
      active={current === 'result' ? order.length : active}
      size="sm"
      mb="lg"
      allowNextStepsSelect={false}
      data-testid="import-step"
      data-step={current}
    >
      {order.map((step) => (
        <Stepper.Step key={step} label={t.partnerImport.steps[step]} />
      ))}
    </Stepper>
  );
}
