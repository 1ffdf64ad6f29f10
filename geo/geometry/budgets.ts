/** Budgets of the geometry files (gzipped), printed by the build. */

export const BUDGETS_KB: Record<string, number> = { 'atlas.topo.json': 200, 'counties.topo.json': 600 };

/** Print a size table; a file over budget is flagged OVER (scripts/budgets.mjs enforces the dist budgets). */
export function printBudgets(sizes: Record<string, { raw: number; gzip: number }>, log: (l: string) => void): void {
  log('geometry budgets (gzip -9):');
  log('  file                  raw KB   gzip KB   budget KB');
  const over: string[] = [];
  for (const [file, s] of Object.entries(sizes)) {
    const budget = BUDGETS_KB[file]!;
    const gz = s.gzip / 1024;
    if (gz > budget) over.push(`${file} is ${gz.toFixed(1)} KB gzipped, budget ${budget} KB`);
    log(`  ${file.padEnd(20)} ${(s.raw / 1024).toFixed(1).padStart(7)} ${gz.toFixed(1).padStart(9)} ${String(budget).padStart(11)}${gz > budget ? '  OVER' : '  ok'}`);
  }
  if (over.length) log(`WARNING geometry over budget: ${over.join('; ')}`);
}
