/**
 * The timeline without a DOM: the years of the slider, the selected year,
 * play / pause, steps and speed. Playing advances one year per tick and stops
 * on the last year; pressing play on the last year starts from the first.
 * Fires `year` (detail: number) and `change` (playing or speed changed).
 */

export type Speed = 'slow' | 'normal' | 'fast';
export const SPEEDS: Record<Speed, number> = { slow: 1600, normal: 900, fast: 450 };

export type TimelineAction = 'prev' | 'next' | 'first' | 'last' | 'toggle';

/** Keyboard keys of the timeline: ←/→ step, Home/End jump, space plays or pauses. */
export function keyToAction(key: string): TimelineAction | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return 'prev';
    case 'ArrowRight':
    case 'ArrowUp':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
    case 'Spacebar':
      return 'toggle';
    default:
      return null;
  }
}

/** Timer functions, injectable so tests can tick by hand. */
export interface Clock {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realClock: Clock = {
  setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
  clearInterval: (h) => globalThis.clearInterval(h as ReturnType<typeof setInterval>),
};

export class TimelineController extends EventTarget {
  years: number[] = [];
  year = 0;
  playing = false;
  speed: Speed = 'normal';
  private timer: unknown = null;

  constructor(private readonly clock: Clock = realClock) {
    super();
  }

  /** Sets the slider's years (ascending) and the selected year, without firing `year`. */
  setYears(years: number[], year: number): void {
    this.years = [...years];
    this.year = year;
    if (years.length < 2 && this.playing) this.pause();
  }

  get index(): number {
    return this.years.indexOf(this.year);
  }

  get atEnd(): boolean {
    return this.index === this.years.length - 1;
  }

  select(year: number): void {
    if (!this.years.includes(year) || year === this.year) return;
    this.year = year;
    this.dispatchEvent(new CustomEvent<number>('year', { detail: year }));
  }

  step(delta: number): void {
    const i = Math.min(this.years.length - 1, Math.max(0, this.index + delta));
    if (i >= 0) this.select(this.years[i]);
  }

  play(): void {
    if (this.playing || this.years.length < 2) return;
    if (this.atEnd) this.select(this.years[0]);
    this.playing = true;
    this.restartTimer();
    this.changed();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.clock.clearInterval(this.timer);
    this.timer = null;
    this.changed();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    if (this.playing) this.restartTimer();
    this.changed();
  }

  /** Runs a keyboard / button action. */
  run(action: TimelineAction): void {
    if (action !== 'toggle') this.pause();
    if (action === 'prev') this.step(-1);
    else if (action === 'next') this.step(1);
    else if (action === 'first') this.select(this.years[0]);
    else if (action === 'last') this.select(this.years[this.years.length - 1]);
    else this.toggle();
  }

  /** One tick of playback: next year, and stop there if it is the last. */
  tick(): void {
    this.step(1);
    if (this.atEnd) this.pause();
  }

  dispose(): void {
    this.pause();
  }

  private restartTimer(): void {
    if (this.timer !== null) this.clock.clearInterval(this.timer);
    this.timer = this.clock.setInterval(() => this.tick(), SPEEDS[this.speed]);
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
