import { setTimeout as sleep } from "node:timers/promises";
import { TokenBucket } from "limiter";
import pLimit from "p-limit";
import pRetry, { AbortError } from "p-retry";
import type { z } from "zod";
import { describeZodError } from "./api.ts";

/*
 * A polite client for data.police.uk: every attempt, retries included, takes
 * a token from one bucket (15 a second, bursts of 30: the API's published
 * limit), and only a few requests are in flight at once. 429 and 5xx answers
 * and network failures are retried with exponential backoff; a Retry-After
 * pauses every request, not just the one that got it. A malformed or
 * unexpected answer is not retried: it fails the caller with a message.
 */

export interface ClientOptions {
  /** Like https://data.police.uk/api, without a trailing slash. */
  readonly baseUrl: string;
  readonly ratePerSecond?: number;
  readonly burst?: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
  /** A request with no complete answer after this long is abandoned (and retried). */
  readonly timeoutMs?: number;
  /** Tries after the first. */
  readonly retries?: number;
  /** Backoff before the first retry; it doubles each time, up to maxRetryDelayMs. */
  readonly minRetryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  /** The longest Retry-After honoured; a longer one fails the request instead of stalling the run. */
  readonly maxRetryAfterMs?: number;
  readonly userAgent?: string;
}

export const CLIENT_DEFAULTS = {
  ratePerSecond: 15,
  burst: 30,
  concurrency: 4,
  timeoutMs: 15_000,
  retries: 3,
  minRetryDelayMs: 1_000,
  maxRetryDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
  userAgent: "safer-neighbourhoods-sync",
} as const;

/** A request that failed for good; the message names the request and why. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface PoliceApiClient {
  /** GET baseUrl + path, parsed as JSON and checked with the schema. */
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  /** Attempts made so far, retries included. */
  readonly requests: number;
}

export function createClient(options: ClientOptions): PoliceApiClient {
  const o = { ...CLIENT_DEFAULTS, ...withoutUndefined(options) };
  const bucket = new TokenBucket({ bucketSize: o.burst, tokensPerInterval: o.ratePerSecond, interval: "second" });
  // A standalone bucket starts empty; the API allows a burst from the start.
  bucket.content = o.burst;
  const inFlight = pLimit(o.concurrency);
  let pausedUntil = 0;
  let requests = 0;

  const attempt = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    for (let wait = pausedUntil - Date.now(); wait > 0; wait = pausedUntil - Date.now()) await sleep(wait);
    await bucket.removeTokens(1);
    requests++;
    let body: string;
    let response: Response;
    try {
      response = await fetch(`${o.baseUrl}${path}`, {
        headers: { accept: "application/json", "user-agent": o.userAgent },
        signal: AbortSignal.timeout(o.timeoutMs),
      });
      body = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      const reason = name === "TimeoutError" || name === "AbortError" ? `no answer within ${o.timeoutMs / 1000} s` : `${(error as Error).message}${causeOf(error)}`;
      throw new ApiError(reason, true);
    }
    if (response.status === 429 || response.status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      if (retryAfterMs !== undefined) {
        if (retryAfterMs > o.maxRetryAfterMs) throw new ApiError(`${response.status} ${response.statusText}, and Retry-After asks for ${Math.round(retryAfterMs / 1000)} s`, false);
        pausedUntil = Math.max(pausedUntil, Date.now() + retryAfterMs);
      }
      throw new ApiError(`${response.status} ${response.statusText}`.trim(), true, retryAfterMs);
    }
    if (!response.ok) throw new ApiError(`${response.status} ${response.statusText}`.trim(), false);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new ApiError(`the answer is not valid JSON (${(error as Error).message})`, false);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError(`unexpected answer: ${describeZodError(parsed.error)}`, false);
    return parsed.data;
  };

  return {
    get requests() {
      return requests;
    },
    async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
      let tries = 0;
      try {
        return await pRetry(
          async () => {
            tries++;
            try {
              return await inFlight(() => attempt(path, schema));
            } catch (error) {
              if (error instanceof ApiError && !error.retryable) throw new AbortError(error);
              throw error;
            }
          },
          {
            retries: o.retries,
            factor: 2,
            minTimeout: o.minRetryDelayMs,
            maxTimeout: o.maxRetryDelayMs,
            randomize: true,
          },
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const after = tries > 1 ? ` (after ${tries} tries)` : "";
        throw new ApiError(`GET ${path}: ${reason}${after}`, false);
      }
    },
  };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? ` (${cause.code ?? cause.message ?? ""})` : "";
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
