import { describe, expect, it } from 'vitest';
import { BROWSER_CASES, browserBundle } from './bundle';

// Bundling reads the built package (dist/, built by test/global-setup.ts when missing). esbuild is
// fast, but the machine is shared: a generous timeout. Sizes are asserted as bytes, never as time.
describe('the browser-safe entries', () => {
  it('medrec/dosage: parseDosageText bundles for the browser with no Node built-in, under 60 KB minified', { timeout: 60_000 }, async () => {
    const bundle = await browserBundle(BROWSER_CASES.dosage);
    expect(bundle).toMatchObject({ ok: true, nodeBuiltins: [] });
    expect(bundle.ok && bundle.bytes).toBeLessThan(60_000);
  });

  it('the core (medrec) and medrec/handover bundle for the browser with no Node built-in', { timeout: 60_000 }, async () => {
    for (const code of [BROWSER_CASES.core, BROWSER_CASES.handover]) expect(await browserBundle(code)).toMatchObject({ ok: true, nodeBuiltins: [] });
  });

  it('control: an entry that uses Node (medrec/fhir, node:crypto) does not bundle for the browser', { timeout: 60_000 }, async () => {
    const bundle = await browserBundle("import { toFhir } from 'medrec/fhir';\nconsole.log(toFhir);\n");
    expect(bundle.ok).toBe(false);
    expect(!bundle.ok && bundle.errors.join('\n')).toMatch(/node:crypto|crypto/u);
  });
});
