// The coordinators' web app: sign-in, the referral list (and the look-again queue), one referral, the dashboard.
// Every change carries the anti-forgery token; every text from the server is set as text, never as HTML.
(function () {
  'use strict';

  var API = 'api/';
  var CHANNELS = ['webchat', 'directline', 'sms', 'msteams'];
  var state = { language: 'en', session: null, workflow: null, referral: null };

  function $(id) { return document.getElementById(id); }

  function texts() { return window.CoordinatorTexts[state.language]; }

  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var text = texts()[key] || key;
    return text.replace(/\{(\d)\}/g, function (_, index) { return String(args[Number(index)]); });
  }

  function label(group, id) { return (texts()[group] || {})[id] || id; }

  function bilingual(text) { return text ? (state.language === 'zh' ? text.zh : text.en) : ''; }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function when(iso) {
    if (!iso) { return ''; }
    return new Date(iso).toLocaleString(state.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function siteName(id) {
    var sites = (state.session && state.session.sites) || [];
    for (var i = 0; i < sites.length; i++) { if (sites[i].id === id) { return bilingual(sites[i].name); } }
    return id;
  }

  function languageOf(locale) { return locale && locale.toLowerCase().indexOf('zh') === 0 ? 'zh' : 'en'; }

  function showProblem(message) {
    var problem = $('problem');
    problem.textContent = message || '';
    problem.hidden = !message;
  }

  async function api(path, options) {
    options = options || {};
    var headers = { Accept: 'application/json' };
    if (options.body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (options.method && options.method !== 'GET' && state.session) { headers['X-CSRF-TOKEN'] = state.session.antiforgeryToken; }
    var response = await fetch(API + path, {
      method: options.method || 'GET',
      headers: headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin'
    });
    if (response.status === 401 && path !== 'signin') {
      await loadSession();
      route();
      throw new Error(t('signInTitle'));
    }

    if (!response.ok) {
      var detail = '';
      try { var problem = await response.json(); detail = problem.detail || problem.title || ''; } catch (ignored) { detail = response.statusText; }
      throw new Error(detail || String(response.status));
    }

    return response.status === 204 ? null : response.json();
  }

  async function loadSession() {
    state.session = await api('session');
    $('nav').hidden = !state.session.signedIn;
    $('sign-out').hidden = !state.session.signedIn;
    $('who').hidden = !state.session.signedIn;
    $('who').textContent = state.session.signedIn ? t('signedInAs', state.session.name) : '';
    var oidc = state.session.oidc;
    $('signin-oidc').hidden = !oidc;
    if (oidc) { $('signin-oidc-link').textContent = t('signInWith', oidc); }
    if (state.session.signedIn && !state.workflow) { state.workflow = await api('referrals/workflow'); }
  }

  function applyTexts() {
    document.documentElement.lang = state.language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
    document.querySelectorAll('[data-text]').forEach(function (node) { node.textContent = t(node.getAttribute('data-text')); });
    document.querySelectorAll('.language').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-language') === state.language));
    });
    $('nav').setAttribute('aria-label', state.language === 'zh' ? '栏目' : 'Sections');
    if (state.session) {
      $('who').textContent = state.session.signedIn ? t('signedInAs', state.session.name) : '';
      if (state.session.oidc) { $('signin-oidc-link').textContent = t('signInWith', state.session.oidc); }
    }
  }

  function options(select, values, labelOf, withAny) {
    var current = select.value;
    select.textContent = '';
    if (withAny) { select.appendChild(new Option(t('any'), '')); }
    values.forEach(function (value) { select.appendChild(new Option(labelOf(value), value)); });
    if (current && values.indexOf(current) >= 0) { select.value = current; }
  }

  // The trials screened for: several when a site runs several trials at once (older servers give only trialId).
  function trialIds() { return state.session.trialIds || [state.session.trialId]; }

  function fillFilterChoices() {
    var sites = state.session.sites.map(function (site) { return site.id; });
    options($('filter-status'), state.workflow.statuses, function (s) { return label('statuses', s); }, true);
    options($('filter-site'), sites, siteName, true);
    options($('filter-channel'), CHANNELS, function (c) { return c; }, true);
    options($('filter-language'), ['en', 'zh'], function (l) { return label('languages', l); }, true);
    options($('filter-trial'), trialIds(), function (id) { return id; }, true);
    options($('dash-site'), sites, siteName, true);
    options($('dash-channel'), CHANNELS, function (c) { return c; }, true);
    options($('dash-language'), ['en', 'zh'], function (l) { return label('languages', l); }, true);
    options($('dash-trial'), trialIds(), function (id) { return id; }, true);
    $('dash-trial-field').hidden = trialIds().length < 2;
  }

  function show(view) {
    document.querySelectorAll('.view').forEach(function (section) { section.hidden = section.id !== 'view-' + view; });
    document.querySelectorAll('#nav a').forEach(function (link) {
      if (location.hash.indexOf(link.getAttribute('href')) === 0) { link.setAttribute('aria-current', 'page'); } else { link.removeAttribute('aria-current'); }
    });
  }

  // The list's query: status, site, channel, trial and dates go to the server (and to the CSV export); language is kept here.
  // A referral for several trials is listed under each of them.
  function listQuery(lookAgain) {
    var query = new URLSearchParams();
    [['status', 'filter-status'], ['site', 'filter-site'], ['channel', 'filter-channel'], ['trial', 'filter-trial'], ['from', 'filter-from'], ['to', 'filter-to']].forEach(function (pair) {
      var value = $(pair[1]).value;
      if (value) { query.set(pair[0], value); }
    });
    if (lookAgain) { query.set('queue', 'look-again'); }
    return query;
  }

  async function showList(lookAgain) {
    show('referrals');
    $('referrals-title').textContent = lookAgain ? t('lookAgainTitle') : t('referralsTitle');
    var query = listQuery(lookAgain);
    var csv = new URLSearchParams(query);
    csv.set('format', 'csv');
    csv.set('lang', state.language);
    $('export-csv').href = API + 'referrals/?' + csv.toString();
    var referrals = await api('referrals/?' + query.toString());
    var language = $('filter-language').value;
    referrals = referrals.filter(function (r) {
      return !language || languageOf(r.locale) === language;
    });
    referrals.sort(function (a, b) { return a.createdAt < b.createdAt ? 1 : -1; });
    var body = document.querySelector('#referrals-table tbody');
    body.textContent = '';
    referrals.forEach(function (r) {
      var row = document.createElement('tr');
      row.appendChild(el('td', when(r.createdAt)));
      var nameCell = document.createElement('td');
      var link = el('a', r.contactName);
      link.href = '#/referrals/' + r.id;
      nameCell.appendChild(link);
      if (r.reviewRequested) { nameCell.appendChild(el('span', t('lookAgainMark'), 'tag')); }
      row.appendChild(nameCell);
      row.appendChild(el('td', siteName(r.siteId)));
      row.appendChild(el('td', label('outcomes', r.outcomeId)));
      row.appendChild(el('td', label('statuses', r.status), 'status status--' + r.status));
      row.appendChild(el('td', r.channelId));
      row.appendChild(el('td', label('languages', languageOf(r.locale))));
      body.appendChild(row);
    });
    $('referrals-count').textContent = referrals.length ? t('count', referrals.length) : t('none');
  }

  function fact(list, term, value) {
    list.appendChild(el('dt', term));
    list.appendChild(el('dd', value || '—'));
  }

  function renderReferral(r) {
    state.referral = r;
    $('referral-title').textContent = r.contactName;
    var facts = $('referral-facts');
    facts.textContent = '';
    fact(facts, t('contact'), [r.contactPhone, r.contactEmail].filter(Boolean).join(' · '));
    fact(facts, t('status'), label('statuses', r.status) + (r.reviewRequested ? ' · ' + t('lookAgainMark') : ''));
    fact(facts, t('outcome'), label('outcomes', r.outcomeId));
    fact(facts, t('site'), siteName(r.siteId));
    fact(facts, t('language'), label('languages', languageOf(r.locale)) + ' (' + r.locale + ')');
    fact(facts, t('channel'), r.channelId);
    fact(facts, t('trial'), (r.trialId || '').split(',').join(', '));
    fact(facts, t('created'), when(r.createdAt));
    fact(facts, t('consented'), when(r.consentedAt));

    var next = $('status-next');
    next.textContent = '';
    r.nextStatuses.forEach(function (s) { next.appendChild(new Option(label('statuses', s), s)); });
    next.disabled = r.nextStatuses.length === 0;
    $('status-submit').disabled = r.nextStatuses.length === 0;
    if (!r.nextStatuses.length) { next.appendChild(new Option(t('noNextStatus'), '')); }
    updateReasonHint();
    options($('note-kind'), ['note', 'contact-attempt'], function (k) { return label('kinds', k); }, false);

    var answers = document.querySelector('#answers-table tbody');
    answers.textContent = '';
    r.answers.forEach(function (a) {
      var row = document.createElement('tr');
      row.appendChild(el('th', bilingual(a.label))).setAttribute('scope', 'row');
      row.appendChild(el('td', a.said || t('notSaid'), a.said ? '' : 'muted'));
      row.appendChild(el('td', a.isUnknown ? t('unknownAnswer') : bilingual(a.understood)));
      answers.appendChild(row);
    });

    var criteria = document.querySelector('#criteria-table tbody');
    criteria.textContent = '';
    r.criteria.forEach(function (c) {
      var row = document.createElement('tr');
      row.appendChild(el('th', bilingual(c.title))).setAttribute('scope', 'row');
      row.appendChild(el('td', label('results', c.status), 'result result--' + c.status));
      row.appendChild(el('td', bilingual(c.answer)));
      row.appendChild(el('td', bilingual(c.reason)));
      criteria.appendChild(row);
    });

    var preCall = $('pre-call');
    preCall.textContent = '';
    (r.preCall || []).forEach(function (a) {
      preCall.appendChild(el('dt', bilingual(a.label)));
      preCall.appendChild(el('dd', a.skipped ? t('preCallSkipped') : a.said, a.skipped ? 'muted' : ''));
    });
    if (!(r.preCall || []).length) { preCall.appendChild(el('dd', t('preCallNone'), 'muted')); }

    var confirm = $('to-confirm');
    confirm.textContent = '';
    r.toConfirm.forEach(function (c) { confirm.appendChild(el('li', bilingual(c.label))); });
    if (!r.toConfirm.length) { confirm.appendChild(el('li', t('nothing'))); }

    var history = $('history');
    history.textContent = '';
    r.history.forEach(function (h) {
      var item = el('li');
      var what = h.kind === 'status-change'
        ? label('statuses', h.fromStatus) + ' → ' + label('statuses', h.toStatus)
        : label('kinds', h.kind);
      item.appendChild(el('span', when(h.at), 'history__when'));
      item.appendChild(el('span', h.actor, 'history__who'));
      item.appendChild(el('span', what, 'history__what'));
      if (h.note) { item.appendChild(el('q', h.note, 'history__note')); }
      history.appendChild(item);
    });
    if (!r.history.length) { history.appendChild(el('li', t('nothing'))); }

    var screenings = $('screenings');
    screenings.textContent = '';
    (r.screenings || []).forEach(function (s) {
      var item = el('li');
      var link = el('a', when(s.createdAt) + ' · ' + label('outcomes', s.outcomeId) + ' · ' + label('statuses', s.status) + ' · ' + siteName(s.siteId));
      link.href = '#/referrals/' + s.id;
      if (s.id === r.id) { link.setAttribute('aria-current', 'page'); }
      item.appendChild(link);
      screenings.appendChild(item);
    });
  }

  function updateReasonHint() {
    var needs = state.workflow && state.workflow.needReason.indexOf($('status-next').value) >= 0;
    $('status-hint').hidden = !needs;
    $('status-note').required = !!needs;
  }

  async function showReferral(id) {
    show('referral');
    renderReferral(await api('referrals/' + encodeURIComponent(id)));
  }

  async function showDashboard() {
    show('dashboard');
    var query = new URLSearchParams();
    [['from', 'dash-from'], ['to', 'dash-to'], ['channel', 'dash-channel'], ['language', 'dash-language'], ['site', 'dash-site'], ['trial', 'dash-trial']].forEach(function (pair) {
      var value = $(pair[1]).value;
      if (value) { query.set(pair[0], value); }
    });
    var report = await api('dashboard?' + query.toString());
    window.CoordinatorDashboard.render($('charts'), report, { t: t, label: label, bilingual: bilingual, siteName: siteName });
    var started = report.perDay.reduce(function (sum, d) { return sum + d.started; }, 0);
    var completed = report.perDay.reduce(function (sum, d) { return sum + d.completed; }, 0);
    var referrals = report.referralsByStatus.reduce(function (sum, s) { return sum + s.count; }, 0);
    $('dash-summary').textContent = t('dashSummary', started, completed, referrals);
  }

  async function route() {
    showProblem('');
    applyTexts();
    if (!state.session || !state.session.signedIn) {
      show('signin');
      return;
    }

    fillFilterChoices();
    var hash = location.hash || '#/referrals';
    try {
      var match = /^#\/referrals\/([0-9a-fA-F-]{36})$/.exec(hash);
      if (match) { await showReferral(match[1]); }
      else if (hash === '#/dashboard') { await showDashboard(); }
      else if (hash === '#/look-again') { await showList(true); }
      else { await showList(false); }
    } catch (failure) {
      showProblem(failure.message);
    }
  }

  async function submitSignIn(event) {
    event.preventDefault();
    showProblem('');
    try {
      await api('signin', { method: 'POST', body: { email: $('signin-email').value, password: $('signin-password').value } });
      $('signin-password').value = '';
      state.workflow = null;
      await loadSession();
      await route();
    } catch (failure) {
      showProblem(failure.message || t('signInFailed'));
    }
  }

  async function submitStatus(event) {
    event.preventDefault();
    var r = state.referral;
    try {
      await api('referrals/' + r.id + '/status', { method: 'POST', body: { status: $('status-next').value, note: $('status-note').value } });
      $('status-note').value = '';
      await showReferral(r.id);
      showProblem('');
    } catch (failure) {
      showProblem(failure.message);
    }
  }

  async function submitNote(event) {
    event.preventDefault();
    var r = state.referral;
    try {
      await api('referrals/' + r.id + '/notes', { method: 'POST', body: { kind: $('note-kind').value, note: $('note-text').value } });
      $('note-text').value = '';
      await showReferral(r.id);
    } catch (failure) {
      showProblem(failure.message);
    }
  }

  async function signOut() {
    try { await api('signout', { method: 'POST' }); } catch (ignored) { /* signed out either way */ }
    state.workflow = null;
    await loadSession();
    location.hash = '';
    await route();
  }

  function start() {
    var stored = null;
    try { stored = window.localStorage.getItem('trialbot-coordinators-language'); } catch (ignored) { stored = null; }
    state.language = stored || ((navigator.language || '').toLowerCase().indexOf('zh') === 0 ? 'zh' : 'en');
    document.querySelectorAll('.language').forEach(function (button) {
      button.addEventListener('click', function () {
        state.language = button.getAttribute('data-language');
        try { window.localStorage.setItem('trialbot-coordinators-language', state.language); } catch (ignored) { /* not kept */ }
        route();
      });
    });
    $('signin-form').addEventListener('submit', submitSignIn);
    $('status-form').addEventListener('submit', submitStatus);
    $('note-form').addEventListener('submit', submitNote);
    $('status-next').addEventListener('change', updateReasonHint);
    $('sign-out').addEventListener('click', signOut);
    $('filters').addEventListener('submit', function (event) { event.preventDefault(); route(); });
    $('dashboard-filters').addEventListener('submit', function (event) { event.preventDefault(); route(); });
    window.addEventListener('hashchange', route);
    if (/[?&]signin=failed/.test(location.search)) { showProblem(t('signInFailed')); }
    loadSession().then(route, function (failure) { applyTexts(); show('signin'); showProblem(failure.message); });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
