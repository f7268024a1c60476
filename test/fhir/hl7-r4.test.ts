import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromFhir, listToFhir } from '../../src/fhir';
import { exampleFiles, exampleResource, itemsOf, readExample, readme, readmeWithTable, sideOf, EXPORTED_AT } from './hl7-r4/examples';
import { loadR4, R4_LOAD_TIMEOUT_MS, r4Errors } from './validate';

// HL7's 45 official R4 examples (test/fhir/hl7-r4, FHIR 4.0.1), each read as a bare resource and in a
// Bundle with a Swedish patient.
const FILES = exampleFiles();
const identified = (list: E.Either<unknown, Parameters<typeof itemsOf>[0]>) =>
  E.isRight(list) && itemsOf(list.right).some((i) => i.product.nplId !== undefined || i.product.atc !== undefined || (i.product.codes ?? []).length > 0 || i.product.substances.length > 0);

beforeAll(loadR4, R4_LOAD_TIMEOUT_MS);

describe("HL7's official R4 examples", () => {
  it('are all 45 here', () => {
    expect(FILES).toHaveLength(45);
  });

  it('are read with their identity, at least 43 of 45, as a bare resource and in a Bundle', () => {
    const read = FILES.map((f) => ({ f, ...readExample(f) }));
    expect(read.filter((r) => identified(r.bare)).length).toBeGreaterThanOrEqual(43);
    expect(read.filter((r) => identified(r.bundle)).length).toBeGreaterThanOrEqual(43);
  });

  it.each(FILES)('%s: never throws, accounts for its one resource, and every problem has its FHIR path', (file) => {
    const { bare, bundle } = readExample(file);
    const type = exampleResource(file)['resourceType'] as string;
    for (const [list, prefix] of [
      [bare, type],
      [bundle, 'entry[1].resource'],
    ] as const) {
      if (E.isLeft(list)) throw new Error(list.left.message);
      expect(itemsOf(list.right).length + list.right.invalid.length).toBe(1);
      for (const p of [...list.right.invalid, ...list.right.problems].flatMap((x) => x.problems)) {
        expect(p.path.startsWith(prefix)).toBe(true);
        expect(p.message).toMatch(/^expected /u);
      }
    }
  });

  it.each(FILES)('%s: read, written and read again, is stable; what is written validates', (file) => {
    const source = sideOf(exampleResource(file));
    const first = readExample(file).bundle;
    if (E.isLeft(first)) throw new Error(first.left.message);
    const written = JSON.parse(JSON.stringify(listToFhir(first.right)));
    expect(r4Errors(written)).toEqual([]);
    const second = fromFhir(written, { source, exportedAt: EXPORTED_AT });
    if (E.isLeft(second)) throw new Error(second.left.message);
    const third = fromFhir(JSON.parse(JSON.stringify(listToFhir(second.right))), { source, exportedAt: EXPORTED_AT });
    if (E.isLeft(third)) throw new Error(third.left.message);
    expect(itemsOf(third.right)).toEqual(itemsOf(second.right));
    expect(itemsOf(second.right).map((i) => [i.id, i.product.codes, i.product.nplId, i.product.atc])).toEqual(itemsOf(first.right).map((i) => [i.id, i.product.codes, i.product.nplId, i.product.atc]));
  });

  it("the README's table says what each example yields (regenerate: npx tsx test/fhir/hl7-r4/examples.ts)", () => {
    expect(readmeWithTable(readme())).toBe(readme());
  });
});
