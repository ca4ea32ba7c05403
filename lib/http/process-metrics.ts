/**
 * This server process's own figures for benchmarks (issue 17): how late the event loop ran
 * (monitorEventLoopDelay: a stall anything waits for shows as its max) and the peak resident
 * memory. Per process by nature, so kept on globalThis (one histogram for every route bundle).
 */
import { monitorEventLoopDelay, performance, type EventLoopUtilization, type IntervalHistogram } from "node:perf_hooks";

const holder = globalThis as unknown as { __eventLoopDelay?: IntervalHistogram; __metricsSince?: { elu: EventLoopUtilization; cpu: NodeJS.CpuUsage; at: number } };

const mark = () => ({ elu: performance.eventLoopUtilization(), cpu: process.cpuUsage(), at: performance.now() });

/** Starts sampling the loop every 10 ms (at server start); cheap enough to leave on. */
export function startLoopMonitor(): void {
  if (holder.__eventLoopDelay) return;
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  holder.__eventLoopDelay = h;
  holder.__metricsSince = mark();
}

export interface ProcessMetrics {
  pid: number;
  /** Since start or the last reset, in ms; null when the monitor is not running. */
  loopDelay: { maxMs: number; p99Ms: number; meanMs: number; samples: number } | null;
  /** Peak resident set size of the process's life, and now, in bytes. */
  peakRssBytes: number;
  rssBytes: number;
  /**
   * Since start or the last reset: the share of wall time the event loop was busy (1: saturated,
   * requests queue), and the process's CPU time (every thread: the loop, workers, GC, zlib) as a
   * share of one core. Tell a server short of CPU from one that does too much.
   */
  busy: { loopUtilization: number; cpuCores: number; seconds: number } | null;
}

export function processMetrics(reset = false): ProcessMetrics {
  const h = holder.__eventLoopDelay;
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const out: ProcessMetrics = {
    pid: process.pid,
    loopDelay: h && h.count > 0 ? { maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), meanMs: ms(h.mean), samples: h.count } : null,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    rssBytes: process.memoryUsage.rss(),
    busy: null,
  };
  const since = holder.__metricsSince;
  if (since) {
    const seconds = (performance.now() - since.at) / 1000;
    const cpu = process.cpuUsage(since.cpu);
    out.busy = {
      loopUtilization: Math.round(performance.eventLoopUtilization(since.elu).utilization * 1000) / 1000,
      cpuCores: seconds > 0 ? Math.round(((cpu.user + cpu.system) / 1e6 / seconds) * 1000) / 1000 : 0,
      seconds: Math.round(seconds * 10) / 10,
    };
  }
  if (reset) {
    h?.reset();
    if (since) holder.__metricsSince = mark();
  }
  return out;
}
