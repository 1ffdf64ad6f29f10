/**
 * A tiny static server for the browser tests and the screenshot script:
 * serves dist/ on 127.0.0.1 at a random port, with proper MIME types. If
 * dist/index.html is missing it runs `vite build` once first, so
 * `npx vitest run --project browser` works without `npm test`. It serves a
 * copy of dist/ taken at start, so a rebuild during a run (vite empties
 * dist/) cannot pull files from under a loading page.
 * Extra in-memory pages (e.g. a page with two atlases) can be added by path.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface DistServer {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Runs `vite build` when dist/index.html is missing. Throws with vite's output on failure. */
export function ensureBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) build();
}

/** Runs `vite build` into dist/. Throws with vite's output on failure. */
export function build(): void {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/**
 * The <script>/<link> tags of a built index.html (default dist/), to build
 * extra test pages on the same bundle. The page's own stylesheet (the atlas
 * filling the window) is left out: a test page lays itself out.
 */
export function builtHeadTags(root = DIST): string {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  return (html.match(/<(script|link)\b[^>]*(src|href)="[^"]*"[^>]*>(<\/script>)?/g) ?? [])
    .filter((tag) => /type="module"|rel="modulepreload"/.test(tag))
    .join('\n');
}

/**
 * Extra pages by path (`/two.html` → HTML). A function gets the served
 * copy's folder (for `builtHeadTags(root)`) and is called on each request.
 */
export type ExtraPages = Record<string, string | ((root: string) => string)>;

export interface ServeOptions {
  /** Headers added to every response, e.g. a Content-Security-Policy (embed/CSP tests). */
  headers?: Record<string, string>;
  /** Serve dist/ only under this folder (`/atlas/`), as a host serving the atlas at a sub-path. */
  mount?: string;
  /** Serve this folder instead of dist/ (the benchmark's site: the built atlas beside the peer pages). */
  root?: string;
}

/** Starts the server, serving dist/ and the extra pages from memory. */
export async function serveDist(pages: ExtraPages = {}, options: ServeOptions = {}): Promise<DistServer> {
  const extra = options.headers ?? {};
  const mount = options.mount ?? '/';
  if (!options.root) ensureBuilt();
  const root = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
  cpSync(options.root ?? DIST, root, { recursive: true });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': MIME['.html'], 'cache-control': 'no-store', ...extra });
      res.end(typeof page === 'function' ? page(root) : page);
      return;
    }
    if (!path.startsWith(mount)) {
      res.writeHead(404, { 'content-type': MIME['.txt'], ...extra }).end(`not found: ${path}`);
      return;
    }
    const inDist = `/${path.slice(mount.length)}`;
    const file = normalize(join(root, inDist.endsWith('/') ? `${inDist}index.html` : inDist));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': MIME['.txt'], ...extra }).end(`not found: ${path}`);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((ok) =>
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          ok();
        }),
      ),
  };
}
