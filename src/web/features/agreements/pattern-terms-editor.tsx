import { Text } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { AgencyTermsEditor } from './agency-terms-editor';
import type { PathErrors } from './agreement-field-errors';
import type { TermsDraft } from './draft-form-values';
import { FosterTermsEditor } from './foster-terms-editor';
import { GeneralTradeTermsEditor } from './general-trade-terms-editor';
import { OperationalCooperationTermsEditor } from './operational-cooperation-terms-editor';

interface PatternTermsEditorProps {
  value: TermsDraft | null;
  onChange: (next: TermsDraft) => void;
  errors: PathErrors;
  readOnly: boolean;
}

/** The editor of the agreement's pattern; an institution's own pattern has no terms of its own. */
export function PatternTermsEditor({ value, onChange, errors, readOnly }: PatternTermsEditorProps) {
  const { t } = useT();
  if (!value)
    return (
      <Text size="sm" c="dimmed">
        {t.agreementForm.termsNone}
      </Text>
    );
  const common = { errors, readOnly };
  switch (value.pattern) {
    case 'agency':
      return <AgencyTermsEditor value={value} onChange={onChange} {...common} />;
    case 'operational_cooperation':
      return <OperationalCooperationTermsEditor value={value} onChange={onChange} {...common} />;
    case 'foster':
      return <FosterTermsEditor value={value} onChange={onChange} {...common} />;
    case 'general_trade':
      return <GeneralTradeTermsEditor value={value} onChange={onChange} {...common} />;
  }
}
