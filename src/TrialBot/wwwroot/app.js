// The TrialBot pre-screening page: gets a conversation token from this host, then runs Bot Framework Web Chat over
// Direct Line (WebSocket streaming, Web Chat's default). The conversation id, token and language are kept in the tab's
// sessionStorage: a reload refreshes the token and reconnects to the same conversation (its whole transcript is shown
// again). The language switch keeps the conversation: it sends the person's request for the language ("中文" or
// "English", as typing it would) and shows Web Chat in that language; the bot asks the current question again in it.
// No inline script anywhere, so the page works under a Content-Security-Policy with script-src 'self'.
(function () {
  'use strict';

  var texts = {
    'en-US': {
      htmlLang: 'en',
      title: 'NCT05765006 pre-screening',
      disclaimer: 'This is a pre-screening, not a medical decision; the study team decides.',
      failed: 'The chat could not start. Please reload the page in a moment.'
    },
    'zh-CN': {
      htmlLang: 'zh-CN',
      title: 'NCT05765006 临床试验预筛查',
      disclaimer: '这只是预筛查，不是医学决定；最终由研究团队决定。',
      failed: '聊天无法启动,请稍后刷新页面。'
    }
  };

  var styleOptions = {
    accent: '#2f6f73',
    backgroundColor: '#ffffff',
    bubbleBackground: '#e3efef',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#2f6f73',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    botAvatarInitials: 'TB',
    hideUploadButton: true,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
    rootHeight: '100%',
    sendBoxButtonColor: '#2f6f73'
  };

  var chat = document.getElementById('chat');
  var status = document.getElementById('status');
  var current = { directLine: null, run: 0, locale: null, render: null };

  function initialLocale() {
    var asked = new URLSearchParams(window.location.search).get('lang') || navigator.language || '';
    return /^zh/i.test(asked) ? 'zh-CN' : 'en-US';
  }

  function showTexts(locale) {
    var text = texts[locale];
    document.documentElement.lang = text.htmlLang;
    document.title = text.title;
    document.getElementById('title').textContent = text.title;
    document.getElementById('disclaimer').textContent = text.disclaimer;
    document.querySelectorAll('.language').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-locale') === locale));
    });
  }

  function directLineAddress(path) {
    return new URL('v3/directline' + path, document.baseURI).href;
  }

  var sessionKey = 'trialbot.conversation';

  function savedSession() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(sessionKey) || 'null');
      return saved && saved.conversationId && saved.token && texts[saved.locale] ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(session) {
    try {
      if (session) {
        window.sessionStorage.setItem(sessionKey, JSON.stringify(session));
      } else {
        window.sessionStorage.removeItem(sessionKey);
      }
    } catch (e) {
      // Storage refused (private mode): a reload then starts a new conversation.
    }
  }

  function directLineCall(method, path, token) {
    return fetch(directLineAddress(path), {
      method: method,
      headers: { Authorization: 'Bearer ' + token },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('Direct Line answered HTTP ' + response.status + '.');
      }

      return response.json();
    });
  }

  // The saved conversation with a fresh token, once this host confirmed it is still open; null otherwise.
  function resumeSaved(saved) {
    if (!saved) {
      return Promise.resolve(null);
    }

    return directLineCall('POST', '/tokens/refresh', saved.token).then(function (refreshed) {
      return directLineCall('GET', '/conversations/' + encodeURIComponent(saved.conversationId), refreshed.token);
    }).then(function (conversation) {
      return { conversationId: conversation.conversationId, token: conversation.token, locale: saved.locale };
    }).catch(function () {
      saveSession(null);
      return null;
    });
  }

  function fetchToken() {
    return fetch(directLineAddress('/tokens/generate'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The token request failed with HTTP ' + response.status + '.');
      }

      return response.json();
    });
  }

  function start(locale, resumed) {
    var run = ++current.run;
    locale = resumed ? resumed.locale : locale;
    current.locale = locale;
    current.render = null;
    showTexts(locale);
    status.hidden = true;
    if (current.directLine) {
      current.directLine.end();
      current.directLine = null;
    }

    if (current.saver) {
      window.clearInterval(current.saver);
      current.saver = null;
    }

    chat.replaceChildren();
    var ready = resumed ? Promise.resolve(resumed) : fetchToken();
    return ready.then(function (token) {
      if (run !== current.run) {
        return;
      }

      var settings = {
        token: token.token,
        domain: token.domain || directLineAddress(''),
        conversationStartProperties: { locale: locale }
      };
      if (resumed) {
        settings.conversationId = resumed.conversationId;
      }

      var directLine = window.WebChat.createDirectLine(settings);
      // Web Chat refreshes its token every 15 minutes; the latest one is kept for a reload (self-hosted only: Azure's
      // conversations are not resumed here).
      var keep = function () {
        if (run === current.run && !token.domain && directLine.conversationId && directLine.token) {
          saveSession({ conversationId: directLine.conversationId, token: directLine.token, locale: current.locale });
        }
      };
      directLine.activity$.subscribe(keep);
      current.saver = window.setInterval(keep, 60000);
      var host = document.createElement('div');
      chat.appendChild(host);
      current.directLine = directLine;
      // One store for the life of the conversation, so that rendering again in another language keeps the transcript.
      var store = window.WebChat.createStore();
      current.render = function (shownLocale) {
        window.WebChat.renderWebChat({ directLine: directLine, store: store, locale: shownLocale, styleOptions: styleOptions }, host);
      };
      current.send = function (text) {
        store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
        keep();
      };
      current.render(locale);
      var input = host.querySelector('input, textarea');
      if (input) {
        input.focus();
      }
    }).catch(function () {
      if (run === current.run) {
        status.textContent = texts[locale].failed;
        status.hidden = false;
      }
    });
  }

  // What the switch sends on the person's behalf: the same words the bot takes from a typed message.
  var requestFor = { 'zh-CN': '中文', 'en-US': 'English' };

  document.querySelectorAll('.language').forEach(function (button) {
    button.addEventListener('click', function () {
      var locale = button.getAttribute('data-locale');
      if (locale === current.locale) {
        return;
      }

      if (!current.render) {
        // No chat yet (it is still starting, or it failed): start it in the chosen language.
        saveSession(null);
        start(locale);
        return;
      }

      current.locale = locale;
      showTexts(locale);
      current.render(locale);
      current.send(requestFor[locale]);
    });
  });

  // Over a WebSocket, Web Chat reports the conversation it was told to end (a new chat in this tab) as an uncaught
  // "conversation ended" error; that one is expected.
  window.addEventListener('error', function (event) {
    if (event.error && event.error.message === 'conversation ended') {
      event.preventDefault();
    }
  });

  resumeSaved(savedSession()).then(function (resumed) {
    start(initialLocale(), resumed);
  });
}());
