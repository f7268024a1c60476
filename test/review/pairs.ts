import { renderReviewPage, type ReviewPageOptions } from '../../src/review';
import { editExample, examplePair, reconcilePair, type RawItem, type RawPair } from '../classify/arbitrary';

/** What a product name tries to smuggle in: markup, a closing script tag, an entity and a line separator. */
export const HOSTILE_NAME = 'Eliquis </script><script>window.__pwned = 1</script> <b>5 mg</b> &amp; \u2028 tablett';

/**
 * The example pair with hard cases for the page: the journal's oxikodon (C-5, missing in Pascal) named
 * with markup and a closing script tag; the journal's apixaban (C-3) with markup in its dosage text
 * (a not-comparable deviation); and a second
 * active metformin copy in the journal (C-12), a duplicate whose copies the page lets one keep.
 */
export const hostilePair = (): RawPair => {
  const pair = editExample({
    'C-5': (item: RawItem) => {
      (item['product'] as Record<string, unknown>)['name'] = HOSTILE_NAME;
    },
    'C-3': (item: RawItem) => {
      (item['dosage'] as Record<string, unknown>)['text'] = '2 tabletter morgon och kväll <img src=x onerror=alert(1)>';
      delete (item['dosage'] as Record<string, unknown>)['doses'];
    },
  });
  const metformin = structuredClone(pair.cosmic.ordinations.find((i) => i['ordinationId'] === 'C-1')!);
  metformin['ordinationId'] = 'C-12';
  return { ...pair, cosmic: { ...pair.cosmic, ordinations: [...pair.cosmic.ordinations, metformin] } };
};

/** The review page of the example pair on 2026-11-20. */
export const examplePage = (options: ReviewPageOptions = {}): string => renderReviewPage(reconcilePair(examplePair()), options);
