import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { contributionKinds, termPeriods } from '../../../shared/domain/pattern-terms';
import { useT } from '../../lib/i18n';
import { errorAt, errorUnder } from './agreement-field-errors';
import { choices, SharesInput, type TermsEditorProps } from './terms-editor-parts';

type Side = 'institution' | 'partner';

/** Kerja sama operasional (guide B): what each side brings, and profit and risk shared to 100%. */
export function OperationalCooperationTermsEditor({
  value,
  onChange,
  errors,
  readOnly,
}: TermsEditorProps<'operational_cooperation'>) {
  const { t } = useT();
  const te = t.termsEditor;
  const kindChoices = choices(contributionKinds, t.termChoices.contributionKinds);
  const side = (party: Side) => {
    const contribution = value.contributions[party];
    const path = `terms.contributions.${party}`;
    const setSide = (next: typeof contribution) =>
      onChange({ ...value, contributions: { ...value.contributions, [party]: next } });
    return (
      <Fieldset legend={party === 'institution' ? te.partyInstitution : te.partyPartner} key={party}>
        <Stack gap="xs">
          <MultiSelect
            label={te.contributionKinds}
            data={kindChoices}
            value={contribution.kinds}
            onChange={(kinds) =>
              setSide({ ...contribution, kinds: contributionKinds.filter((kind) => kinds.includes(kind)) })
            }
            readOnly={readOnly}
            error={errorUnder(errors, `${path}.kinds`)}
            data-testid={`kso-contributions-${party}`}
          />
          <Textarea
            label={te.contributionDetails}
            description={te.contributionDetailsHint}
            value={contribution.details ?? ''}
            onChange={(event) => setSide({ ...contribution, details: event.currentTarget.value })}
            readOnly={readOnly}
            autosize
            minRows={2}
            error={errorAt(errors, `${path}.details`)}
            data-testid={`kso-details-${party}`}
          />
        </Stack>
      </Fieldset>
    );
  };
  return (
    <Stack gap="md" data-testid="kso-terms">
      <Fieldset legend={te.contributions}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>{(['institution', 'partner'] as const).map(side)}</SimpleGrid>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SharesInput
          legend={te.profitSharing}
          value={value.profitSharing}
          onChange={(profitSharing) => onChange({ ...value, profitSharing })}
          errors={errors}
          path="terms.profitSharing"
          readOnly={readOnly}
          testId="kso-profit"
        />
        <SharesInput
          legend={te.riskSharing}
          value={value.riskSharing}
          onChange={(riskSharing) => onChange({ ...value, riskSharing })}
          errors={errors}
          path="terms.riskSharing"
          readOnly={readOnly}
          testId="kso-risk"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={te.profitBasis}
          description={te.profitBasisHint}
          value={value.profitBasis ?? ''}
          onChange={(event) => onChange({ ...value, profitBasis: event.currentTarget.value })}
          readOnly={readOnly}
          error={errorAt(errors, 'terms.profitBasis')}
          data-testid="kso-profit-basis"
        />
        <Select
          label={te.settlementPeriod}
          data={choices(termPeriods, t.termChoices.periods)}
          value={value.settlementPeriod}
          onChange={(next) =>
            onChange({
              ...value,
              settlementPeriod: termPeriods.find((p) => p === next) ?? value.settlementPeriod,
            })
          }
          readOnly={readOnly}
          allowDeselect={false}
          error={errorAt(errors, 'terms.settlementPeriod')}
          data-testid="kso-settlement"
        />
      </SimpleGrid>
    </Stack>
  );
}
