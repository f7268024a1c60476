import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handoverList } from '../../src/handover';
import { renderHandoverHtml } from '../../src/render';
import { decideOrFail, documentOn, EXAMPLE_CHOICES, exampleLists, reconcileLists } from './fixtures';

describe('text from a decisions document on the printed list', () => {
  it('is escaped: a name or a comment cannot inject markup', () => {
    const r = reconcileLists(exampleLists());
    const by = { name: '<script>alert(1)</script>', hsaId: 'SE2321000016-"><b>', role: 'physician' as const };
    const doc = documentOn(r, EXAMPLE_CHOICES, { by });
    const withComment = { ...doc, decisions: doc.decisions.map((d) => ({ ...d, comment: '</td><img src=x onerror=alert(1)>' })) };
    const list = handoverList(r, { decided: decideOrFail(r, [withComment]) });
    if (E.isLeft(list)) throw new Error('no list');
    const page = renderHandoverHtml(list.right);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('"><b>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
