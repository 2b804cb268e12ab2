/**
 * The part of autocannon 9's programmatic API the bench uses (the package
 * ships no types). Called without a callback it returns a thenable tracker.
 */
declare module "autocannon" {
  interface AutocannonOptions {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    amount?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    pipelining?: number;
    workers?: number;
  }

  /** hdr-histogram-percentiles-obj: every value is in the histogram's unit (ms for latency). */
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    sent?: number;
    p2_5: number;
    p50: number;
    p75: number;
    p90: number;
    p97_5: number;
    p99: number;
    p99_9: number;
  }

  interface AutocannonResult {
    url: string;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Seconds. */
    duration: number;
    connections: number;
    "2xx": number;
    start: Date;
    finish: Date;
  }

  interface Tracker extends PromiseLike<AutocannonResult> {
    stop(): void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  function autocannon(options: AutocannonOptions): Tracker;
  export default autocannon;
  export type { AutocannonOptions, AutocannonResult, Histogram, Tracker };
}
