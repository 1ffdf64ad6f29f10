/**
 * Pipeline step `series`: read and validate geo/sources (same validation as
 * the app), pick one value per key (choose-shown), derive, validate the
 * derived rows too, write public/data/series.json and print coverage.
 * Reads atlas.topo.json and counties.topo.json from the output folder, when
 * present, for land area and for the names the map shows.
 */
import { join } from 'node:path';
import type { StepContext } from '../build.ts';
import type { Row } from '../../src/data/schema.ts';
import { validateRows, SERIES_HEADER } from '../../src/data/validate-series.ts';
import { csvField } from '../../src/data/parse-csv.ts';
import { chooseShown } from './choose-shown.ts';
import { coverageTable } from './coverage-table.ts';
import { deriveCountyCounts } from './derive-county-counts.ts';
import { deriveGdpGrowth } from './derive-gdp-growth.ts';
import { deriveLandArea } from './derive-land-area.ts';
import { readGeometry, withGeometryNames } from './read-geometry.ts';
import { readInputs } from './read-inputs.ts';
import { assembleSeriesFile, writeSeriesFile } from './write-series-file.ts';

export async function buildSeries(ctx: StepContext): Promise<void> {
  const input = readInputs(ctx.root);
  ctx.log(`series: ${input.rows.length} rows from geo/sources/series, ${input.sources.length} sources, ${input.entities.length} entities`);
  const { shown, notes } = chooseShown(input.rows, input.sources, input.crossChecks);
  ctx.log(`series: ${shown.length} values shown, ${notes.length} cross-check notes`);
  const atlas = readGeometry(ctx.out, 'atlas.topo.json', ctx.log);
  const counties = readGeometry(ctx.out, 'counties.topo.json', ctx.log);
  const derived = [
    ...deriveGdpGrowth(shown, input.sources, input.breaks),
    ...deriveCountyCounts(shown, input.entities, ctx.log),
    ...deriveLandArea(atlas, input.entities, ctx.log),
  ];
  validateRows(toCsv(derived), '(derived rows)', input.ctx);
  const entities = withGeometryNames(input.entities, { ...atlas, ...counties }, ctx.log);
  const file = assembleSeriesFile([...shown, ...derived], input.sources, entities, input.breaks, notes);
  const bytes = writeSeriesFile(join(ctx.out, 'series.json'), file);
  ctx.log(`series: wrote series.json, ${(bytes / 1024).toFixed(1)} KB, ${derived.length} derived values`);
  coverageTable(file).forEach((line) => ctx.log(line));
}

/** Derived rows as CSV, so they pass the same validation as the sources. */
function toCsv(rows: Row[]): string {
  const lines = rows.map((r) => [r.entityId, r.indicator, String(r.year), String(r.value), r.unit, r.basis, r.sourceId, r.note ?? ''].map(csvField).join(','));
  return [SERIES_HEADER.join(','), ...lines].join('\n');
}
