// Placeholder until the geometry step lands (GEO helper replaces this file).
import type { StepContext } from '../build.ts';

export async function buildGeometry(ctx: StepContext): Promise<void> {
  ctx.log('geometry: not built yet');
}
