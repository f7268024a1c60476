import { describe, expect, it } from 'vitest';
import { measureOf, unitKey } from '../../src/dosage';

describe('dose units named like members of Object.prototype', () => {
  // Regression: "constructor" used to find Object itself in the unit lexicon, and reconcile threw.
  it('are units like any other unknown unit: their folded text', () => {
    expect(unitKey('constructor')).toBe('constructor');
    expect(unitKey('__proto__')).toBe('__proto__');
    expect(unitKey('toString')).toBe('tostring');
  });

  it('are no measure', () => {
    expect(measureOf('constructor')).toBeUndefined();
    expect(measureOf('__proto__')).toBeUndefined();
  });

  it('leave the lexicon as it was', () => {
    expect(unitKey('Tabletter')).toBe('tablett');
    expect(measureOf('mg')).toEqual({ base: 'mikrog', factor: 1000 });
  });
});
