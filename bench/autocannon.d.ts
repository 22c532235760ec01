// The part of autocannon's API the job benchmarks use (the package ships no types).
declare module "autocannon" {
  type Latency = { p50: number; p90: number; p99: number; average: number; max: number };
  export type Result = {
    latency: Latency;
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats?: Record<string, { count: number }>;
  };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    method?: "GET" | "POST";
    headers?: Record<string, string>;
    body?: string;
  };
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
