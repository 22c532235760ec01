// A small structured logger (JSON lines on stderr). Never log tokens, template bodies or e-mails.
import { env } from "@/lib/env";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;
type Fields = Record<string, unknown>;

function serialise(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export type Logger = {
  child(fields: Fields): Logger;
} & Record<Level, (fields: Fields, message: string) => void>;

function make(base: Fields): Logger {
  const write = (level: Level) => (fields: Fields, message: string) => {
    if (LEVELS[level] < LEVELS[env.LOG_LEVEL]) return;
    const entry: Fields = { time: new Date().toISOString(), level, msg: message, ...base };
    for (const [k, v] of Object.entries(fields)) entry[k] = serialise(v);
    process.stderr.write(JSON.stringify(entry) + "\n");
  };
  return {
    child: (fields) => make({ ...base, ...fields }),
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
  };
}

export const logger = make({});
