// `npm run bench`: runs every tests/bench/*.bench.ts with tinybench and
// prints each candidate as a ratio of its baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';

type Fn = () => unknown;

export interface BenchCase {
  name: string;
  baseline: [string, Fn];
  candidates: [string, Fn][];
}

const dir = import.meta.dirname;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const { cases } = (await import(join(dir, file))) as { cases: BenchCase };
  const bench = new Bench({ time: 500, warmupTime: 100 });
  for (const [label, fn] of [cases.baseline, ...cases.candidates]) bench.add(label, fn);
  await bench.run();
  const mean = (label: string): number => {
    const result = bench.getTask(label)?.result;
    if (!result || result.state !== 'completed') throw new Error(`benchmark "${label}" did not complete (${result?.state})`);
    return result.latency.mean;
  };
  const base = mean(cases.baseline[0]);
  console.log(`\n${file} — ${cases.name}`);
  console.log(`  baseline  ${cases.baseline[0]}: ${(base * 1000).toFixed(2)} µs/op`);
  for (const [label] of cases.candidates) {
    console.log(`  ${(mean(label) / base).toFixed(2)}x     ${label}: ${(mean(label) * 1000).toFixed(2)} µs/op`);
  }
}
