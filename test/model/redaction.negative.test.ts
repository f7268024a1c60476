/** No personnummer in any message, however it arrives (issue 10 §4): the one redaction function. */
import { describe, expect, it } from 'vitest';
import { redactedExcerpt, redactPersonnummer } from '../../src/model';

const PNR = /(?<!\d)(?:\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/u;

describe('redactPersonnummer, the one redaction function', () => {
  it('redacts the 12- and 10-digit forms, with a hyphen, a plus, a space or no separator, wherever they stand', () => {
    for (const form of ['19121212-1212', '191212121212', '121212-1212', '1212121212', '121212+1212', '19121212 1212']) {
      expect(redactPersonnummer(form)).toBe('[personnummer]');
      expect(redactPersonnummer(`id:${form}, okänt`)).toBe('id:[personnummer], okänt');
    }
  });

  it('redacts a personnummer that arrived as a JSON number', () => {
    expect(redactPersonnummer(String(191212121212))).toBe('[personnummer]');
    expect(redactedExcerpt(191212121212)).toBe('[personnummer]');
    expect(redactedExcerpt(1212121212.5)).toBe('[personnummer].5');
  });

  it('leaves NPL-ids (14 digits), dates and short numbers alone', () => {
    expect(redactPersonnummer('NPL 20090915000019, 2026-11-20, 500 mg')).toBe('NPL 20090915000019, 2026-11-20, 500 mg');
  });
});

describe('redactedExcerpt, cutting and redacting in an order that cannot leak', () => {
  it('never leaves 11 of 12 digits behind when it cuts through a personnummer', () => {
    for (let cut = 1; cut <= 30; cut++) {
      const shown = redactedExcerpt(`${'x'.repeat(cut)}191212121212 och mer text`, 20);
      expect(shown).not.toMatch(/\d{5,}/u);
    }
  });

  it('redacts a run that a cut makes personnummer-shaped (the head of an NPL-id)', () => {
    expect(redactedExcerpt('20090915000019', 12)).not.toMatch(PNR);
  });

  it('never cuts a surrogate pair in two', () => {
    expect(redactedExcerpt(`${'a'.repeat(39)}😀tail`, 40)).toBe(`${'a'.repeat(39)}…`);
  });
});
