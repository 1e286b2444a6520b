// The TrialBot pre-screening page: gets a conversation token from this host, then runs Bot Framework Web Chat over
// Direct Line (polling, no WebSocket). The language switch restarts the conversation in the chosen language.
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
  var current = { directLine: null, run: 0 };

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

  function start(locale) {
    var run = ++current.run;
    showTexts(locale);
    status.hidden = true;
    if (current.directLine) {
      current.directLine.end();
      current.directLine = null;
    }

    chat.replaceChildren();
    return fetchToken().then(function (token) {
      if (run !== current.run) {
        return;
      }

      var directLine = window.WebChat.createDirectLine({
        token: token.token,
        domain: token.domain || directLineAddress(''),
        webSocket: false,
        conversationStartProperties: { locale: locale }
      });
      var host = document.createElement('div');
      chat.appendChild(host);
      current.directLine = directLine;
      window.WebChat.renderWebChat({ directLine: directLine, locale: locale, styleOptions: styleOptions }, host);
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

  document.querySelectorAll('.language').forEach(function (button) {
    button.addEventListener('click', function () {
      start(button.getAttribute('data-locale'));
    });
  });

  start(initialLocale());
}());
