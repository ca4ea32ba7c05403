/**
 * Version of the cleaning rules. It is part of every article's content hash, so changing the
 * rules makes the next import re-clean every file instead of reporting it unchanged.
 */
export const PIPELINE_VERSION = "2026-12-08.4";
