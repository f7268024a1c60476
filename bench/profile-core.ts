// Times the core reconcile alone (the core section's patients, decoded beforehand), for profiling:
//   npx tsx bench/profile-core.ts                      (REPS=5 timed runs after one warm-up)
//   node --cpu-prof --import tsx bench/profile-core.ts (a CPU profile; bundle it with esbuild first for function names)
// Prints µs a patient and an item, by the wall clock and by CPU time (steadier on a busy machine).
import { benchConfig } from './config';
import { generatedPatients } from './data';
import { decodedPatients, reconcileAll } from './core.bench';
const config = benchConfig();
const n = config.corePatients;
const decoded = decodedPatients(generatedPatients(n, config.seed, config.asOf));
const items = decoded.reduce((s, p) => s + p.journal.ordinations.length + p.list.prescriptions.length, 0);
reconcileAll(decoded, config.asOf);
const reps = Number(process.env.REPS ?? 5);
const times: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < reps; r++) {
  const t = performance.now();
  const c = process.cpuUsage();
  reconcileAll(decoded, config.asOf);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
  times.push(performance.now() - t);
}
cpu.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const ms = times[Math.floor(times.length / 2)]!;
console.log(`${n} patients, ${items} items: median ${(ms * 1000 / n).toFixed(1)} µs/patient, ${(ms * 1000 / items).toFixed(2)} µs/item; min ${(times[0]! * 1000 / n).toFixed(1)}; cpu median ${(cpu[Math.floor(cpu.length / 2)]! * 1000 / n).toFixed(1)} min ${(cpu[0]! * 1000 / n).toFixed(1)} µs/patient`);
