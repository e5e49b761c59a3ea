/* The widget page's script: gets a Direct Line token, renders Web Chat, follows the conversation's language, shares the location and offers help when the chat cannot connect. */
(function () {
  'use strict';

  /** Web Chat's UI locale for each language of the bot. */
  var LOCALES = { sv: 'sv-SE', en: 'en-US', uk: 'uk-UA' };
  var STORAGE_KEY = 'servicekontor-guide.lang';
  /** The event in which the bot tells the page the conversation's language (value: "uk-UA"). */
  var LANGUAGE_EVENT = 'guide.language';

  var strings = {};
  var lang = initialLang();
  var config;
  var directLine;
  var store;
  var userId;
  var connected = false;
  /** Languages of messages that differ from their `locale` (a message the bot read as another language), by activity id. */
  var langById = {};
  /** Languages of recent messages by the start of their text, for Web Chat's live region, which shows text only. */
  var langByText = [];

  var root = document.getElementById('webchat-root');
  var statusLine = document.getElementById('status');
  var shareButton = document.getElementById('share-location');
  var errorPanel = document.getElementById('chat-error');
  var callLine = document.getElementById('chat-call');
  var retryButton = document.getElementById('chat-retry');

  function initialLang() {
    var fromQuery = new URLSearchParams(window.location.search).get('lang');
    if (fromQuery && LOCALES[fromQuery]) return fromQuery;
    try {
      var saved = window.localStorage.getItem(STORAGE_KEY);
      if (saved && LOCALES[saved]) return saved;
    } catch (e) {
      // Storage may be blocked; the browser's languages decide then.
    }
    var preferred = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < preferred.length; i++) {
      var prefix = langOf(preferred[i]);
      if (prefix) return prefix;
    }
    return 'sv';
  }

  /** The page language of a locale ("uk-UA" -> "uk"), or undefined for another language. */
  function langOf(locale) {
    var prefix = String(locale || '')
      .toLowerCase()
      .split('-')[0];
    return LOCALES[prefix] ? prefix : undefined;
  }

  function loadStrings(l) {
    if (strings[l]) return Promise.resolve(strings[l]);
    return getJSON('/web/strings/' + l).then(function (s) {
      strings[l] = s;
      return s;
    });
  }

  function t(key) {
    var s = strings[lang];
    return (s && s[key]) || '';
  }

  function say(key) {
    statusLine.textContent = key ? t(key) : '';
    statusLine.setAttribute('data-key', key || '');
  }

  /** A phone number as a tel: address: digits, Swedish numbers in international form. */
  function dialOf(number) {
    var digits = String(number).replace(/[^\d+]/g, '');
    return digits.charAt(0) === '0' ? '+46' + digits.slice(1) : digits;
  }

  /** The help line of the error state: the template's {{phone}} as a tel: link. */
  function writeCallLine() {
    callLine.textContent = '';
    var phone = config && config.help && config.help.phone;
    if (!phone) return;
    var parts = t('chat.callInstead').split('{{phone}}');
    callLine.appendChild(document.createTextNode(parts[0] || ''));
    var link = document.createElement('a');
    link.href = 'tel:' + dialOf(phone);
    link.textContent = phone;
    callLine.appendChild(link);
    callLine.appendChild(document.createTextNode(parts[1] || ''));
  }

  /** Writes the page's texts in the current language and marks the chosen language. */
  function applyStrings() {
    document.documentElement.lang = lang;
    document.title = t('page.title');
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].textContent = t(nodes[i].getAttribute('data-i18n'));
    }
    var buttons = document.querySelectorAll('button.language');
    for (var j = 0; j < buttons.length; j++) {
      var chosen = buttons[j].getAttribute('data-lang') === lang;
      buttons[j].setAttribute('aria-pressed', chosen ? 'true' : 'false');
    }
    var key = statusLine.getAttribute('data-key');
    if (key) statusLine.textContent = t(key);
    writeCallLine();
  }

  /** The chat's state on the page: connecting, connected or error; "share my location" works only when connected. */
  function setChatState(state) {
    connected = state === 'connected';
    document.body.setAttribute('data-chat-state', state);
    shareButton.disabled = !connected;
    errorPanel.hidden = state !== 'error';
  }

  /** A React element made like the one Web Chat rendered (its bundle does not expose React). */
  function element(like, type, props) {
    return {
      $$typeof: like.$$typeof,
      type: type,
      key: null,
      ref: null,
      props: props,
      _owner: null,
    };
  }

  function isElement(value) {
    return !!value && typeof value === 'object' && !!value.$$typeof;
  }

  /**
   * Wraps each message in an element that names the language it is written in (`data-locale`);
   * markLanguages() then sets `lang` on the message's own content only, so Web Chat's prefixes
   * ("Bot said:") and timestamps keep the page's language.
   */
  var activityMiddleware = function () {
    return function (next) {
      return function () {
        var card = arguments[0];
        var a = card && card.activity;
        var render = next.apply(null, arguments);
        if (typeof render !== 'function') return render;
        var locale = a && ((a.id && langById[a.id]) || a.locale);
        return function () {
          var rendered = render.apply(null, arguments);
          if (!isElement(rendered) || typeof locale !== 'string') return rendered;
          return element(rendered, 'div', {
            'data-locale': locale,
            className: 'activity-lang',
            children: rendered,
          });
        };
      };
    };
  };

  /** The time of a sent message as people in the page's language write it: 24-hour clock in Swedish and Ukrainian. */
  function clock(timestamp) {
    return new Date(timestamp).toLocaleTimeString(LOCALES[lang], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: lang === 'en' ? 'h12' : 'h23',
    });
  }

  /** Shows when a message was sent as a <time> (Web Chat's own says "7:02 fm" in Swedish); sending and failures stay Web Chat's. */
  var activityStatusMiddleware = function () {
    return function (next) {
      return function (args) {
        var shown = next(args);
        var a = args && args.activity;
        if (!isElement(shown) || !a || !a.timestamp || args.sendState !== 'sent') return shown;
        if (args.hideTimestamp) return shown;
        return element(shown, 'time', {
          className: 'activity-time',
          dateTime: new Date(a.timestamp).toISOString(),
          children: clock(a.timestamp),
        });
      };
    };
  };

  /** The first letters of a text, without Markdown or punctuation: how the live region's text is matched to its message. */
  function textKey(text) {
    return String(text || '')
      .replace(/\]\([^)]*\)/g, '')
      .replace(/https?:\/\/\S+/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .toLowerCase()
      .slice(0, 40);
  }

  function rememberText(text, locale) {
    var key = textKey(text);
    if (!key || !locale) return;
    langByText.unshift({ key: key, locale: locale });
    langByText.length = Math.min(langByText.length, 100);
  }

  function localeOfText(text) {
    var key = textKey(text);
    for (var i = 0; i < langByText.length; i++) {
      if (key && langByText[i].key === key) return langByText[i].locale;
    }
    return undefined;
  }

  /**
   * Sets `lang` where Web Chat cannot: on each message's content (text and cards) from its
   * wrapper's `data-locale`, and on each live-region announcement's content (not its prefix).
   */
  function markLanguages() {
    var wrappers = root.querySelectorAll('.activity-lang[data-locale]');
    for (var i = 0; i < wrappers.length; i++) {
      var locale = wrappers[i].getAttribute('data-locale');
      var contents = wrappers[i].querySelectorAll('.webchat__bubble__content');
      for (var j = 0; j < contents.length; j++) {
        if (contents[j].getAttribute('lang') !== locale) contents[j].setAttribute('lang', locale);
      }
    }
    var said = root.querySelectorAll('.webchat__live-region-activity:not([data-lang-marked])');
    for (var k = 0; k < said.length; k++) {
      var parts = said[k].children;
      var spoken = localeOfText(parts[1] ? parts[1].textContent : '');
      for (var m = 1; m < parts.length && spoken; m++) parts[m].setAttribute('lang', spoken);
      said[k].setAttribute('data-lang-marked', spoken || '');
    }
  }

  var marking = false;
  new MutationObserver(function () {
    if (marking) return;
    marking = true;
    window.requestAnimationFrame(function () {
      marking = false;
      markLanguages();
    });
  }).observe(root, { childList: true, subtree: true });

  /** Swedish phone numbers as they are written ("0771-451 000", "+46 8 564 851 60"). */
  var LONG_NUMBER =
    /(\+46(?: \d{1,3})(?: \d{2,3}){2,3}|\b0\d{1,3}-\d{2,3}(?: \d{2,3}){1,2})(?![\d-])/g;
  /** Short numbers ("112", "114 14", "1177"), linked only when the message's entities name them. */
  var SHORT_NUMBER = /(^|[^\w.\/-])(\d{3}(?: \d{2})?|\d{4})(?![\w-]|\.\w)/g;

  /** Makes the phone numbers of a Markdown text tel: links, leaving links and web addresses alone. */
  function linkPhones(text, known) {
    return text
      .split(/(\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|<[^>]*>)/)
      .map(function (part, i) {
        if (i % 2 === 1) return part;
        return part
          .replace(LONG_NUMBER, function (number) {
            return '[' + number + '](tel:' + dialOf(number) + ')';
          })
          .replace(SHORT_NUMBER, function (whole, before, number) {
            return known.indexOf(dialOf(number)) >= 0
              ? before + '[' + number + '](tel:' + dialOf(number) + ')'
              : whole;
          });
      })
      .join('');
  }

  /** The same, in the text blocks of Adaptive Cards. */
  function linkPhonesInCard(item, known) {
    if (Array.isArray(item)) {
      return item.map(function (x) {
        return linkPhonesInCard(x, known);
      });
    }
    if (!item || typeof item !== 'object') return item;
    var copy = {};
    Object.keys(item).forEach(function (key) {
      var value = item[key];
      if (key === 'text' && item.type === 'TextBlock' && typeof value === 'string') {
        copy[key] = linkPhones(value, known);
      } else if (key === 'body' || key === 'items' || key === 'columns' || key === 'content') {
        copy[key] = linkPhonesInCard(value, known);
      } else {
        copy[key] = value;
      }
    });
    return copy;
  }

  /** A bot message with its phone numbers as tel: links (the numbers its entities name count as phone numbers too). */
  function withPhoneLinks(a) {
    var known = (a.entities || [])
      .map(function (e) {
        return e && typeof e.telephone === 'string' ? dialOf(e.telephone) : '';
      })
      .filter(Boolean);
    var copy = Object.assign({}, a);
    if (typeof a.text === 'string') copy.text = linkPhones(a.text, known);
    if (Array.isArray(a.attachments)) copy.attachments = linkPhonesInCard(a.attachments, known);
    return copy;
  }

  function isLocationMessage(a) {
    return (
      a.type === 'message' &&
      !a.text &&
      a.from &&
      a.from.role === 'user' &&
      a.value &&
      a.value.type === 'location'
    );
  }

  /** What the page changes in a message before Web Chat keeps it: words for a shared location, phone links. */
  function adapted(a) {
    if (!a || typeof a !== 'object') return a;
    // The message carries only coordinates: the person and screen readers get words.
    if (isLocationMessage(a)) {
      rememberText(t('location.message'), LOCALES[lang]);
      return Object.assign({}, a, { text: t('location.message'), locale: LOCALES[lang] });
    }
    if (a.type === 'message' && a.from && a.from.role === 'bot') {
      rememberText(a.text, a.locale);
      return withPhoneLinks(a);
    }
    if (a.type === 'message') rememberText(a.text, langById[a.id] || a.locale);
    return a;
  }

  var ACTIVITY_ACTIONS = [
    'DIRECT_LINE/INCOMING_ACTIVITY',
    'DIRECT_LINE/POST_ACTIVITY_PENDING',
    'DIRECT_LINE/POST_ACTIVITY_FULFILLED',
    'DIRECT_LINE/POST_ACTIVITY_REJECTED',
  ];

  /** The page follows the bot's `guide.language` event; the message it answers was in that language. */
  function followBot(a) {
    var next = langOf(a.value);
    if (!next) return;
    if (a.replyToId) langById[a.replyToId] = a.value;
    switchLanguage(next, true);
  }

  var styleOptions = {
    accent: '#00507d',
    hideUploadButton: true,
    bubbleBackground: '#f3f5f7',
    bubbleBorderColor: '#c8ced4',
    bubbleBorderWidth: 1,
    bubbleTextColor: '#1b1b1b',
    bubbleFromUserBackground: '#e3eef6',
    bubbleFromUserBorderColor: '#9bb8cc',
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserTextColor: '#1b1b1b',
    bubbleMaxWidth: 640,
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
    sendBoxTextWrap: true,
    subtle: '#4a4a4a',
    suggestedActionLayout: 'flow',
    suggestedActionTextColor: '#00507d',
    suggestedActionBorderColor: '#00507d',
    timestampColor: '#4a4a4a',
  };

  /** A phone: suggested actions in one scrolling row instead of up to three wrapped ones. */
  var narrow = window.matchMedia('(max-width: 36rem)');

  function render() {
    var props = {
      directLine: directLine,
      store: store,
      locale: LOCALES[lang],
      styleOptions: Object.assign({}, styleOptions, {
        suggestedActionLayout: narrow.matches ? 'carousel' : 'flow',
      }),
      activityMiddleware: activityMiddleware,
      activityStatusMiddleware: activityStatusMiddleware,
    };
    if (userId) props.userID = userId;
    window.WebChat.renderWebChat(props, root);
  }

  function sendEvent(name, value) {
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: name, value: value } });
  }

  /**
   * Switches the page (texts, `html lang`, Web Chat's texts). A choice on the page is also sent to
   * the bot, as a message Web Chat does not show (a post back) carrying `{ lang }`, so the bot
   * treats it like "English please" and asks its open question again, buttons and all.
   */
  function switchLanguage(next, fromBot) {
    if (!LOCALES[next] || next === lang) return;
    loadStrings(next).then(function () {
      lang = next;
      try {
        window.localStorage.setItem(STORAGE_KEY, lang);
      } catch (e) {
        // Not remembered then; the choice still holds for this page.
      }
      applyStrings();
      if (!store) return;
      render();
      if (!fromBot && connected) {
        store.dispatch({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: { lang: lang } } });
      }
    }, showError);
  }

  function shareLocation() {
    if (!store || !connected) return;
    if (!navigator.geolocation) {
      say('location.unsupported');
      sendEvent('locationDenied', { reason: 'unsupported' });
      return;
    }
    say('location.busy');
    shareButton.setAttribute('aria-busy', 'true');
    navigator.geolocation.getCurrentPosition(
      function (position) {
        shareButton.removeAttribute('aria-busy');
        // Three decimals (about 100 m) are enough to find the nearest office.
        var round = function (x) {
          return Math.round(x * 1000) / 1000;
        };
        store.dispatch({
          type: 'DIRECT_LINE/POST_ACTIVITY',
          meta: { method: 'keyboard' },
          payload: {
            activity: {
              type: 'message',
              value: {
                type: 'location',
                latitude: round(position.coords.latitude),
                longitude: round(position.coords.longitude),
              },
              channelData: { shareLocation: true },
            },
          },
        });
        say('location.sent');
      },
      function (error) {
        shareButton.removeAttribute('aria-busy');
        say('location.denied');
        var reason = error && error.code === 1 ? 'denied' : 'unavailable';
        sendEvent('locationDenied', { reason: reason });
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  function showError() {
    setChatState('error');
  }

  function getJSON(url, options) {
    return fetch(url, options).then(function (res) {
      if (!res.ok) throw new Error(url + ' ' + res.status);
      return res.json();
    });
  }

  /** Web Chat's store, with the page's part: connection state, the bot's language event, and adapted messages. */
  function createStore() {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          var a = action.payload && action.payload.activity;
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            setChatState('connected');
            setTimeout(function () {
              api.dispatch({
                type: 'WEB_CHAT/SEND_EVENT',
                payload: { name: 'webchat/join', value: { language: lang } },
              });
            }, 0);
          } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
            showError();
          } else if (
            action.type === 'DIRECT_LINE/CONNECTION_STATUS_UPDATE' &&
            action.payload &&
            (action.payload.connectionStatus === 4 || action.payload.connectionStatus === 5)
          ) {
            // Failed to connect, or ended.
            showError();
          } else if (
            action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' &&
            a &&
            a.type === 'event' &&
            a.name === LANGUAGE_EVENT
          ) {
            followBot(a);
          }
          if (a && ACTIVITY_ACTIONS.indexOf(action.type) >= 0) {
            var changed = adapted(a);
            if (changed !== a) {
              action = Object.assign({}, action, {
                payload: Object.assign({}, action.payload, { activity: changed }),
              });
            }
          }
          return next(action);
        };
      };
    });
  }

  function connect() {
    setChatState('connecting');
    return getJSON(config.tokenUrl, { method: 'POST' }).then(function (issued) {
      // In local mode the page passes the server-made user id; Azure's tokens carry it inside.
      if (config.mode === 'local') userId = issued.userId;
      if (directLine) directLine.end();
      directLine = window.WebChat.createDirectLine({
        domain: config.domain || window.location.origin + '/v3/directline',
        token: issued.token,
        webSocket: false,
        // The local Direct Line holds a poll until there is news, so a short interval costs nothing while idle.
        pollingInterval: config.mode === 'local' ? 200 : 1000,
        conversationStartProperties: { locale: LOCALES[lang] },
      });
      store = createStore();
      render();
    });
  }

  var buttons = document.querySelectorAll('button.language');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (event) {
      switchLanguage(event.currentTarget.getAttribute('data-lang'), false);
    });
  }
  shareButton.addEventListener('click', shareLocation);
  narrow.addEventListener('change', function () {
    if (store) render();
  });
  retryButton.addEventListener('click', start);

  /** Loads the page's texts and settings, then connects; on failure the page offers the phone and a retry. */
  function start() {
    setChatState('connecting');
    return Promise.all([loadStrings(lang), config || getJSON('/web/config.json')])
      .then(function (loaded) {
        config = loaded[1];
        applyStrings();
        return connect();
      })
      .catch(function () {
        if (strings[lang]) applyStrings();
        showError();
      });
  }

  start();
})();
