import { describe, expect, it } from 'vitest';
import { routeKey, routesDiffer } from '../../src/model';

describe('routes named like members of Object.prototype', () => {
  // Regression: "constructor" used to find Object itself among the route aliases.
  it('are their own folded text', () => {
    expect(routeKey('constructor')).toBe('constructor');
    expect(routeKey('__proto__')).toBe('__proto__');
  });

  it('differ from oral, and aliases still fold', () => {
    expect(routesDiffer('constructor', 'oral')).toBe(true);
    expect(routeKey('p.o.')).toBe('oral');
  });
});
