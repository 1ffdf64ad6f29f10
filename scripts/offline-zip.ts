/**
 * Vite plugin: after the build (and after the service worker is written),
 * pack dist/ into dist/poverty-atlas-offline.zip — the whole site in one
 * file for a classroom without a network. Unzipped, it runs from any plain
 * static server (relative URLs throughout); OFFLINE.txt inside says how.
 * fflate: a small, maintained zip writer, so no archive code of our own.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, strToU8, type Zippable } from 'fflate';
import type { Plugin, ResolvedConfig } from 'vite';

export const OFFLINE_ZIP = 'poverty-atlas-offline.zip';
const FOLDER = 'poverty-atlas';

const README = `poverty-atlas: offline copy
=============================

Serve this folder with any static web server and open it in a browser, e.g.

    cd poverty-atlas
    python3 -m http.server 8000        # then open http://127.0.0.1:8000/

Opening index.html straight from the disk (file://) does not work: browsers
refuse to load the map's data files and scripts from file:// pages.
Nothing in this copy requests anything from the internet.

离线版：用任何静态网页服务器打开本文件夹（例如上面的 python3 命令），
然后在浏览器中访问 http://127.0.0.1:8000/ 。直接双击 index.html 无法加载数据。
`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

export function offlineZip(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-offline-zip',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        const out = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
        const files: Zippable = { [`${FOLDER}/OFFLINE.txt`]: strToU8(README) };
        for (const path of filesUnder(out)) {
          const name = relative(out, path).split(sep).join('/');
          if (name === OFFLINE_ZIP) continue;
          // A fixed date keeps the zip's bytes the same for the same build.
          files[`${FOLDER}/${name}`] = [readFileSync(path), { mtime: new Date('2020-01-01T00:00:00Z') }];
        }
        writeFileSync(join(out, OFFLINE_ZIP), zipSync(files, { level: 9 }));
      },
    },
  };
}
