/** Builds the bot and everything it stands on, once, for the server and for tests alike. */
import { type BotAdapter, type Storage, type TurnContext } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog';
import { AgencyCatalogue } from './agencies/agencyCatalogue';
import { UkraineGuide } from './agencies/ukraineGuide';
import { OFFICES_FILE, OfficeDirectory, type RemoteHelp } from './offices';
import { OfficeListService } from './offices/officeList';
import { loadPlaceResolver, type PlaceResolver } from './places';
import { Interpreter, type ButtonTitles } from './understanding/interpreter';
import { AGENCY_IDS } from './agencies/agencyIds';
import type { Lang } from './languages';
import { NAME_FORMS } from './render/names';
import { Understanding } from './understanding/understanding';
import { ClassificationMemo } from './understanding/classificationMemo';
import type { DialogServices } from '../dialogs/dialogServices';
import { isVoiceActivity } from './activityText';
import { SpokenNumbers } from './channels/telephony/spokenNumbers';
import { TelephonyInputMiddleware } from './channels/telephony/telephonyInputMiddleware';
import { GuideBot } from './bot';
import type { Config } from './config';
import { CommandMatcher } from './language/commandMatcher';
import { FollowUpReader } from './language/followUpReader';
import { LanguageDecider } from './language/languageDecider';
import { LanguageMiddleware, turnLang } from './language/languageMiddleware';
import { loadLanguageResources } from './language/languageResources';
import type { Logger } from './logger';
import { localesDir } from './paths';
import { createI18n } from './render/i18n';
import { Renderer } from './render/renderer';
import type { Answer } from './render/answer';
import { GuideMetrics } from './metrics/guideMetrics';
import { TurnMetricsMiddleware } from './metrics/turnMetricsMiddleware';
import { ConflictRetryMiddleware } from './state/conflictRetryMiddleware';
import { GuideState } from './state/guideState';
import { JsonBotState } from './state/jsonChangeState';
import { createStateStorages } from './state/stateStorages';
import { StateResetMiddleware } from './state/stateResetMiddleware';
import { isStorageError } from './state/storageErrors';
import { TurnDrain } from './turnDrain';

/** The assembled bot: what an adapter needs to run it. */
export interface Guide {
  bot: GuideBot;
  state: GuideState;
  renderer: Renderer;
  languageMiddleware: LanguageMiddleware;
  /** Keypad digits and spoken numbers of phone callers, read before the language is decided. */
  telephonyMiddleware: TelephonyInputMiddleware;
  /** Prometheus metrics of this bot (GET /metrics). */
  metrics: GuideMetrics;
  /** Log each turn's (redacted) message text. */
  logMessageText: boolean;
  /** False while state storage does not answer (probes it then): the readiness check. */
  storageHealthy(): Promise<boolean>;
  /** Help without the bot (Statens servicecenter's number): the widget offers it when it cannot connect. */
  remoteHelp: RemoteHelp;
  /** The turns in flight, for the SIGTERM drain; once draining, the server refuses new requests. */
  turns: TurnDrain;
  /** Stops timers so the process can exit. */
  close(): void;
}

export interface GuideOptions {
  /** Storage for conversation state; defaults to in-process storage with the configured TTL. */
  conversationStorage?: Storage;
  /** Storage for user state; defaults to in-process storage with the configured TTL. */
  userStorage?: Storage;
  /** A trained Understanding to share (tests build it once). */
  understanding?: Understanding;
  /** A loaded PlaceResolver to share. */
  places?: PlaceResolver;
  /** The clock (tests freeze it). */
  now?: () => Date;
  /** Metrics to count into (defaults to a new registry). */
  metrics?: GuideMetrics;
}

/** What a person may tap or name in `lang`: the guide's topic buttons, the bodies' names in their forms. */
function buttonTitles(renderer: Renderer, lang: Lang): ButtonTitles[Lang] {
  const agencies = AGENCY_IDS.map((id) => {
    const name = renderer.agencyName(id, lang);
    return [id, [name.nom, ...NAME_FORMS.map((f) => name.form(f))]] as const;
  });
  return {
    ukraineTopics: renderer.ukraineTopicTitles(lang),
    agencies: Object.fromEntries(agencies),
  };
}

/** Loads data, language resources and models, and builds the bot. Throws when a file is broken. */
export function createGuide(config: Config, options: GuideOptions = {}): Guide {
  const languages = loadLanguageResources(localesDir);
  const catalogue = AgencyCatalogue.fromFile();
  const offices = OfficeDirectory.fromFile(OFFICES_FILE, {
    staleAfterMonths: config.offices.staleAfterMonths,
    farKm: config.offices.farKm,
    oldAfterYears: config.offices.oldAfterYears,
    gapPopulation: config.offices.gapPopulation,
    gapKm: config.offices.gapKm,
  });
  const ukraine = UkraineGuide.fromFile();
  const renderer = new Renderer(
    createI18n(localesDir),
    languages,
    catalogue,
    offices.remoteHelp,
    ukraine,
    config.voices,
  );
  const metrics = options.metrics ?? new GuideMetrics();
  const storages = createStateStorages(
    config,
    (operation, kind) => {
      metrics.storageError(operation, kind);
    },
    { conversation: options.conversationStorage, user: options.userStorage },
  );
  const state = new GuideState(
    JsonBotState.conversation(storages.conversation),
    JsonBotState.user(storages.user),
  );
  const places =
    options.places ??
    loadPlaceResolver(
      undefined,
      undefined,
      offices.offices.map((o) => o.position),
    );
  const followUps = new FollowUpReader(languages);
  const services: DialogServices = {
    renderer,
    state,
    languages,
    interpreter: new Interpreter(
      new ClassificationMemo(options.understanding ?? Understanding.fromLocales()),
      places,
      new CommandMatcher(languages),
      followUps,
      languages,
      {
        sv: buttonTitles(renderer, 'sv'),
        en: buttonTitles(renderer, 'en'),
        uk: buttonTitles(renderer, 'uk'),
      },
    ),
    places,
    offices,
    officeList: new OfficeListService(offices),
    catalogue,
    followUps,
    ukraine,
    now: options.now ?? (() => new Date()),
  };
  const bot = new GuideBot(services, new MainDialog(services), {
    maxTextLength: config.limits.maxTextLength,
  });
  return {
    bot,
    state,
    renderer,
    languageMiddleware: new LanguageMiddleware(new LanguageDecider(languages), state),
    telephonyMiddleware: new TelephonyInputMiddleware(state, languages, SpokenNumbers.load()),
    metrics,
    logMessageText: config.logMessageText,
    storageHealthy: () => storages.health.healthy(),
    remoteHelp: offices.remoteHelp,
    turns: new TurnDrain(),
    close() {
      storages.close();
    },
  };
}

/** Conversations remembered as having failed their last turn, at most (a second failure in a row starts afresh). */
const MAX_FAILED_CONVERSATIONS = 10_000;

/** Adds the guide's middleware and error handler to an adapter (CloudAdapter or TestAdapter). */
export function attachGuide<A extends BotAdapter>(adapter: A, guide: Guide, logger: Logger): A {
  const send = async (context: TurnContext, answer: Answer) => {
    const lang = turnLang(context) ?? guide.languageMiddleware.languageWithoutState(context);
    const { channelId } = context.activity;
    const voice = isVoiceActivity(context.activity);
    await context.sendActivity(guide.renderer.render(answer, { lang, channelId, voice }));
  };
  adapter.use(guide.turns);
  adapter.use(
    new TurnMetricsMiddleware(guide.metrics, logger, { logMessageText: guide.logMessageText }),
  );
  adapter.use(new ConflictRetryMiddleware([guide.state.conversationState, guide.state.userState]));
  adapter.use(guide.telephonyMiddleware);
  adapter.use(guide.languageMiddleware);
  adapter.use(
    new StateResetMiddleware(
      [
        { scope: 'conversation', state: guide.state.conversationState },
        { scope: 'user', state: guide.state.userState },
      ],
      logger,
      (context) => send(context, { kind: 'stateReset' }),
    ),
  );
  const failedLastTurn = new Set<string>();
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Apologise and keep the stored state: the failed turn's changes are never saved, so the
    // conversation goes on from its last good turn (a storage conflict or outage alike). Only a
    // second failure in a row of one conversation starts it afresh, so no state can lock it.
    const storage = isStorageError(error) ? error.kind : undefined;
    logger.error(
      {
        err: error,
        storage,
        channelId: context.activity.channelId,
        activityType: context.activity.type,
      },
      'turn failed',
    );
    try {
      await send(context, { kind: 'error' });
    } catch (sendError: unknown) {
      logger.error({ err: sendError }, 'could not send the apology');
    }
    if (storage !== undefined) return;
    const id = `${context.activity.channelId}/${context.activity.conversation.id}`;
    if (!failedLastTurn.delete(id)) {
      if (failedLastTurn.size >= MAX_FAILED_CONVERSATIONS) failedLastTurn.clear();
      failedLastTurn.add(id);
      return;
    }
    try {
      await guide.state.clearConversation(context);
    } catch (clearError: unknown) {
      logger.error({ err: clearError }, 'could not clear the conversation state');
    }
  };
  return adapter;
}
