/** Types for run-bundle.mjs (plain JavaScript so it runs before anything transpiles). */
export function runBundle(bundle: string, atExit?: () => void): void;
