import { describe, expect, it } from 'vitest';
import { ksoAgreementInput } from '../../../../../tests/factories/agreement-documents';
import { agreementKinds } from '../../../../shared/domain/agreement-status';
import { composeAgreementDocument } from './compose-agreement-document';
import { clauseKeys, clauseKeysOfKind } from './clause-templates';

/** The clause library lists, per kind, exactly the clauses that kind's document is built from. */
describe('clauseKeysOfKind', () => {
  it.each(agreementKinds)('%s: every listed clause shows in the document and no other does', (kind) => {
    const marked = Object.fromEntries(clauseKeys.map((key) => [key, `PENANDA-${key}`]));
    // Without a work plan, Hak dan Kewajiban falls back to its clause: compose both ways.
    const compose = (withPlan: boolean) =>
      composeAgreementDocument(
        ksoAgreementInput({
          kind,
          ...(withPlan ? {} : { workPlanItems: [] }),
          clauses: marked,
          parent:
            kind === 'addendum' || kind === 'extension'
              ? { heading: 'PERJANJIAN KERJA SAMA', number: '001/PKS/LKP-TRB/III/2026', date: '2026-03-20' }
              : null,
          changes: kind === 'addendum' ? ['Bagi hasil menjadi 55% dan 45%.'] : null,
        }),
      );
    const text = JSON.stringify([compose(true), compose(false)]);
    const shown = clauseKeys.filter(
      (key) => text.includes(`"PENANDA-${key}"`) || text.includes(`PENANDA-${key}"`),
    );
    expect([...shown].sort()).toEqual([...clauseKeysOfKind[kind]].sort());
  });
});
