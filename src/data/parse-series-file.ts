/**
 * Checks `series.json` when the app loads it, against the valibot schema
 * (series-schema.ts), then what a schema cannot say (every indicator of
 * `values` is defined, every source index exists). A broken file gives a
 * DataError naming file, row 0, the path of the field and the reason, not a
 * crash or a page stuck on "Loading…".
 */
import * as v from 'valibot';
import { DataError } from './data-error';
import type { SeriesFile } from './schema';
import { SeriesFileSchema } from './series-schema';

/** The schema with `values` taken as it is: for a file whose values `plainValues` has already passed. */
const SchemaWithoutValues = v.looseObject({ ...SeriesFileSchema.entries, values: v.any() });

/**
 * True when every value is a `[year, finite number, source index]` triple of
 * plain numbers in plain objects — what the schema's `values` accepts, and
 * nothing it would refuse. The 7,000-odd points then skip valibot, which
 * copies each one (three quarters of the load's validation time, measured in
 * a trace of the first view); anything else goes through the full schema,
 * which names the field.
 */
function plainValues(values: unknown): boolean {
  const plainObject = (o: unknown): o is Record<string, unknown> => typeof o === 'object' && o !== null && !Array.isArray(o);
  if (!plainObject(values)) return false;
  for (const byEntity of Object.values(values)) {
    if (!plainObject(byEntity)) return false;
    for (const points of Object.values(byEntity)) {
      if (!Array.isArray(points)) return false;
      for (const p of points) {
        if (!Array.isArray(p) || p.length !== 3 || !Number.isInteger(p[0]) || !Number.isFinite(p[1]) || !Number.isInteger(p[2]) || p[2] < 0) return false;
      }
    }
  }
  return true;
}

export function parseSeriesFile(json: unknown, fileName: string): SeriesFile {
  const fail = (field: string, reason: string): never => {
    throw new DataError(fileName, 0, field, reason);
  };
  const fast = typeof json === 'object' && json !== null && plainValues((json as { values?: unknown }).values);
  const result = fast ? v.safeParse(SchemaWithoutValues, json, { abortEarly: true }) : v.safeParse(SeriesFileSchema, json, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    return fail(pathOf(issue.path), reasonOf(issue));
  }
  const file = result.output as SeriesFile;
  const ids = new Set(file.indicators.map((d) => d.id));
  for (const [ind, byEntity] of Object.entries(file.values)) {
    if (!ids.has(ind)) fail(`values.${ind}`, `unknown indicator "${ind}"`);
    for (const [entity, points] of Object.entries(byEntity)) {
      points.forEach((p, i) => {
        if (p[2] >= file.sources.length) fail(`values.${ind}.${entity}[${i}]`, `source index ${p[2]} out of range`);
      });
    }
  }
  return file;
}

/** "indicators[3].kinds", "values.gdp.510100[1]"; "(root)" for the file itself. */
function pathOf(path: v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '(root)';
  return path.map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`)).join('');
}

/** The reason in words a data editor understands. */
function reasonOf(issue: v.BaseIssue<unknown>): string {
  const found = issue.received === 'undefined' ? 'nothing (missing)' : issue.received;
  if (issue.received === 'undefined') return `missing (expected ${issue.kind === 'schema' && issue.type === 'object' ? 'an object' : 'a value'})`;
  if (issue.type === 'picklist') return `expected one of ${issue.expected?.replace(/^\((.*)\)$/, '$1')}, found ${found}`;
  if (issue.type === 'min_length') return `${issue.message}, found none`;
  return `expected ${issue.expected ?? issue.type}, found ${found}`;
}
