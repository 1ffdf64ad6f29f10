// Placeholder until the series step lands (DATA helper replaces this file).
import type { StepContext } from '../build.ts';

export async function buildSeries(ctx: StepContext): Promise<void> {
  ctx.log('series: not built yet');
}
