export function chromiumPath(options?: { full?: boolean }): string | null;
export const chromiumArgs: string[];
export const DISABLED_FEATURES: string[];
export const PLAYWRIGHT_DISABLED_FEATURES: string[];
