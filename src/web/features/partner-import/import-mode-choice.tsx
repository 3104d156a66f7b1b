import { Radio, Stack } from '@mantine/core';
import { partnerImportModes, type PartnerImportMode } from '../../../shared/domain/partner-import-fields';
import { useT } from '../../lib/i18n';

interface ImportModeChoiceProps {
  value: PartnerImportMode;
  onChange: (mode: PartnerImportMode) => void;
}

/** What a row that looks like a recorded partner does; each choice says what it means in a line. */
export function ImportModeChoice({ value, onChange }: ImportModeChoiceProps) {
  const { t } = useT();
  const texts = t.partnerImport;
  return (
    <Radio.Group
      label={texts.mapping.modeTitle}
      value={value}
      onChange={(next) => {
        onChange(partnerImportModes.find((mode) => mode === next) ?? 'skip_duplicates');
      }}
      data-testid="import-mode"
    >
      <Stack gap="sm" mt="xs">
        {partnerImportModes.map((mode) => (
          <Radio
            key={mode}
            value={mode}
            label={texts.modes[mode]}
            description={texts.modeHints[mode]}
            data-testid={`import-mode-${mode}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
