// The package's sizes, as an integrator meets them: the tarball (packed and unpacked), what
// `npm install medrec` puts in an empty project (every package, and medrec alone), and the minified
// browser bundles of the browser-safe entries. Sizes, not times: measured once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_CASES, browserBundle } from '../test/package/bundle';
import { consumer, folderBytes, installedPackages, pack } from '../test/package/consumer';

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(0)} kB`;

/**
 * The section `package` of bench/RESULTS.md. Builds dist/ first when it is missing.
 *
 * @example
 * console.log(await runPackageBench()); // '## Package\n\n| what | size |\n…'
 */
export const runPackageBench = async (): Promise<string> => {
  if (!existsSync('dist/index.js')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const packed = pack();
  const project = consumer('esm', packed.tarball);
  const modules = join(project.dir, 'node_modules');
  const packages = installedPackages(project.dir);
  const bundles: Array<readonly [string, string]> = [];
  for (const [name, code] of Object.entries(BROWSER_CASES)) {
    const b = await browserBundle(code);
    bundles.push([name, b.ok ? `${kB(b.bytes)}${b.nodeBuiltins.length > 0 ? ` (Node built-ins: ${b.nodeBuiltins.join(', ')})` : ''}` : `fails: ${b.errors[0] ?? ''}`]);
  }
  return [
    '## Package',
    '',
    '| what | size |',
    '|---|---|',
    `| tarball (npm pack), packed / unpacked | ${kB(packed.size)} / ${kB(packed.unpackedSize)}, ${packed.files.length} files, no source maps |`,
    `| installed in an empty project: node_modules | ${kB(folderBytes(modules))}, ${packages.length} packages (${packages.join(', ')}) |`,
    `| installed: medrec alone | ${kB(folderBytes(join(modules, 'medrec')))} |`,
    ...bundles.map(([name, size]) => `| browser bundle, minified (esbuild, platform browser): ${name === 'dosage' ? "`import { parseDosageText } from 'medrec/dosage'`" : name === 'core' ? 'the core (`medrec`): decode, reconcile, renderText' : "`medrec/handover`: handoverList, renderHandoverHtml"} | ${size} |`),
    '',
    'Before issue 13: 1.6 MB packed, 6.3 MB unpacked (4.1 MB source maps, a CJS CLI), 10 runtime packages, and the dosage parser did not bundle for a browser.',
  ].join('\n');
};
