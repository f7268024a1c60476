import { describe, expect, it } from 'vitest';
import { displayAmount, everyNthDay, renderText, swedishNumber, toJson } from '../../src/render';
import { dose, doses, journal, ordination, prescription, prescriptionList, product } from '../builders';
import { reconcileDocs } from '../reconcile/reconcile-docs';

describe('Swedish numbers and amounts', () => {
  it('use a decimal comma and the unit a clinician would use', () => {
    expect(swedishNumber(12.5)).toBe('12,5');
    expect(displayAmount(80_000, 'mikrog')).toBe('80 mg');
    expect(displayAmount(12_500, 'mikrog')).toBe('12,5 mg');
    expect(displayAmount(1_000_000, 'mikrog')).toBe('1 g');
    expect(displayAmount(12, 'mikrog/timme')).toBe('12 mikrog/timme');
    expect(everyNthDay(3)).toBe('var 3:e dag');
  });
});

describe('the text summary', () => {
  it('names every discrepancy with both values, and lists what agrees and what could not be read', () => {
    const furix = product('Furix 40 mg tablett', 'furosemid', 40);
    const r = reconcileDocs(
      journal(ordination('C-1', furix, doses('1 tablett morgon och middag', dose('08:00'), dose('13:00'))), { ordinationId: 'C-2' }),
      prescriptionList(prescription('P-1', furix, doses('1 tablett på morgonen', dose('08:00')))),
    );
    const text = renderText(r);
    expect(text).toContain('1 skillnad mellan listorna');
    expect(text).toContain('Journal C-1: 80 mg per dygn (1 tablett morgon och middag)');
    expect(text).toContain('Pascal P-1: 40 mg per dygn (1 tablett på morgonen)');
    expect(text).toContain('Poster som inte kunde läsas (1)');
    expect(text).toContain('Journal C-2: ordinations[1].product: expected product, got missing');
  });

  it('says so when the lists agree', () => {
    const furix = product('Furix 40 mg tablett', 'furosemid', 40);
    const morning = doses('1', dose('08:00'));
    const r = reconcileDocs(journal(ordination('C-1', furix, morning)), prescriptionList(prescription('P-1', furix, morning)));
    expect(renderText(r)).toContain('Inga skillnader mellan listorna.');
    expect(toJson(r).summary.lines.agreed).toBe(1);
  });

  it('lists the clinical checks\' findings with their source, after the lines', () => {
    const tramadol = { ...product('Tradolan 50 mg kapsel', 'tramadol', 50, 'mg', 'kapsel'), atc: 'N02AX02' };
    const morning = doses('1', dose('08:00', 1, 'kapsel'));
    const text = renderText(reconcileDocs(journal(ordination('C-1', tramadol, morning)), prescriptionList(prescription('P-1', tramadol, morning))));
    expect(text).toContain('Läkemedelsgenomgång — att överväga (1):');
    expect(text).toContain('   - Tramadol: tramadol bör undvikas till personer som är 75 år och äldre om inte särskilda skäl föreligger');
    expect(text).toContain('[Socialstyrelsen, Indikatorer för god läkemedelsterapi hos äldre (2017-6-7): Preparat som bör undvikas om inte särskilda skäl föreligger]');
    expect(text.indexOf('Läkemedelsgenomgång')).toBeGreaterThan(text.indexOf('Överensstämmer'));
  });
});

describe('a schedule discrepancy', () => {
  it('shows the slots that have doses, in the unit a clinician would use', () => {
    const furix = product('Furix 40 mg tablett', 'furosemid', 40);
    const r = reconcileDocs(
      journal(ordination('C-1', furix, doses('1 tablett morgon', dose('08:00')))),
      prescriptionList(prescription('P-1', furix, doses('1 tablett kväll', dose('18:00')))),
    );
    const text = renderText(r);
    expect(text).toContain('Journal C-1: morgon 40 mg, per dygn (1 tablett morgon)');
    expect(text).toContain('Pascal P-1: kväll 40 mg, per dygn (1 tablett kväll)');
  });
});
