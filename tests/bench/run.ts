// `npm run bench`: runs every tests/bench/*.bench.ts and prints each candidate
// as a ratio of its baseline measured in the same run. A file exports either
// `cases` (functions timed with tinybench) or `measure` (its own measurement,
// or several).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';

type Fn = () => unknown;

export interface BenchCase {
  name: string;
  baseline: [string, Fn];
  candidates: [string, Fn][];
}

/** Values of one measurement, in `unit`, for a baseline and its candidates. */
export interface Measured {
  name: string;
  unit: string;
  baseline: [string, number];
  candidates: [string, number][];
}

async function timed(cases: BenchCase): Promise<Measured> {
  const bench = new Bench({ time: 500, warmupTime: 100 });
  for (const [label, fn] of [cases.baseline, ...cases.candidates]) bench.add(label, fn);
  await bench.run();
  const microseconds = ([label]: [string, Fn]): [string, number] => {
    const result = bench.getTask(label)?.result;
    if (!result || result.state !== 'completed') throw new Error(`benchmark "${label}" did not complete (${result?.state})`);
    return [label, result.latency.mean * 1000];
  };
  return { name: cases.name, unit: 'µs/op', baseline: microseconds(cases.baseline), candidates: cases.candidates.map(microseconds) };
}

const dir = import.meta.dirname;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const bench = (await import(join(dir, file))) as { cases?: BenchCase; measure?: () => Promise<Measured | Measured[]> };
  const measured = bench.measure ? await bench.measure() : await timed(bench.cases!);
  for (const { name, unit, baseline, candidates } of [measured].flat()) {
    console.log(`\n${file} — ${name}`);
    console.log(`  baseline  ${baseline[0]}: ${baseline[1].toFixed(2)} ${unit}`);
    for (const [label, value] of candidates) console.log(`  ${(value / baseline[1]).toFixed(2)}x     ${label}: ${value.toFixed(2)} ${unit}`);
  }
}
