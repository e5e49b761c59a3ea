/** Builds the bot and everything it stands on, once, for the server and for tests alike. */
import {
  ConversationState,
  UserState,
  type BotAdapter,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog';
import { AgencyCatalogue } from './agencies/agencyCatalogue';
import { UkraineGuide } from './agencies/ukraineGuide';
import { OFFICES_FILE, OfficeDirectory } from './offices';
import { loadPlaceResolver, type PlaceResolver } from './places';
import { Understanding } from './understanding/understanding';
import type { DialogServices } from '../dialogs/dialogServices';
import { isVoiceActivity } from './activityText';
import { GuideBot } from './bot';
import type { Config } from './config';
import { CommandMatcher } from './language/commandMatcher';
import { FollowUpReader } from './language/followUpReader';
import { LanguageDecider, localeToLang } from './language/languageDecider';
import { LanguageMiddleware, turnLang } from './language/languageMiddleware';
import { loadLanguageResources } from './language/languageResources';
import type { Logger } from './logger';
import { localesDir } from './paths';
import { createI18n } from './render/i18n';
import { Renderer } from './render/renderer';
import { GuideState } from './state/guideState';
import { NodeCacheStorage } from './state/nodeCacheStorage';

/** The assembled bot: what an adapter needs to run it. */
export interface Guide {
  bot: GuideBot;
  state: GuideState;
  renderer: Renderer;
  languageMiddleware: LanguageMiddleware;
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
}

/** Loads data, language resources and models, and builds the bot. Throws when a file is broken. */
export function createGuide(config: Config, options: GuideOptions = {}): Guide {
  const languages = loadLanguageResources(localesDir);
  const catalogue = AgencyCatalogue.fromFile();
  const offices = OfficeDirectory.fromFile(OFFICES_FILE, {
    staleAfterMonths: config.offices.staleAfterMonths,
    farKm: config.offices.farKm,
  });
  const ukraine = UkraineGuide.fromFile();
  const renderer = new Renderer(
    createI18n(localesDir),
    languages,
    catalogue,
    offices.remoteHelp,
    ukraine,
  );
  const conversationStorage =
    options.conversationStorage ?? new NodeCacheStorage(config.state.conversationTtlSeconds);
  const userStorage = options.userStorage ?? new NodeCacheStorage(config.state.userTtlSeconds);
  const state = new GuideState(
    new ConversationState(conversationStorage),
    new UserState(userStorage),
  );
  const services: DialogServices = {
    renderer,
    commands: new CommandMatcher(languages),
    state,
    languages,
    understanding: options.understanding ?? Understanding.fromLocales(),
    places: options.places ?? loadPlaceResolver(),
    offices,
    catalogue,
    followUps: new FollowUpReader(languages),
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
    close() {
      for (const storage of [conversationStorage, userStorage]) {
        if (storage instanceof NodeCacheStorage) storage.close();
      }
    },
  };
}

/** Adds the guide's middleware and error handler to an adapter (CloudAdapter or TestAdapter). */
export function attachGuide<A extends BotAdapter>(adapter: A, guide: Guide, logger: Logger): A {
  adapter.use(guide.languageMiddleware);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: error, channelId: context.activity.channelId, activityType: context.activity.type },
      'turn failed',
    );
    const lang = turnLang(context) ?? localeToLang(context.activity.locale) ?? 'sv';
    try {
      await context.sendActivity(
        guide.renderer.render(
          { kind: 'error' },
          {
            lang,
            channelId: context.activity.channelId,
            voice: isVoiceActivity(context.activity),
          },
        ),
      );
    } catch (sendError: unknown) {
      logger.error({ err: sendError }, 'could not send the apology');
    }
    try {
      await guide.state.clearConversation(context);
    } catch (clearError: unknown) {
      logger.error({ err: clearError }, 'could not clear the conversation state');
    }
  };
  return adapter;
}
