/** All settings, read from the environment once, validated at boot, with local-mode defaults. */
import { z } from 'zod';
import { DEFAULT_VOICES } from './render/speech/voiceSettings';

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

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      errorMap: () => ({ message: 'must be true or false' }),
    })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A text-to-speech voice of one locale ("sv-SE-SofieNeural"); empty means the default. */
const voiceName = (locale: string, fallback: string) =>
  optionalText
    .refine((v) => v === undefined || (v.startsWith(`${locale}-`) && /^[\w:.-]+$/.test(v)), {
      message: `must be a ${locale} voice name, e.g. ${fallback}`,
    })
    .transform((v) => v ?? fallback);

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
  MEMORY_STATE_MAX_ITEMS: integer(100, 10_000_000, 20_000),
  MEMORY_STATE_MAX_MB: integer(2, 4096, 48),
  MAX_BODY_BYTES: integer(1024, 10 * 1024 * 1024, 256 * 1024),
  MAX_TEXT_LENGTH: integer(100, 100_000, 2000),
  OFFICE_STALE_MONTHS: integer(1, 240, 24),
  OFFICE_FAR_KM: integer(1, 2000, 50),
  OFFICE_OLD_YEARS: integer(1, 50, 5),
  LIKELY_GAP_POPULATION: integer(5000, 10_000_000, 15_000),
  LIKELY_GAP_KM: integer(1, 100, 10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  VOICE_SV: voiceName('sv-SE', DEFAULT_VOICES.sv),
  VOICE_EN: voiceName('en-GB', DEFAULT_VOICES.en),
  VOICE_UK: voiceName('uk-UA', DEFAULT_VOICES.uk),
  NODE_ENV: optionalText,
  ALLOW_LOCAL_MODE_IN_PRODUCTION: flag(false),
  RATE_LIMIT_CONVERSATION_PER_MINUTE: integer(0, 100_000, 60),
  RATE_LIMIT_IP_PER_MINUTE: integer(0, 1_000_000, 300),
  TRUST_PROXY: flag(false),
  STORAGE: z.enum(['memory', 'blob']).default('memory'),
  STORAGE_TIMEOUT_MS: integer(200, 60_000, 3000),
  SHUTDOWN_DRAIN_MS: integer(0, 600_000, 25_000),
  BLOB_CONNECTION_STRING: optionalText,
  BLOB_CONTAINER: z
    .string()
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/, 'must be a valid blob container name')
    .default('bot-state'),
  LOG_MESSAGE_TEXT: flag(false),
  METRICS_TOKEN: optionalText,
  DIRECT_LINE_SECRET: optionalText,
  DIRECT_LINE_ENDPOINT: z
    .string()
    .trim()
    .url('must be a URL such as https://directline.botframework.com')
    .default('https://directline.botframework.com')
    .transform((v) => v.replace(/\/+$/, '')),
});

/** Every setting the bot reads from the environment (the deploy template is checked against it). */
export const SETTING_NAMES: readonly string[] = Object.keys(schema.shape);

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
  /** Expiry of state, and (STORAGE=memory) how many items and bytes each in-process store holds at most. */
  state: {
    conversationTtlSeconds: number;
    userTtlSeconds: number;
    memoryMaxItems: number;
    /** Heap bytes the in-process stores hold at most: conversations and users together. */
    memoryMaxBytes: number;
  };
  limits: { maxBodyBytes: number; maxTextLength: number };
  /**
   * Office ages and distances: `oldAfterYears` orders old offices after newer ones; a locality of
   * `gapPopulation` people (or a county seat) with no office of ours within `gapKm` is a likely gap.
   */
  offices: {
    staleAfterMonths: number;
    farKm: number;
    oldAfterYears: number;
    gapPopulation: number;
    gapKm: number;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The neural voice of each language on voice channels. */
  voices: { sv: string; en: string; uk: string };
  /** NODE_ENV is "production": local mode refuses to start unless explicitly allowed. */
  production: boolean;
  /** Requests per minute; 0 turns a limit off. */
  rateLimits: { perConversationPerMinute: number; perIpPerMinute: number; trustProxy: boolean };
  /** Where conversation and user state live: this process, or Azure Blob Storage shared by all instances. */
  storage: { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };
  /** Milliseconds one storage call may take (retries included) before the turn apologises. */
  storageTimeoutMs: number;
  /** Milliseconds a stopping process (SIGTERM) waits for the turns in flight before it cuts them. */
  shutdownDrainMs: number;
  /** Log each turn's message text (redacted). Off by default: logs hold no message text. */
  logMessageText: boolean;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** Azure Direct Line for the web widget: with a secret, POST /api/directline/token hands out tokens. */
  directLine: { secret: string | undefined; endpoint: string };
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
  const production = e.NODE_ENV?.toLowerCase() === 'production';
  if (production && e.MicrosoftAppId === undefined && !e.ALLOW_LOCAL_MODE_IN_PRODUCTION) {
    problems.push(
      'MicrosoftAppId: required when NODE_ENV is production (local mode accepts unauthenticated requests; set ALLOW_LOCAL_MODE_IN_PRODUCTION=true to allow it)',
    );
  }
  if (e.STORAGE === 'blob' && e.BLOB_CONNECTION_STRING === undefined) {
    problems.push('BLOB_CONNECTION_STRING: required when STORAGE is blob');
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
      memoryMaxItems: e.MEMORY_STATE_MAX_ITEMS,
      memoryMaxBytes: e.MEMORY_STATE_MAX_MB * 1024 * 1024,
    },
    limits: { maxBodyBytes: e.MAX_BODY_BYTES, maxTextLength: e.MAX_TEXT_LENGTH },
    offices: {
      staleAfterMonths: e.OFFICE_STALE_MONTHS,
      farKm: e.OFFICE_FAR_KM,
      oldAfterYears: e.OFFICE_OLD_YEARS,
      gapPopulation: e.LIKELY_GAP_POPULATION,
      gapKm: e.LIKELY_GAP_KM,
    },
    logLevel: e.LOG_LEVEL,
    voices: { sv: e.VOICE_SV, en: e.VOICE_EN, uk: e.VOICE_UK },
    production,
    rateLimits: {
      perConversationPerMinute: e.RATE_LIMIT_CONVERSATION_PER_MINUTE,
      perIpPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
      trustProxy: e.TRUST_PROXY,
    },
    storage:
      e.STORAGE === 'blob' && e.BLOB_CONNECTION_STRING !== undefined
        ? { kind: 'blob', connectionString: e.BLOB_CONNECTION_STRING, container: e.BLOB_CONTAINER }
        : { kind: 'memory' },
    storageTimeoutMs: e.STORAGE_TIMEOUT_MS,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    logMessageText: e.LOG_MESSAGE_TEXT,
    metricsToken: e.METRICS_TOKEN,
    directLine: { secret: e.DIRECT_LINE_SECRET, endpoint: e.DIRECT_LINE_ENDPOINT },
  };
}
