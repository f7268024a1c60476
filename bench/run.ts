// `npm run bench`: runs every section, prints each as it is done, and writes bench/RESULTS.md with
// the machine, Node version, date, sizes and every figure. Sizes: see bench/config.ts (quick by
// default; BENCH_SIZE=full for the sizes of the issue).
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, availableParallelism, platform, release } from 'node:os';
import { benchConfig } from './config';
import { runCoreBench } from './core.bench';
import { runDetectionBench } from './detection.bench';
import { runMemoryBench } from './memory.bench';
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
];

const main = async (): Promise<void> => {
  const config = benchConfig();
  const chosen = SECTIONS.filter((s) => config.sections === undefined || config.sections.includes(s.name));
  const header = [
    '# Benchmark results',
    '',
    `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}`,
    `- Node ${process.version}`,
    `- sizes: ${config.size} (detection ${config.detectionPatients}, throughput ${config.throughputPatients}, core ${config.corePatients}, pipe ${config.pipePatients.join('/')}, list lengths ${config.listSizes.join('/')}; seed ${config.seed})`,
    `- sections: ${chosen.map((s) => s.name).join(', ')}`,
    '',
    'Ratios are measured in the same run as what they compare. Regenerate with `npm run bench` (quick) or `BENCH_SIZE=full npm run bench`.',
  ].join('\n');
  console.log(header);
  const parts = [header];
  for (const section of chosen) {
    const started = Date.now();
    const text = await section.run();
    const done = `${text}\n\n_(section ${section.name}: ${((Date.now() - started) / 1000).toFixed(0)} s)_`;
    console.log(`\n${done}`);
    parts.push(done);
  }
  writeFileSync(new URL('./RESULTS.md', import.meta.url), `${parts.join('\n\n')}\n`);
  console.log('\nwritten to bench/RESULTS.md');
};

await main();
