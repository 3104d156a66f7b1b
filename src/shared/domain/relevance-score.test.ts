import { describe, expect, it } from 'vitest';
import {
  compareRanked,
  distanceKm,
  factorPoints,
  placeFromRegionCode,
  scoreCapacity,
  scorePastDelivery,
  scorePriority,
  scoreProximity,
  scoreRelationship,
  scoreRelevance,
  type RelevanceNeed,
  type RelevancePartner,
} from './relevance-score';

const need: RelevanceNeed = { item: 'internship_places', priority: 'high', quantity: 4 };
const institution = placeFromRegionCode('63.72.01.1001');
const partner = (overrides: Partial<RelevancePartner> = {}): RelevancePartner => ({
  offers: ['internship_places'],
  size: 'small',
  place: { ...placeFromRegionCode('63.72.01.1001'), lat: null, lng: null },
  recentInteractions: 0,
  openStage: null,
  deliveredPartnerships: 0,
  ...overrides,
});
const elsewhere = { ...placeFromRegionCode('64.71.02.2002'), lat: null, lng: null };

describe('relevance score (step 3)', () => {
  it('the factors add up to 100 and the best partner scores exactly that', () => {
    expect(Object.values(factorPoints).reduce((a, b) => a + b, 0)).toBe(100);
    const best = scoreRelevance(
      need,
      partner({ size: 'large', recentInteractions: 3, openStage: 'analysis', deliveredPartnerships: 2 }),
      institution,
    );
    expect(best?.score).toBe(100);
    expect(best?.reasons.map((reason) => reason.factor)).toEqual(Object.keys(factorPoints));
  });

  it('a partner without the offer is no candidate', () => {
    expect(scoreRelevance(need, partner({ offers: ['capital'] }), institution)).toBeNull();
  });

  it('priority: high 15, medium 10, low 5', () => {
    expect(scorePriority({ ...need, priority: 'high' }).points).toBe(15);
    expect(scorePriority({ ...need, priority: 'medium' }).points).toBe(10);
    expect(scorePriority({ ...need, priority: 'low' }).points).toBe(5);
  });

  it('capacity: covered 10, half covered 5, far short 1, unknown size 3, no quantity 5', () => {
    expect(scoreCapacity(need, partner({ size: 'small' }))).toMatchObject({ points: 10, typicalCapacity: 5 });
    expect(scoreCapacity({ ...need, quantity: 8 }, partner({ size: 'small' })).points).toBe(5);
    expect(scoreCapacity({ ...need, quantity: 30 }, partner({ size: 'micro' })).points).toBe(1);
    expect(scoreCapacity(need, partner({ size: null })).points).toBe(3);
    expect(scoreCapacity({ ...need, quantity: null }, partner()).points).toBe(5);
  });

  it('proximity: the smallest shared region, or the distance when both have coordinates', () => {
    const at = (code: string) => partner({ place: { ...placeFromRegionCode(code), lat: null, lng: null } });
    expect(scoreProximity(institution, at('63.72.01.1001'))).toMatchObject({ points: 15, level: 'village' });
    expect(scoreProximity(institution, at('63.72.01.1002'))).toMatchObject({ points: 12, level: 'district' });
    expect(scoreProximity(institution, at('63.72.02.1001'))).toMatchObject({ points: 9, level: 'regency' });
    expect(scoreProximity(institution, at('63.71.01.1001'))).toMatchObject({ points: 5, level: 'province' });
    expect(scoreProximity(institution, partner({ place: elsewhere }))).toMatchObject({
      points: 0,
      level: 'elsewhere',
    });
    // About 4.5 km apart across a province line: the distance counts, the regions do not.
    const withPoint = { ...placeFromRegionCode('63'), lat: -3.4431, lng: 114.8308 };
    const reason = scoreProximity(
      withPoint,
      partner({ place: { ...elsewhere, lat: -3.4135, lng: 114.8581 } }),
    );
    expect(reason).toMatchObject({ points: 15, level: 'elsewhere' });
    expect(reason.factor === 'proximity' && reason.distanceKm).toBeCloseTo(4.5, 0);
  });

  it('distance is the great-circle distance', () => {
    // One degree of latitude is 111.2 km on the mean-radius sphere; the same along the equator.
    expect(distanceKm({ lat: -3, lng: 114 }, { lat: -2, lng: 114 })).toBeCloseTo(111.19, 1);
    expect(distanceKm({ lat: 0, lng: 114 }, { lat: 0, lng: 115 })).toBeCloseTo(111.19, 1);
    expect(distanceKm({ lat: -3.3, lng: 114.6 }, { lat: -3.3, lng: 114.6 })).toBe(0);
  });

  it('relationship: two points a recent interaction up to six, and up to four for the stage reached', () => {
    expect(scoreRelationship(partner()).points).toBe(0);
    expect(scoreRelationship(partner({ recentInteractions: 1 })).points).toBe(2);
    expect(scoreRelationship(partner({ recentInteractions: 5 })).points).toBe(6);
    expect(scoreRelationship(partner({ openStage: 'mapping' })).points).toBe(2);
    expect(scoreRelationship(partner({ openStage: 'information_gathering' })).points).toBe(3);
    expect(scoreRelationship(partner({ openStage: 'signing', recentInteractions: 9 })).points).toBe(10);
  });

  it('past delivery: one partnership that ran 7, two or more 10', () => {
    expect(scorePastDelivery(partner()).points).toBe(0);
    expect(scorePastDelivery(partner({ deliveredPartnerships: 1 })).points).toBe(7);
    expect(scorePastDelivery(partner({ deliveredPartnerships: 4 })).points).toBe(10);
  });

  it('orders by score, then by name', () => {
    const ranked = [
      { name: 'Koperasi Bina Usaha', score: 70 },
      { name: 'Butik Annisa', score: 82 },
      { name: 'Anyaman Purun', score: 70 },
    ].sort(compareRanked);
    expect(ranked.map((row) => row.name)).toEqual(['Butik Annisa', 'Anyaman Purun', 'Koperasi Bina Usaha']);
    const near = scoreRelevance(need, partner(), institution)!;
    const far = scoreRelevance(need, partner({ place: elsewhere }), institution)!;
    expect(near.score).toBeGreaterThan(far.score);
  });

  it('reads a region code as the places above it', () => {
    expect(placeFromRegionCode('63.72')).toMatchObject({
      provinceCode: '63',
      regencyCode: '63.72',
      districtCode: null,
      villageCode: null,
    });
    expect(placeFromRegionCode(null).provinceCode).toBeNull();
  });
});
