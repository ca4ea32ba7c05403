/** Types for fresh-bundle.mjs (plain JavaScript so it runs before anything transpiles). */
export function freshBundle(root: string, entry: string): string;
export function asciiOnly(code: string): string;
