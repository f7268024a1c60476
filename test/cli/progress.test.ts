import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressDisplay, progressLine } from '../../src/cli/progress';
import { testIo } from './test-io';

describe('batch progress', () => {
  it('says in one line how far the batch is, its pace and, for a file, the share done and the time left', () => {
    expect(progressLine({ linesRead: 1000, resultsWritten: 998, invalidLines: 2, bytesRead: 5e6 }, 10, 2e7)).toBe(
      'medrec batch: 1000 rader, 998 resultat, 2 ogiltiga, 100 patienter/s, 25 % (ca 30 s kvar)',
    );
  });

  it('leaves out the share and time left when the size is unknown (standard in)', () => {
    expect(progressLine({ linesRead: 10, resultsWritten: 10, invalidLines: 0, bytesRead: 100 }, 2, undefined)).toBe('medrec batch: 10 rader, 10 resultat, 0 ogiltiga, 5 patienter/s');
  });

  it('off a terminal, prints a line only after its interval has passed', async () => {
    const { io, err } = testIo();
    let clock = 0;
    const display = await progressDisplay(io, 1000, () => clock);
    display.update({ linesRead: 1, resultsWritten: 1, invalidLines: 0, bytesRead: 10 });
    expect(err()).toBe('');
    clock = 11_000;
    display.update({ linesRead: 2, resultsWritten: 2, invalidLines: 0, bytesRead: 20 });
    expect(err()).toContain('medrec batch: 2 rader');
    display.stop();
  });

  it('on a terminal, draws a progress bar and stops it', async () => {
    const { io } = testIo();
    const display = await progressDisplay({ ...io, stderrIsTTY: true, progressStream: new PassThrough() }, undefined);
    display.update({ linesRead: 5, resultsWritten: 5, invalidLines: 0, bytesRead: 50 });
    expect(() => display.stop()).not.toThrow();
  });
});
