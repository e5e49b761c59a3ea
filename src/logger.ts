/** Structured logging (pino) that never writes personal numbers, phone numbers or e-mail addresses. */
import { AuthenticationError } from 'botframework-connector';
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

/**
 * Sends what libraries print on the console to the structured log instead. botbuilder's
 * CloudAdapter prints every refused request's error with its stack through `console.error`, which
 * under a flood of forged tokens filled stderr outside pino: now each is one redacted `warn` line
 * without a stack. Other console output keeps its level, redacted. Returns a function that puts
 * the console back.
 */
export function routeConsoleToLogger(logger: Logger): () => void {
  const original = { error: console.error, warn: console.warn };
  const write = (level: 'error' | 'warn', args: unknown[]): void => {
    const err = args.find((a): a is Error => a instanceof Error);
    if (err instanceof AuthenticationError) {
      logger.warn({ status: err.statusCode, reason: redactText(err.message) }, 'request refused');
    } else if (err !== undefined) {
      logger[level]({ err }, `console.${level}`);
    } else {
      const text = args.map(String).join(' ');
      // Node prints its process warnings ("(node:42) DeprecationWarning: …") through console.error.
      const warning = /^\(node:\d+\) (?:\[\w+\] )?\w*Warning:/.test(text);
      logger[warning ? 'warn' : level]({ console: redactText(text) }, `console.${level}`);
    }
  };
  console.error = (...args: unknown[]) => {
    write('error', args);
  };
  console.warn = (...args: unknown[]) => {
    write('warn', args);
  };
  return () => {
    console.error = original.error;
    console.warn = original.warn;
  };
}
