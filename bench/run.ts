// `npm run bench`: runs every section, prints each as it is done, and writes bench/RESULTS.md with
// the machine, Node version, date, sizes and every figure. Sizes: see bench/config.ts (quick by
// default; BENCH_SIZE=full for the sizes of the issue).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { benchConfig } from './config';
import { runAdversarialBench } from './adversarial.bench';
import { runCoreBench } from './core.bench';
import { runDetectionBench } from './detection.bench';
import { runDosageBench } from './dosage.bench';
import { runMemoryBench } from './memory.bench';
import { runOutputsBench } from './outputs.bench';
import { runPackageBench } from './package.bench';
import { runReportBench } from './report.bench';
import { runRegisterBench, runRegisterStatusBench } from './register.bench';
import { runScalingBench } from './scaling.bench';
import { runThroughputBench } from './throughput.bench';

/** One section of the results: a name (for BENCH_SECTIONS) and a function that returns markdown. */
interface Section {
  readonly name: string;
  readonly run: () => Promise<string>;
}

// One line per section; a new benchmark is one more line.
const SECTIONS: ReadonlyArray<Section> = [
  { name: 'detection', run: runDetectionBench },
  { name: 'throughput', run: runThroughputBench },
  { name: 'core', run: runCoreBench },
  { name: 'scaling', run: runScalingBench },
  { name: 'memory', run: runMemoryBench },
  { name: 'dosage', run: runDosageBench },
  { name: 'report', run: runReportBench },
  { name: 'adversarial', run: runAdversarialBench },
  { name: 'register', run: runRegisterBench },
  { name: 'register-status', run: runRegisterStatusBench },
  { name: 'package', run: runPackageBench },
  { name: 'outputs', run: runOutputsBench },
];

const RESULTS = new URL('./RESULTS.md', import.meta.url);

const marked = (name: string, text: string): string => `<!-- section:${name} -->\n${text}\n<!-- /section:${name} -->`;

/**
 * The results file with these sections put in: a run of some sections (BENCH_SECTIONS) replaces only
 * those in an earlier full file, and says so in the header; a run of all sections writes it anew.
 */
const merged = (header: string, sections: ReadonlyArray<{ readonly name: string; readonly text: string }>, partial: boolean): string => {
  const fresh = `${[header, ...sections.map((s) => marked(s.name, s.text))].join('\n\n')}\n`;
  if (!partial || !existsSync(RESULTS)) return fresh;
  let text = readFileSync(RESULTS, 'utf8');
  for (const s of sections) {
    const pattern = new RegExp(`<!-- section:${s.name} -->[\\s\\S]*?<!-- /section:${s.name} -->`);
    text = pattern.test(text) ? text.replace(pattern, () => marked(s.name, s.text)) : `${text.trimEnd()}\n\n${marked(s.name, s.text)}\n`;
  }
  const note = `- re-run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${sections.map((s) => s.name).join(', ')} (the other sections are from the date above)`;
  return text.replace(/(\n- sections: [^\n]*)/, `$1\n${note}`);
};

const main = async (): Promise<void> => {
  const config = benchConfig();
  const chosen = SECTIONS.filter((s) => config.sections === undefined || config.sections.includes(s.name));
  const header = [
    '# Benchmark results',
    '',
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}; load average at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (other work on the machine slows absolute figures; ratios compare runs made side by side)`,
    `- Node ${process.version}`,
    `- sizes: ${config.size} (detection ${config.detectionPatients}, throughput ${config.throughputPatients}, core ${config.corePatients}, pipe ${config.pipePatients.join('/')}, list lengths ${config.listSizes.join('/')}, report ${config.reportPatients.join('/')}; seed ${config.seed})`,
    `- sections: ${chosen.map((s) => s.name).join(', ')}`,
    '',
    'Ratios are measured in the same run as what they compare. Regenerate with `npm run bench` (quick) or `BENCH_SIZE=full npm run bench`.',
  ].join('\n');
  console.log(header);
  const done: Array<{ readonly name: string; readonly text: string }> = [];
  for (const section of chosen) {
    const started = Date.now();
    const text = `${await section.run()}\n\n_(section ${section.name}: ${((Date.now() - started) / 1000).toFixed(0)} s)_`;
    console.log(`\n${text}`);
    done.push({ name: section.name, text });
  }
  writeFileSync(RESULTS, merged(header, done, config.sections !== undefined));
  console.log('\nwritten to bench/RESULTS.md');
};

await main();
