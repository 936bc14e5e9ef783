// Types for the part of autocannon 8 the benchmark uses: the package ships none, and @types/autocannon
// describes 7.x. Checked against node_modules/autocannon/lib (run.js, requestIterator.js, init.js).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Called for every response to this request, just before the instance's 'response' event. */
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
    }

    interface Options {
      /** One origin, or several: the connections are shared out among them. */
      url: string | string[];
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Requests in all before stopping (the duration still stops the run first). */
      maxOverallRequests?: number;
      /** Seconds before a request counts as timed out and its connection is reset. */
      timeout?: number;
      /** Stop after this many errors. */
      bailout?: number;
      pipelining?: number;
      headers?: Record<string, string>;
      /** Each connection cycles through these. */
      requests?: Request[];
      title?: string;
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p99: number;
    }

    interface Result {
      title?: string;
      connections: number;
      /** Seconds the run lasted. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      resets: number;
      '2xx': number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram & { sent: number };
      throughput: Histogram;
    }

    interface Instance extends EventEmitter, PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
