/**
 * This server process's own figures for benchmarks (issue 17): how late the event loop ran
 * (monitorEventLoopDelay: a stall anything waits for shows as its max) and the peak resident
 * memory. Per process by nature, so kept on globalThis (one histogram for every route bundle).
 */
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

const holder = globalThis as unknown as { __eventLoopDelay?: IntervalHistogram };

/** Starts sampling the loop every 10 ms (at server start); cheap enough to leave on. */
export function startLoopMonitor(): void {
  if (holder.__eventLoopDelay) return;
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  holder.__eventLoopDelay = h;
}

export interface ProcessMetrics {
  pid: number;
  /** Since start or the last reset, in ms; null when the monitor is not running. */
  loopDelay: { maxMs: number; p99Ms: number; meanMs: number; samples: number } | null;
  /** Peak resident set size of the process's life, and now, in bytes. */
  peakRssBytes: number;
  rssBytes: number;
}

export function processMetrics(reset = false): ProcessMetrics {
  const h = holder.__eventLoopDelay;
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const out: ProcessMetrics = {
    pid: process.pid,
    loopDelay: h && h.count > 0 ? { maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), meanMs: ms(h.mean), samples: h.count } : null,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    rssBytes: process.memoryUsage.rss(),
  };
  if (reset) h?.reset();
  return out;
}
