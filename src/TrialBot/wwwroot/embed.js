// TrialBot website widget: a floating button that opens the NCT05765006 pre-screening chat in a frame.
// Paste into any page (the address is this file's own; data-lang="zh" opens the chat in Chinese):
//   <script src="https://YOUR-TRIALBOT-HOST/embed.js" data-lang="en" defer></script>
// Styles are set through the DOM (no inline <style>), so the host page's CSP needs only script-src and frame-src
// for the TrialBot origin.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || document.getElementById('trialbot-widget-button')) {
    return;
  }

  var origin = new URL(script.src).origin;
  var chinese = /^zh/i.test(script.getAttribute('data-lang') || navigator.language || '');
  var label = chinese ? '临床试验预筛查' : 'Trial pre-screening';
  var closeLabel = chinese ? '关闭预筛查聊天' : 'Close the pre-screening chat';
  var frame = null;

  function style(element, rules) {
    Object.keys(rules).forEach(function (name) {
      element.style[name] = rules[name];
    });
    return element;
  }

  var button = style(document.createElement('button'), {
    position: 'fixed', right: '20px', bottom: '20px', zIndex: '2147483000',
    padding: '12px 18px', border: 'none', borderRadius: '999px',
    background: '#2f6f73', color: '#ffffff', font: '600 15px system-ui, sans-serif',
    boxShadow: '0 4px 14px rgba(0, 0, 0, 0.25)', cursor: 'pointer'
  });
  button.id = 'trialbot-widget-button';
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');

  function open() {
    if (!frame) {
      frame = style(document.createElement('iframe'), {
        position: 'fixed', right: '20px', bottom: '76px', zIndex: '2147483000',
        width: 'min(400px, calc(100vw - 40px))', height: 'min(640px, calc(100vh - 110px))',
        border: '1px solid #c9d6d6', borderRadius: '12px', background: '#ffffff',
        boxShadow: '0 8px 28px rgba(0, 0, 0, 0.25)'
      });
      frame.src = origin + '/?lang=' + (chinese ? 'zh' : 'en');
      frame.title = label;
      frame.setAttribute('allow', 'clipboard-write');
      document.body.appendChild(frame);
    }

    frame.hidden = false;
    button.textContent = '×';
    button.setAttribute('aria-label', closeLabel);
    button.setAttribute('aria-expanded', 'true');
  }

  function close() {
    frame.hidden = true;
    button.textContent = label;
    button.removeAttribute('aria-label');
    button.setAttribute('aria-expanded', 'false');
  }

  button.addEventListener('click', function () {
    if (frame && !frame.hidden) {
      close();
    } else {
      open();
    }
  });

  document.body.appendChild(button);
}());
