import type { Agreement, UpdateAgreementRequest } from '../../../shared/contracts/agreements';
import type { AgreementParty } from '../../../shared/domain/agreement-parties';
import type { PatternTermsInput } from '../../../shared/domain/pattern-terms';

/** A form's copy of a contract shape: number inputs hold '' while empty or being typed. */
export type Loose<T> = T extends number
  ? number | string
  : T extends string | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Loose<U>[]
      : T extends object
        ? { [K in keyof T]: Loose<T[K]> }
        : T;

export type TermsDraft = Loose<PatternTermsInput>;

export interface WitnessDraft {
  name: string;
  position: string;
  party: AgreementParty;
}

export interface DraftValues {
  subject: string;
  place: string;
  startsOn: string;
  endsOn: string;
  datedOn: string;
  institutionSignatory: { name: string; position: string; userId: string | null };
  partnerSignatory: { name: string; position: string; contactId: string | null };
  witnesses: WitnessDraft[];
  partnerNumber: string;
  terms: TermsDraft | null;
  clauseOverrides: Record<string, string>;
  /** Addendum only, one provision per line. */
  changes: string;
  versionNote: string;
}

export function toDraftValues(agreement: Agreement): DraftValues {
  return {
    subject: agreement.subject,
    place: agreement.place,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    datedOn: agreement.datedOn ?? '',
    institutionSignatory: { ...agreement.signatories.institution },
    partnerSignatory: { ...agreement.signatories.partner },
    witnesses: agreement.witnesses.map((witness) => ({ ...witness, position: witness.position ?? '' })),
    partnerNumber: agreement.numbers.partner ?? '',
    terms: agreement.terms,
    clauseOverrides: { ...agreement.clauseOverrides },
    changes: (agreement.changes ?? []).join('\n'),
    versionNote: '',
  };
}

/** Blank lines of a typed list are not products; the rest is sent as typed. */
export function cleanTerms(terms: TermsDraft): TermsDraft {
  if (terms.pattern !== 'agency') return terms;
  return { ...terms, products: terms.products.map((item) => item.trim()).filter((item) => item !== '') };
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The PATCH body: the whole draft, so a version snapshot never depends on what the previous one held.
 * Loose numbers are sent as typed; the server's contract names the field when one is not a number.
 */
export function toUpdateRequest(values: DraftValues, agreement: Agreement): UpdateAgreementRequest {
  const changes = splitLines(values.changes);
  return {
    subject: values.subject,
    place: values.place,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    datedOn: values.datedOn === '' ? null : values.datedOn,
    signatories: {
      institution: values.institutionSignatory,
      partner: values.partnerSignatory,
    },
    witnesses: values.witnesses.map((witness) => ({
      name: witness.name,
      position: witness.position === '' ? null : witness.position,
      party: witness.party,
    })),
    partnerNumber: values.partnerNumber === '' ? null : values.partnerNumber,
    ...(values.terms ? { terms: cleanTerms(values.terms) as PatternTermsInput } : {}),
    clauseOverrides: values.clauseOverrides,
    ...(agreement.kind === 'addendum' && changes.length > 0 ? { changes } : {}),
    versionNote: values.versionNote === '' ? null : values.versionNote,
    version: agreement.version,
  };
}
