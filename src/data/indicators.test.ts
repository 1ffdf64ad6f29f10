import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATORS, INDICATORS } from './indicators';

describe('INDICATORS', () => {
  it('have unique ids and every name and unit in both languages', () => {
    expect(new Set(INDICATORS.map((d) => d.id)).size).toBe(INDICATORS.length);
    for (const d of INDICATORS) {
      expect([d.name.zh, d.name.en, d.unit.zh, d.unit.en].every((s) => s.length > 0), d.id).toBe(true);
    }
  });

  it('give every derived indicator its formula in both languages', () => {
    for (const d of INDICATORS.filter((x) => x.basis === 'derived' || x.basis === 'geometry')) {
      expect(d.formula?.zh && d.formula?.en, d.id).toBeTruthy();
    }
  });

  it('give threshold scales ascending break points and coded indicators their labels', () => {
    for (const d of INDICATORS) {
      if (d.scale === 'threshold') expect(d.thresholds?.every((t, i, a) => i === 0 || t > a[i - 1]), d.id).toBe(true);
      if (d.csvUnit === 'code') expect(d.categories?.length, d.id).toBeGreaterThan(1);
    }
  });

  it('scale 亿元 to billion yuan and 万人 to million people in English', () => {
    for (const d of INDICATORS) {
      if (d.csvUnit === '亿元') expect([d.enFactor, d.unit.en], d.id).toEqual([0.1, 'billion yuan']);
      if (d.csvUnit === '万人') expect([d.enFactor, d.unit.en], d.id).toEqual([0.01, 'million people']);
    }
  });

  it('keep NBS survey and registration figures in separate indicators', () => {
    const survey = INDICATORS.filter((d) => d.basis === 'nbs_survey').map((d) => d.id);
    const registered = INDICATORS.filter((d) => d.basis === 'registration').map((d) => d.id);
    expect(survey).toContain('rural_poor_pop');
    expect(registered).toContain('rural_poor_pop_registered');
    expect(survey.filter((id) => registered.includes(id))).toEqual([]);
  });

  it('carry values forward only where the note says why', () => {
    for (const d of INDICATORS.filter((x) => x.carryForward > 0)) expect(d.note?.en, d.id).toBeTruthy();
  });

  it('open each view on an indicator defined for its entities', () => {
    for (const [kind, id] of Object.entries(DEFAULT_INDICATORS)) {
      expect(INDICATORS.find((d) => d.id === id)?.kinds, `${kind} ${id}`).toContain(kind);
    }
  });
});
