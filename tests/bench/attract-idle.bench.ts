// Attract screen idle cost, the screen the terminal shows most of the day:
// main-thread busy time per second (CDP Performance.getMetrics, TaskDuration)
// of the kiosk as built, in Chromium through the test host. The baseline is
// the same page held still (every animation paused), measured in the same
// run; states alternate and each reports its median.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchHostKiosk } from '../host/launch.ts';
import type { Measured } from './run.ts';

/** One cycle of the attract cue (--motion-gentle in renderer/styles/tokens.css): motion, then rest. */
const WINDOW_MS = 6000;
const ROUNDS = 3;
const BUILT = resolve(import.meta.dirname, '../../out/renderer/index.html');

const STATES = {
  'attract screen, paused (static page)': { paused: true, reducedMotion: false },
  'attract screen, animated': { paused: false, reducedMotion: false },
  'attract screen, prefers-reduced-motion': { paused: false, reducedMotion: true },
};
type State = keyof typeof STATES;

async function enter(cdp: CDPSession, page: Page, state: State): Promise<void> {
  const { paused, reducedMotion } = STATES[state];
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: reducedMotion ? 'reduce' : '' }] });
  await page.evaluate(`document.getAnimations().forEach((a) => a.${paused ? 'pause' : 'play'}())`);
}

/** Main-thread busy milliseconds per second over one window. */
async function busyPerSecond(cdp: CDPSession, page: Page): Promise<number> {
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { task: value('TaskDuration'), at: value('Timestamp') };
  };
  const start = await sample();
  await page.waitForTimeout(WINDOW_MS);
  const end = await sample();
  return ((end.task - start.task) / (end.at - start.at)) * 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measure(): Promise<Measured> {
  if (!existsSync(BUILT)) throw new Error('out/renderer is missing: run the build first (npm run bench does)');
  const kiosk = await launchHostKiosk({ config: { kioskMode: false } });
  try {
    const { page } = kiosk;
    await page.getByTestId('attract').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const samples = new Map<State, number[]>(Object.keys(STATES).map((state) => [state as State, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [state, values] of samples) {
        await enter(cdp, page, state);
        await page.waitForTimeout(300);
        values.push(await busyPerSecond(cdp, page));
      }
    }
    const [baseline, ...candidates] = [...samples].map(([state, values]): [string, number] => [state, median(values)]);
    return { name: 'attract screen, main-thread busy time', unit: 'ms/s', baseline: baseline!, candidates };
  } finally {
    await kiosk.close();
  }
}
