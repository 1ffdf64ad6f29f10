/**
 * `npm run bench:trace`: a Chrome performance trace of the atlas's first view
 * (or `--view counties`), with the V8 CPU profile of the page's main thread
 * and of its workers, and a summary of where the time goes:
 * - milestones: when each file was requested and arrived, the first frame
 *   with the regions coloured (as in `npm run bench`);
 * - per thread: busy time by trace event (script, parse/compile, style,
 *   layout, paint, GC) and the long tasks (> 50 ms);
 * - per thread: the functions with the most self time, from the CPU profile.
 * The atlas is built without name mangling into .tmp/bench/trace-dist
 * (scripts/bench/trace.vite.config.ts) so functions keep their names. The raw trace goes to .tmp/bench/trace-<view>.json (open it
 * in Chrome DevTools' Performance panel). `--from FILE` summarises a saved trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, serveDist } from '../../test/browser/serve-dist';
import { chromiumArgs, chromiumPath } from '../chromium-path.mjs';

const view = process.argv.includes('--view') ? process.argv[process.argv.indexOf('--view') + 1] : 'areas';
const OUT = join(ROOT, '.tmp/bench');
const DIST = join(OUT, 'trace-dist');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

async function main(): Promise<void> {
  const from = process.argv.includes('--from') ? process.argv[process.argv.indexOf('--from') + 1] : null;
  if (from) return summarise(JSON.parse(readFileSync(from, 'utf8')), NaN, from);
  mkdirSync(OUT, { recursive: true });
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'scripts/bench/trace.vite.config.ts', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  const server = await serveDist({}, { root: DIST });
  const browser = await chromium.launch({ executablePath: chromiumPath({ full: true })!, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-devtools.timeline.frame',
    'disabled-by-default-v8.cpu_profiler',
    'v8.execute',
    'v8',
    'blink.user_timing',
    'loading',
    'latencyInfo',
    'toplevel',
  ];
  await browser.startTracing(page, { categories });
  const hash = view === 'areas' ? '' : `#v=1&view=${view}`;
  await page.goto(`${server.url}index.html${hash}`);
  // The map is drawn and settled: MapLibre's idle, or the SVG renderer's paths.
  // A string, not a function: tsx would wrap a named function in a helper the page lacks.
  const drawnAt = (await page.evaluate(`new Promise((done) => {
    const poll = () => {
      const el = document.querySelector('poverty-atlas');
      const map = el && el.mapInstance;
      if (map && map.loaded()) return map.once('idle', () => done(performance.now()));
      const svg = el && el.shadowRoot && el.shadowRoot.querySelector('atlas-map')?.shadowRoot?.querySelector('svg path[fill]');
      if (svg) return requestAnimationFrame(() => done(performance.now()));
      setTimeout(poll, 50);
    };
    poll();
  })`)) as number;
  await page.waitForTimeout(500);
  const buf = await browser.stopTracing();
  await context.close();
  await browser.close();
  await server.close();
  const file = join(OUT, `trace-${view}.json`);
  writeFileSync(file, buf);
  summarise(JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[], drawnAt, file);
}

function summarise(raw: { traceEvents: TraceEvent[] } | TraceEvent[], drawnAt: number, file: string): void {
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToBegin') ?? events.find((e) => e.name === 'TracingStartedInBrowser')!;
  const t0 = nav.ts;
  const rendererPid = events.find((e) => e.name === 'navigationStart')?.pid ?? events.find((e) => threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')?.pid;
  const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
  console.log(`\ntrace of the ${view} view: ${file}`);
  console.log(`map drawn and idle at ${drawnAt.toFixed(0)} ms after navigation start`);

  // Milestones: requests.
  console.log('\nrequests (sent → finished, ms after navigation start):');
  const sent = new Map<string, { url: string; ts: number }>();
  for (const e of events) {
    const d = e.args?.data as { requestId?: string; url?: string } | undefined;
    if (e.name === 'ResourceSendRequest' && d?.requestId && d.url && /^https?:/.test(d.url)) sent.set(d.requestId, { url: d.url, ts: e.ts });
    if (e.name === 'ResourceFinish' && d?.requestId && sent.has(d.requestId)) {
      const s = sent.get(d.requestId)!;
      console.log(`  ${ms(s.ts - t0).padStart(8)} → ${ms(e.ts - t0).padStart(8)}  ${s.url.replace(/^https?:\/\/[^/]+\//, '')}`);
    }
  }

  // Busy time per thread, by event, within the renderer process.
  const threads = [...threadName].filter(([key, name]) => key.startsWith(`${rendererPid}:`) && /CrRendererMain|DedicatedWorker|Compositor|Raster/.test(name));
  const BUCKETS: Array<[RegExp, string]> = [
    [/^(FunctionCall|EvaluateScript|v8\.run|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.evaluateModule)$/, 'script'],
    [/compile|parse|Compile|Parse/i, 'parse/compile'],
    [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
    [/^Layout$/, 'layout'],
    [/^(Paint|PaintImage|RasterTask|Decode.*|CompositeLayers|Commit|PrePaint|Layerize)$/, 'paint/composite'],
    [/GC|gc/, 'garbage collection'],
  ];
  for (const [key, name] of threads) {
    const [pid, tid] = key.split(':').map(Number);
    const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= t0);
    const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const busy = tasks.reduce((s, e) => s + e.dur!, 0);
    const long = tasks.filter((e) => e.dur! > 50_000).sort((a, b) => b.dur! - a.dur!);
    if (busy < 20_000) continue;
    console.log(`\n${name} (tid ${tid}): busy ${ms(busy)}; ${long.length} long tasks (> 50 ms) = ${ms(long.reduce((s, e) => s + e.dur!, 0))}, longest ${long.slice(0, 5).map((e) => `${ms(e.dur!)} at ${ms(e.ts - t0)}`).join(', ')}`);
    const byBucket = new Map<string, number>();
    for (const e of mine) {
      const b = BUCKETS.find(([re]) => re.test(e.name))?.[1];
      if (b) byBucket.set(b, (byBucket.get(b) ?? 0) + e.dur!);
    }
    console.log(`  by kind (nested events overlap): ${[...byBucket].sort((a, b) => b[1] - a[1]).map(([b, d]) => `${b} ${ms(d)}`).join(', ')}`);
  }

  // CPU profile: self time per function, per profiled thread.
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number };
  const profiles = new Map<string, { pid: number; tid: number; nodes: Map<number, Node>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(`${e.pid}:${e.id}`);
      const d = e.args?.data as { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      if (!p || !d) continue;
      for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(d.cpuProfile?.samples ?? []));
      p.deltas.push(...(d.timeDeltas ?? []));
    }
  }
  for (const p of profiles.values()) {
    const self = new Map<string, number>();
    for (let i = 0; i < p.samples.length; i++) {
      const n = p.nodes.get(p.samples[i]);
      if (!n) continue;
      const dt = p.deltas[i + 1] ?? 0;
      const url = (n.callFrame.url ?? '').replace(/^.*\//, '');
      const label = `${n.callFrame.functionName || '(anonymous)'}${url ? ` ${url}:${n.callFrame.lineNumber + 1}` : ''}`;
      self.set(label, (self.get(label) ?? 0) + dt);
    }
    const total = [...self].filter(([k]) => k !== '(idle)').reduce((s, [, v]) => s + v, 0);
    if (total < 20_000) continue;
    console.log(`\nCPU profile, ${threadName.get(`${p.pid}:${p.tid}`) ?? `tid ${p.tid}`}: ${ms(total)} sampled (not idle); top functions by self time:`);
    for (const [label, dt] of [...self].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`  ${ms(dt).padStart(8)} ${((100 * dt) / total).toFixed(1).padStart(5)}%  ${label}`);
    }
  }
}

await main();
