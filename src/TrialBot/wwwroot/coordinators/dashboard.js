// The dashboard's plots (Chart.js, bundled from npm into ../lib): one card per figure, each canvas labelled for
// screen readers and followed by the same figures as a table.
(function () {
  'use strict';

  var COLOURS = ['#2f6f73', '#c9793a', '#6b5b95', '#88b04b', '#b5485d', '#4f86c6', '#8d8741', '#5d5c61', '#d4a017'];
  var charts = [];

  function card(container, title) {
    var section = document.createElement('section');
    section.className = 'card chart';
    var heading = document.createElement('h2');
    heading.textContent = title;
    section.appendChild(heading);
    var holder = document.createElement('div');
    holder.className = 'chart__canvas';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title);
    holder.appendChild(canvas);
    section.appendChild(holder);
    container.appendChild(section);
    return { section: section, canvas: canvas };
  }

  function table(section, headers, rows) {
    var details = document.createElement('details');
    var summary = document.createElement('summary');
    summary.textContent = headers[0] + ' …';
    details.appendChild(summary);
    var tableNode = document.createElement('table');
    var head = tableNode.createTHead().insertRow();
    headers.forEach(function (header) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = header;
      head.appendChild(th);
    });
    var body = tableNode.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      row.forEach(function (value) { tr.insertCell().textContent = String(value); });
    });
    details.appendChild(tableNode);
    section.appendChild(details);
  }

  function plot(canvas, type, labels, datasets, extra) {
    var options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: datasets.length > 1 || type === 'doughnut' } }
    };
    if (type !== 'doughnut') { options.scales = { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }; }
    Object.keys(extra || {}).forEach(function (key) { options[key] = extra[key]; });
    datasets.forEach(function (dataset, index) {
      if (!dataset.backgroundColor) { dataset.backgroundColor = type === 'doughnut' ? COLOURS : COLOURS[index % COLOURS.length]; }
      if (type === 'line') { dataset.borderColor = COLOURS[index % COLOURS.length]; }
    });
    charts.push(new window.Chart(canvas, { type: type, data: { labels: labels, datasets: datasets }, options: options }));
  }

  function breakdown(container, title, rows, keyLabel, h) {
    var figure = card(container, title);
    var labels = rows.map(function (row) { return keyLabel(row.key); });
    plot(figure.canvas, 'bar', labels, [
      { label: h.t('started'), data: rows.map(function (row) { return row.started; }) },
      { label: h.t('completed'), data: rows.map(function (row) { return row.completed; }) },
      { label: h.t('referred'), data: rows.map(function (row) { return row.referred; }) }
    ]);
    table(figure.section, [title, h.t('started'), h.t('completed'), h.t('referred')], rows.map(function (row, i) { return [labels[i], row.started, row.completed, row.referred]; }));
  }

  function render(container, report, h) {
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
    container.textContent = '';
    if (!window.Chart) { throw new Error('Chart.js did not load.'); }

    var perDay = card(container, h.t('chartPerDay'));
    var days = report.perDay.map(function (d) { return d.day; });
    plot(perDay.canvas, 'line', days, [
      { label: h.t('started'), data: report.perDay.map(function (d) { return d.started; }) },
      { label: h.t('completed'), data: report.perDay.map(function (d) { return d.completed; }) }
    ]);
    table(perDay.section, [h.t('chartPerDay'), h.t('started'), h.t('completed')], report.perDay.map(function (d) { return [d.day, d.started, d.completed]; }));

    var outcomes = card(container, h.t('chartOutcomes'));
    plot(outcomes.canvas, 'doughnut', report.outcomes.map(function (o) { return h.label('outcomes', o.key); }), [
      { label: h.t('chartOutcomes'), data: report.outcomes.map(function (o) { return o.count; }) }
    ]);
    table(outcomes.section, [h.t('outcome'), h.t('completed')], report.outcomes.map(function (o) { return [h.label('outcomes', o.key), o.count]; }));

    var funnel = card(container, h.t('chartFunnel'));
    funnel.section.classList.add('chart--wide');
    var questions = report.funnel.map(function (step) { return h.bilingual(step.label) || step.questionId; });
    plot(funnel.canvas, 'bar', questions, [
      { label: h.t('reached'), data: report.funnel.map(function (step) { return step.reached; }) },
      { label: h.t('stopped'), data: report.funnel.map(function (step) { return step.stoppedHere; }) }
    ], { indexAxis: 'y' });
    table(funnel.section, [h.t('question'), h.t('reached'), h.t('stopped'), h.t('reasks')], report.funnel.map(function (step, i) { return [questions[i], step.reached, step.stoppedHere, step.reasks]; }));

    var reasks = card(container, h.t('chartReasks'));
    reasks.section.classList.add('chart--wide');
    plot(reasks.canvas, 'bar', questions, [{ label: h.t('reasks'), data: report.funnel.map(function (step) { return step.reasks; }) }], { indexAxis: 'y' });

    breakdown(container, h.t('chartChannel'), report.byChannel, function (key) { return key; }, h);
    breakdown(container, h.t('chartLanguage'), report.byLanguage, function (key) { return h.label('languages', key); }, h);
    breakdown(container, h.t('chartTrial'), report.byTrial, function (key) { return key; }, h);

    var sites = card(container, h.t('chartSite'));
    plot(sites.canvas, 'bar', report.bySite.map(function (s) { return h.siteName(s.key); }), [{ label: h.t('referrals'), data: report.bySite.map(function (s) { return s.count; }) }]);
    table(sites.section, [h.t('site'), h.t('referrals')], report.bySite.map(function (s) { return [h.siteName(s.key), s.count]; }));

    var statuses = card(container, h.t('chartStatus'));
    plot(statuses.canvas, 'bar', report.referralsByStatus.map(function (s) { return h.label('statuses', s.key); }), [{ label: h.t('referrals'), data: report.referralsByStatus.map(function (s) { return s.count; }) }]);
    table(statuses.section, [h.t('status'), h.t('referrals')], report.referralsByStatus.map(function (s) { return [h.label('statuses', s.key), s.count]; }));

    var contact = card(container, h.t('chartFirstContact'));
    var first = report.firstContact;
    plot(contact.canvas, 'bar', first.buckets.map(function (b) { return b.key; }), [{ label: h.t('referrals'), data: first.buckets.map(function (b) { return b.count; }) }]);
    var summary = document.createElement('p');
    summary.textContent = h.t('firstContactSummary', first.contacted, first.medianHours === null ? '—' : first.medianHours, first.waiting);
    contact.section.appendChild(summary);
  }

  window.CoordinatorDashboard = { render: render, count: function () { return charts.length; } };
}());
