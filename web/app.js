/* The widget page's script: gets a Direct Line token, renders Web Chat, switches language and shares the location. */
(function () {
  'use strict';

  /** Web Chat's UI locale for each language of the bot. */
  var LOCALES = { sv: 'sv-SE', en: 'en-US', uk: 'uk-UA' };
  var STORAGE_KEY = 'servicekontor-guide.lang';

  var strings = {};
  var lang = initialLang();
  var directLine;
  var store;
  var userId;

  var root = document.getElementById('webchat-root');
  var statusLine = document.getElementById('status');
  var shareButton = document.getElementById('share-location');

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
      var prefix = String(preferred[i]).toLowerCase().split('-')[0];
      if (LOCALES[prefix]) return prefix;
    }
    return 'sv';
  }

  function loadStrings(l) {
    if (strings[l]) return Promise.resolve(strings[l]);
    return fetch('/web/strings/' + l)
      .then(function (res) {
        if (!res.ok) throw new Error('strings ' + res.status);
        return res.json();
      })
      .then(function (s) {
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
  }

  /**
   * Marks each message with the language it is written in (`lang`, from the activity's locale),
   * which Web Chat does not do itself, so screen readers read Swedish, English and Ukrainian
   * with the right voice. Web Chat's bundle does not expose React, so the wrapper element is
   * made with the element type marker of the element Web Chat itself rendered; anything that
   * does not look like a React element is left as it is.
   */
  function withLang(element, locale) {
    if (!element || typeof element !== 'object' || !element.$$typeof || !locale) return element;
    return {
      $$typeof: element.$$typeof,
      type: 'div',
      key: null,
      ref: null,
      props: { lang: locale, className: 'activity-lang', children: element },
      _owner: null,
    };
  }

  /** Shows the person's own shared location as words (the message carries only coordinates), and marks languages. */
  var activityMiddleware = function () {
    return function (next) {
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var card = args[0];
        var a = card && card.activity;
        if (
          a &&
          a.type === 'message' &&
          !a.text &&
          a.from &&
          a.from.role === 'user' &&
          a.value &&
          a.value.type === 'location'
        ) {
          a = Object.assign({}, a, { text: t('location.message'), locale: LOCALES[lang] });
          args[0] = Object.assign({}, card, { activity: a });
        }
        var render = next.apply(null, args);
        if (typeof render !== 'function') return render;
        var locale = a && typeof a.locale === 'string' ? a.locale : undefined;
        return function () {
          return withLang(render.apply(null, arguments), locale);
        };
      };
    };
  };

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

  function render() {
    var props = {
      directLine: directLine,
      store: store,
      locale: LOCALES[lang],
      styleOptions: styleOptions,
      activityMiddleware: activityMiddleware,
    };
    if (userId) props.userID = userId;
    window.WebChat.renderWebChat(props, root);
  }

  function sendEvent(name, value) {
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: name, value: value } });
  }

  function switchLanguage(next) {
    if (!LOCALES[next] || next === lang) return;
    loadStrings(next).then(function () {
      lang = next;
      try {
        window.localStorage.setItem(STORAGE_KEY, lang);
      } catch (e) {
        // Not remembered then; the choice still holds for this page.
      }
      applyStrings();
      if (store) {
        render();
        // The bot answers this event in the new language and keeps it for the conversation.
        sendEvent('setLanguage', lang);
      }
    }, showError);
  }

  function shareLocation() {
    if (!store) return;
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
    say('chat.connectionError');
    document.body.setAttribute('data-chat-state', 'error');
  }

  function getJSON(url, options) {
    return fetch(url, options).then(function (res) {
      if (!res.ok) throw new Error(url + ' ' + res.status);
      return res.json();
    });
  }

  function connect(config) {
    return getJSON(config.tokenUrl, { method: 'POST' }).then(function (issued) {
      // In local mode the page passes the server-made user id; Azure's tokens carry it inside.
      if (config.mode === 'local') userId = issued.userId;
      directLine = window.WebChat.createDirectLine({
        domain: config.domain || window.location.origin + '/v3/directline',
        token: issued.token,
        webSocket: false,
        conversationStartProperties: { locale: LOCALES[lang] },
      });
      store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              document.body.setAttribute('data-chat-state', 'connected');
              setTimeout(function () {
                api.dispatch({
                  type: 'WEB_CHAT/SEND_EVENT',
                  payload: { name: 'webchat/join', value: { language: lang } },
                });
              }, 0);
            } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
              showError();
            }
            return next(action);
          };
        };
      });
      render();
    });
  }

  var buttons = document.querySelectorAll('button.language');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (event) {
      switchLanguage(event.currentTarget.getAttribute('data-lang'));
    });
  }
  shareButton.addEventListener('click', shareLocation);

  loadStrings(lang)
    .then(function () {
      applyStrings();
      return getJSON('/web/config.json');
    })
    .then(connect)
    .catch(showError);
})();
