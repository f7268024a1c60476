/**
 * Debian's Chromium driven by playwright-core, for the review page's end-to-end test: headless, a fresh
 * profile in a temporary folder, and the flags that keep it off the network (this machine's is closed;
 * Chromium would otherwise reach out at every start). `MEDREC_CHROMIUM` names another binary.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { HEADLESS_FLAGS } from '../render/print-check';

/** Where Chromium is, or undefined when it is not installed. */
export const chromiumPath = (): string | undefined => {
  const path = process.env['MEDREC_CHROMIUM'] ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
};

/** A running browser with a fresh profile, and how to close it and remove the profile. */
export interface Browser {
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

/**
 * Starts Chromium headless with a fresh `--user-data-dir` (a persistent context in a new temporary
 * folder), downloads accepted, at the given window size.
 */
export const launch = async (executablePath: string, viewport: { readonly width: number; readonly height: number }): Promise<Browser> => {
  const profile = mkdtempSync(join(tmpdir(), 'medrec-review-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...HEADLESS_FLAGS],
    viewport: { ...viewport },
    acceptDownloads: true,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
