/** The data layer's name for lib/process-shared.ts (which the pure modules may import too). */
export { processShared } from "../process-shared";
