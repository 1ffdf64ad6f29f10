/**
 * Pipeline step `series`: read and validate geo/sources (same validation as
 * the app), pick one value per key (choose-shown), derive, validate the
 * derived rows too, write public/data/series.json and print coverage.
 * Inputs are explicit: geo/sources/* and, for land area, atlas.topo.json in
 * the output folder (written by the geometry step); a missing one stops the
 * step naming it. Names come from the name tables, never from the geometry,
 * so `--only series` writes the same file whatever the folder holds.
 */
import { join } from 'node:path';
import type { StepContext } from '../build.ts';
import type { Row } from '../../src/data/schema.ts';
import { formatCsv } from '../../src/data/csv.ts';
import { validateRows, SERIES_HEADER } from '../../src/data/validate-series.ts';
import { chooseShown } from './choose-shown.ts';
import { coverageTable, exitCoverageTable } from './coverage-table.ts';
import { deriveCountyCounts } from './derive-county-counts.ts';
import { deriveGdpGrowth } from './derive-gdp-growth.ts';
import { deriveLandArea } from './derive-land-area.ts';
import { readGeometry } from './read-geometry.ts';
import { readInputs } from './read-inputs.ts';
import { assembleSeriesFile, writeSeriesFile } from './write-series-file.ts';

export async function buildSeries(ctx: StepContext): Promise<void> {
  const atlas = readGeometry(ctx.out, 'atlas.topo.json'); // first: a missing input stops the step before any work
  const input = readInputs(ctx.root);
  ctx.log(`series: ${input.rows.length} rows from geo/sources/series, ${input.sources.length} sources, ${input.entities.length} entities`);
  const { shown, notes } = chooseShown(input.rows, input.sources, input.crossChecks);
  ctx.log(`series: ${shown.length} values shown, ${notes.length} cross-check notes`);
  const counts = deriveCountyCounts(shown, input.entities, input.exitMethods, input.batchCounts, ctx.log);
  const derived = [...deriveGdpGrowth(shown, input.sources, input.breaks), ...counts.rows, ...deriveLandArea(atlas, input.entities, ctx.log)];
  validateRows(toCsv(derived), '(derived rows)', input.ctx);
  const file = assembleSeriesFile([...shown, ...derived], input.sources, input.entities, input.breaks, notes, counts.methods, counts.coverage);
  const bytes = writeSeriesFile(join(ctx.out, 'series.json'), file);
  ctx.log(`series: wrote series.json, ${(bytes / 1024).toFixed(1)} KB, ${derived.length} derived values, ${counts.methods.length} value methods`);
  coverageTable(file).forEach((line) => ctx.log(line));
  exitCoverageTable(file).forEach((line) => ctx.log(line));
}

/** Derived rows as CSV, so they pass the same validation as the sources. */
function toCsv(rows: Row[]): string {
  return formatCsv([[...SERIES_HEADER], ...rows.map((r) => [r.entityId, r.indicator, r.year, r.value, r.unit, r.basis, r.sourceId, r.note ?? ''])]);
}
