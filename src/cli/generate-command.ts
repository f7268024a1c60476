import { isIsoDate } from '../model';
import { DEFAULT_GENERATOR_AS_OF, generateNight, generatePatient, nightDate } from '../synthetic';
import { EXIT } from './exit-codes';
import type { CliIo, OpenedOutput } from './io';
import { defineCommand, type OptionValues } from './options';

/** The help text of `medrec generate`, in Swedish. */
export const GENERATE_USAGE = `Användning: medrec generate --patients N --seed S --out FIL.ndjson [--truth FACIT.ndjson] [--as-of ÅÅÅÅ-MM-DD] [--night K]

  --patients N     antal syntetiska patienter (id SYN-0000001 …, aldrig personnummer)
  --seed S         frö (heltal): samma frö ger samma patienter
  --out FIL        en patient per rad, indata för medrec batch; - skriver standard ut
  --truth FIL      facit: varje inlagd skillnad per rad (patient, sort, journalens och e-receptlistans id)
  --as-of DATUM    datumet som data byggs kring (standard: ${DEFAULT_GENERATOR_AS_OF}); stäm av med samma datum
  --night K        samma patienter natt K (1, 2, …; natt 1 är utan --night): en del av gårdagens skillnader
                   rättade, nya tillkomna, några återöppnade; exporten dateras DATUM + K − 1 dagar: stäm av
                   med det datumet (medrec batch --as-of). Facit säger då också natten (night), läkemedlets
                   substanser (substances), natten skillnaden började (since) och om den återöppnats (reopened)
`;

interface GenerateArgs {
  readonly patients: number;
  readonly seed: number;
  readonly out: string;
  readonly truth?: string;
  readonly asOf: string;
  readonly night?: number;
}

/** The flags of `medrec generate`. */
const GENERATE_OPTIONS = { patients: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, truth: { type: 'string' }, 'as-of': { type: 'string' }, night: { type: 'string' } } as const;

const parse = (values: OptionValues<typeof GENERATE_OPTIONS>): { readonly ok: true; readonly args: GenerateArgs } | { readonly ok: false; readonly error: string } => {
  const patients = Number(values.patients);
  if (values.patients === undefined || !Number.isSafeInteger(patients) || patients < 0) return { ok: false, error: `--patients måste vara ett heltal 0 eller mer, inte "${values.patients ?? ''}"` };
  const seed = Number(values.seed);
  if (values.seed === undefined || !Number.isSafeInteger(seed)) return { ok: false, error: `--seed måste vara ett heltal, inte "${values.seed ?? ''}"` };
  if (values.out === undefined) return { ok: false, error: '--out FIL saknas' };
  const asOf = values['as-of'] ?? DEFAULT_GENERATOR_AS_OF;
  if (!isIsoDate(asOf)) return { ok: false, error: `--as-of måste vara ett datum ÅÅÅÅ-MM-DD, inte "${asOf}"` };
  const night = values.night === undefined ? undefined : Number(values.night);
  if (night !== undefined && (!Number.isSafeInteger(night) || night < 1 || night > 10_000)) return { ok: false, error: `--night måste vara ett heltal 1 eller mer, inte "${values.night ?? ''}"` };
  if (values.truth !== undefined && values.truth === values.out && values.out !== '-') return { ok: false, error: '--out och --truth är samma fil' };
  return { ok: true, args: { patients, seed, out: values.out, asOf, ...(values.truth === undefined ? {} : { truth: values.truth }), ...(night === undefined ? {} : { night }) } };
};

/** Writes text, waiting while the stream's buffer is full; rejects when the stream fails (a closed pipe). */
const write = (stream: NodeJS.WritableStream, text: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    stream.once('error', onError);
    const done = () => {
      stream.off('error', onError);
      resolve();
    };
    if (stream.write(text)) done();
    else stream.once('drain', done);
  });

const BATCH = 64;

/**
 * `medrec generate`: writes N synthetic patients as batch input (NDJSON), and optionally the ground
 * truth of every injected discrepancy. Streams, so a million patients can be piped into `medrec
 * batch -` without touching the disk. Exit 0, 2 on unusable arguments, 3 when an output fails.
 *
 * @example
 * await run(['generate', '--patients', '1000', '--seed', '42', '--out', 'patients.ndjson', '--truth', 'truth.ndjson'], processIo) // 0
 */
export const generateCommand = defineCommand({
  name: 'generate',
  summary: 'skapa syntetiska patienter med facit, för test och mätning',
  usage: GENERATE_USAGE,
  options: GENERATE_OPTIONS,
  run: ({ values, io, usageError }) => {
    const parsed = parse(values);
    return parsed.ok ? generate(parsed.args, io) : usageError(parsed.error);
  },
});

const generate = async (args: GenerateArgs, io: CliIo): Promise<number> => {
  const { patients, seed, out, truth, asOf, night } = args;
  const opened: OpenedOutput[] = [io.openOutput(out), ...(truth === undefined ? [] : [io.openOutput(truth)])];
  const [outFile, truthFile] = opened;
  const failedOpen = opened.find((o) => !o.ok);
  if (failedOpen !== undefined || outFile === undefined || !outFile.ok || (truthFile !== undefined && !truthFile.ok)) {
    for (const o of opened) if (o.ok) await o.close().catch(() => undefined);
    io.stderr(`medrec generate: ${failedOpen !== undefined && !failedOpen.ok ? failedOpen.error : 'kan inte skriva'}\n`);
    return EXIT.unusable;
  }
  try {
    for (let start = 0; start < patients; start += BATCH) {
      const lines: string[] = [];
      const truths: string[] = [];
      for (let i = start; i < Math.min(patients, start + BATCH); i++) {
        const patient = night === undefined ? generatePatient(seed, i, { asOf }) : generateNight(seed, i, night, { asOf });
        lines.push(JSON.stringify(patient.line));
        for (const t of patient.truth) truths.push(JSON.stringify(t));
      }
      await write(outFile.stream, `${lines.join('\n')}\n`);
      if (truthFile !== undefined && truthFile.ok && truths.length > 0) await write(truthFile.stream, `${truths.join('\n')}\n`);
    }
    await outFile.close();
    if (night !== undefined && out !== '-') io.stderr(`medrec generate: natt ${night} är ${nightDate(asOf, night)}; stäm av med medrec batch --as-of ${nightDate(asOf, night)}\n`);
    if (truthFile !== undefined && truthFile.ok) await truthFile.close();
    return EXIT.ok;
  } catch (e) {
    io.stderr(`medrec generate: utdata kunde inte skrivas (${e instanceof Error ? e.message : String(e)})\n`);
    return EXIT.failed;
  }
};
