import { describe, expect, it } from 'vitest';
import { keyToAction, TimelineController, type Clock } from './timeline-controller';

function manualClock() {
  let fn: (() => void) | null = null;
  const clock: Clock = { setInterval: (f) => ((fn = f), 1), clearInterval: () => (fn = null) };
  return { clock, tick: () => fn?.(), running: () => fn !== null };
}

const YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016];

describe('TimelineController', () => {
  it('plays one year per tick and stops on the last year', () => {
    const { clock, tick, running } = manualClock();
    const t = new TimelineController(clock);
    t.setYears(YEARS, 2014);
    const seen: number[] = [];
    t.addEventListener('year', (e) => seen.push((e as CustomEvent<number>).detail));
    t.play();
    tick();
    tick();
    tick();
    expect(seen).toEqual([2015, 2016]);
    expect(t.playing).toBe(false);
    expect(running()).toBe(false);
  });

  it('starts again from the first year when play is pressed on the last', () => {
    const { clock } = manualClock();
    const t = new TimelineController(clock);
    t.setYears(YEARS, 2016);
    t.play();
    expect(t.year).toBe(2010);
    expect(t.playing).toBe(true);
  });

  it('steps with the arrow keys, jumps with Home/End and toggles with space', () => {
    const { clock } = manualClock();
    const t = new TimelineController(clock);
    t.setYears(YEARS, 2013);
    t.run(keyToAction('ArrowLeft')!);
    expect(t.year).toBe(2012);
    t.run(keyToAction('ArrowRight')!);
    t.run(keyToAction('ArrowRight')!);
    expect(t.year).toBe(2014);
    t.run(keyToAction('End')!);
    expect(t.year).toBe(2016);
    t.run(keyToAction('Home')!);
    expect(t.year).toBe(2010);
    t.run(keyToAction(' ')!);
    expect(t.playing).toBe(true);
    expect(keyToAction('a')).toBeNull();
  });

  it('does not step past either end', () => {
    const t = new TimelineController(manualClock().clock);
    t.setYears(YEARS, 2010);
    t.step(-1);
    expect(t.year).toBe(2010);
  });
});
