// Starts a batch worker from the TypeScript sources (vitest, the benchmarks): registers tsx, then
// loads worker.ts. The built package starts dist/batch-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
