/** All settings, read from the environment once, validated at boot, with local-mode defaults. */
import { z } from 'zod';

const integer = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ invalid_type_error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  PORT: integer(0, 65535, 3978),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  CONVERSATION_TTL_MINUTES: integer(1, 7 * 24 * 60, 60),
  USER_STATE_TTL_DAYS: integer(1, 400, 30),
  MAX_BODY_BYTES: integer(1024, 10 * 1024 * 1024, 256 * 1024),
  MAX_TEXT_LENGTH: integer(100, 100_000, 2000),
  OFFICE_STALE_MONTHS: integer(1, 240, 24),
  OFFICE_FAR_KM: integer(1, 2000, 50),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

/** The bot's settings, typed. */
export interface Config {
  port: number;
  host: string;
  /** True when no Microsoft App credentials are configured: no auth, bundled widget, offline. */
  localMode: boolean;
  /** Bot Framework authentication, named as the Azure Bot samples name them. */
  auth: {
    MicrosoftAppId: string | undefined;
    MicrosoftAppPassword: string | undefined;
    MicrosoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    MicrosoftAppTenantId: string | undefined;
  };
  state: { conversationTtlSeconds: number; userTtlSeconds: number };
  limits: { maxBodyBytes: number; maxTextLength: number };
  offices: { staleAfterMonths: number; farKm: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/** Thrown when one or more settings are wrong; the message lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the settings; throws a ConfigError naming every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.MicrosoftAppId !== undefined && e.MicrosoftAppType !== 'UserAssignedMSI') {
    if (e.MicrosoftAppPassword === undefined) {
      problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
    }
  }
  if (e.MicrosoftAppId === undefined && e.MicrosoftAppPassword !== undefined) {
    problems.push('MicrosoftAppId: required when MicrosoftAppPassword is set');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppTenantId === undefined) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    localMode: e.MicrosoftAppId === undefined,
    auth: {
      MicrosoftAppId: e.MicrosoftAppId,
      MicrosoftAppPassword: e.MicrosoftAppPassword,
      MicrosoftAppType: e.MicrosoftAppType,
      MicrosoftAppTenantId: e.MicrosoftAppTenantId,
    },
    state: {
      conversationTtlSeconds: e.CONVERSATION_TTL_MINUTES * 60,
      userTtlSeconds: e.USER_STATE_TTL_DAYS * 24 * 3600,
    },
    limits: { maxBodyBytes: e.MAX_BODY_BYTES, maxTextLength: e.MAX_TEXT_LENGTH },
    offices: { staleAfterMonths: e.OFFICE_STALE_MONTHS, farKm: e.OFFICE_FAR_KM },
    logLevel: e.LOG_LEVEL,
  };
}
