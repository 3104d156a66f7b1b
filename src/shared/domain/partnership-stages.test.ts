import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkMove,
  endStages,
  initialStage,
  noFacts,
  partnershipStages,
  stageGateIds,
  stageGates,
  stageTransitions,
  transitionsFrom,
  type PartnershipFacts,
  type PartnershipStage,
  type StageGate,
} from './partnership-stages';

/** The one fact that makes each gate hold, applied to an otherwise empty record. */
const factFor: Record<StageGate, Partial<PartnershipFacts>> = {
  interaction_with_findings: { interactionsWithFindings: 1 },
  positive_exploration_outcome: { positiveExplorationOutcome: true },
  work_plan_exists: { workPlanExists: true },
  agreement_drafted: { agreementDrafted: true },
  signed_agreement: { signedAgreement: true },
  activity_recorded: { activitiesRecorded: 1 },
  evaluation_recorded: { evaluationRecorded: true },
  continue_decision: { continueDecision: true },
  reason_given: { reasonGiven: true },
};

const allFacts: PartnershipFacts = Object.assign({}, noFacts, ...Object.values(factFor));

describe('partnership stage table', () => {
  it('reaches every stage from mapping when every fact holds', () => {
    const reached = new Set<PartnershipStage>([initialStage]);
    const queue: PartnershipStage[] = [initialStage];
    while (queue.length > 0) {
      const stage = queue.shift()!;
      for (const { to } of transitionsFrom(stage)) {
        if (!checkMove(stage, to, allFacts).ok || reached.has(to)) continue;
        reached.add(to);
        queue.push(to);
      }
    }
    expect([...reached].sort()).toEqual([...partnershipStages].sort());
  });

  it('lets nothing leave `ended`, and `not_pursued` only reopen to information gathering', () => {
    expect(transitionsFrom('ended')).toEqual([]);
    expect(transitionsFrom('not_pursued')).toEqual([
      { from: 'not_pursued', to: 'information_gathering', gate: 'reason_given' },
    ]);
    for (const end of endStages) expect(checkMove(end, 'mapping', allFacts).ok).toBe(false);
  });

  it('has no duplicate moves, no self-moves, and only known gates', () => {
    const keys = stageTransitions.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of stageTransitions) {
      expect(t.from).not.toBe(t.to);
      if (t.gate) expect(stageGateIds).toContain(t.gate);
    }
  });

  it.each(stageTransitions.filter((t) => t.gate !== null).map((t) => [`${t.from} → ${t.to}`, t] as const))(
    '%s refuses without its gate and passes with it',
    (_name, t) => {
      expect(checkMove(t.from, t.to, noFacts)).toEqual({ ok: false, refusal: 'gate_unmet', gate: t.gate });
      expect(checkMove(t.from, t.to, { ...noFacts, ...factFor[t.gate!] })).toEqual({
        ok: true,
        transition: t,
      });
    },
  );

  it('every gate holds only on its own fact', () => {
    for (const gate of stageGateIds) {
      expect(stageGates[gate](noFacts), gate).toBe(false);
      expect(stageGates[gate]({ ...noFacts, ...factFor[gate] }), gate).toBe(true);
      for (const other of stageGateIds.filter((g) => g !== gate)) {
        expect(stageGates[gate]({ ...noFacts, ...factFor[other] }), `${gate} on ${other}`).toBe(false);
      }
    }
  });

  it('refuses an unknown stage, and a move the table lacks with the allowed ones', () => {
    expect(checkMove('mapping', 'launch', allFacts)).toEqual({ ok: false, refusal: 'unknown_stage' });
    expect(checkMove('mapping', 'work_planning', allFacts)).toEqual({
      ok: false,
      refusal: 'not_allowed',
      allowed: ['information_gathering', 'not_pursued'],
    });
    expect(checkMove('mapping', 'mapping', allFacts).ok).toBe(false);
  });

  it('gives up only with a reason, from every step', () => {
    for (const stage of partnershipStages.filter((s) => !endStages.includes(s as 'ended'))) {
      expect(checkMove(stage, 'not_pursued', noFacts)).toMatchObject({ gate: 'reason_given' });
      expect(checkMove(stage, 'not_pursued', { ...noFacts, reasonGiven: true }).ok).toBe(true);
    }
  });

  it('docs/domain/partnership-stages.md names every stage and gate', () => {
    const doc = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../../docs/domain/partnership-stages.md'),
      'utf8',
    );
    for (const id of [...partnershipStages, ...stageGateIds]) expect(doc, id).toContain(`\`${id}\``);
    for (const t of stageTransitions.filter((x) => x.gate)) expect(doc).toContain(`\`${t.gate}\``);
  });
});
