/** Types for fresh-snapshot.mjs (plain JavaScript so it runs before anything transpiles). */
export function freshSnapshot(root: string, entry: string, execArgv: string[]): string;
