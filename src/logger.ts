/** Structured logging (pino) that never writes personal numbers, phone numbers or e-mail addresses. */
import pino, { type Logger } from 'pino';
import { redactText } from './privacy/redact';

export type { Logger };

function redactError(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    return {
      type: err.name,
      message: redactText(err.message),
      stack: err.stack === undefined ? undefined : redactText(err.stack),
    };
  }
  return { message: redactText(String(err)) };
}

/** A logger at the given level; errors pass through the redactor. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      serializers: { err: redactError },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
