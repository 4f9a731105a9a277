// The web workbench's page: runs, their live view, comparisons and bundles, over the JSON API
// (docs/web.md). Charts are uPlot; the raster is an image drawn from the bits each frame carries.
'use strict';

const POINTS_KEPT = 3000; // a live curve is thinned to half when it grows past this
const RASTER_STEPS = 300; // steps of a full raster (LiveStream.RASTER_STEPS)
const page = {
  run: null,        // the id of the run shown
  detail: null,     // its detail, as /api/runs/{id} gave it and frames updated it
  stream: null,     // its EventSource
  charts: {},       // uPlot charts of the run view, by name
  rate: [[], []],   // the run's rate curve: steps, values
  connection: [[], []],
  variants: [],     // the mechanisms installed, from /api/variants
  runs: [],
};

// ---- the API ----

/** Calls the API; resolves to the parsed answer, rejects with its one-line error. */
async function api(method, path, body, contentType) {
  const init = { method, headers: { 'X-Sorn-Request': 'page' } };
  if (body !== undefined) {
    init.body = contentType ? body : JSON.stringify(body);
    init.headers['Content-Type'] = contentType || 'application/json';
  }
  const response = await fetch(path, init);
  const text = await response.text();
  const answer = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error(answer && answer.error ? answer.error : response.status + ' ' + response.statusText);
  }
  return answer;
}

function notify(message, isError) {
  const notice = document.getElementById('notice');
  notice.textContent = message;
  notice.className = isError ? 'error' : '';
}

/** Runs an action from a button or form, saying what went wrong in one line. */
function act(action) {
  return (event) => {
    if (event) {
      event.preventDefault();
    }
    action().catch((e) => notify(e.message, true));
  };
}

// ---- small DOM helpers ----

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => {
    if (k === 'onclick' || k === 'onchange') {
      node[k] = v;
    } else if (v !== undefined && v !== null && v !== false) {
      node.setAttribute(k, v === true ? '' : v);
    }
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : String(c)));
  return node;
}

function fill(tbody, rows) {
  tbody.replaceChildren(...rows);
}

// ---- tabs ----

function showTab(name) {
  document.querySelectorAll('nav button').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll('.tab').forEach((s) => { s.hidden = s.id !== 'tab-' + name; });
  if (name === 'bundles') {
    refreshBundles().catch((e) => notify(e.message, true));
  }
  if (name === 'compare') {
    refreshRuns().catch((e) => notify(e.message, true));
  }
}

// ---- runs ----

async function refreshRuns() {
  page.runs = await api('GET', '/api/runs');
  fill(document.querySelector('#runs tbody'), page.runs.map((r) => el('tr', {
    'data-run': r.id,
    class: r.id === page.run ? 'selected' : null,
    onclick: () => openRun(r.id).catch((e) => notify(e.message, true)),
  }, el('td', {}, r.id), el('td', {}, r.status), el('td', {}, r.steps_done + ' / ' + r.steps),
  el('td', {}, r.ne), el('td', {}, r.seed))));
  if (!document.getElementById('tab-compare').hidden) {
    fillCompareChoices();
  }
}

/** The options of ./sorn run that the form gives, as the API takes them. */
function runOptions(form) {
  const f = new FormData(form);
  const args = [];
  ['ne', 'nu', 'steps', 'seed', 'noise', 'record', 'out'].forEach((name) => {
    const v = String(f.get(name) || '').trim();
    if (v !== '' && !(name === 'noise' && v === 'on')) {
      args.push('--' + name, v);
    }
  });
  const variants = [...form.querySelectorAll('#new-run-variants select')]
    .filter((s) => s.value !== '')
    .map((s) => s.name + '=' + s.value);
  if (variants.length) {
    args.push('--variant', variants.join(','));
  }
  const frozen = [...form.querySelectorAll('#new-run-frozen input:checked')].map((c) => c.name);
  if (frozen.length) {
    args.push('--freeze', frozen.join(','));
  }
  const more = String(f.get('more') || '').trim();
  if (more) {
    args.push(...more.split(/\s+/));
  }
  return { args };
}

async function startRun() {
  const run = await api('POST', '/api/runs', runOptions(document.getElementById('new-run')));
  notify(run.id + ' started: results in ' + run.folder);
  await refreshRuns();
  await openRun(run.id);
}

/** The slots of the installed mechanisms, in step order, with their variants. */
function slots() {
  const bySlot = new Map();
  page.variants.forEach((m) => {
    if (!bySlot.has(m.slot)) {
      bySlot.set(m.slot, []);
    }
    bySlot.get(m.slot).push(m);
  });
  return bySlot;
}

function freezable(slot) {
  return slot !== 'update' && slot !== 'noise';
}

async function refreshVariants() {
  page.variants = await api('GET', '/api/variants');
  const variantBox = document.getElementById('new-run-variants');
  const frozenBox = document.getElementById('new-run-frozen');
  variantBox.replaceChildren(el('legend', {}, 'variants'));
  frozenBox.replaceChildren(el('legend', {}, 'frozen'));
  slots().forEach((mechanisms, slot) => {
    variantBox.append(el('label', {}, slot + ' ', el('select', { name: slot },
      el('option', { value: '' }, 'default'),
      mechanisms.map((m) => el('option', { value: m.variant }, m.variant)))));
    if (freezable(slot)) {
      frozenBox.append(el('label', {}, el('input', { type: 'checkbox', name: slot }), ' ' + slot));
    }
  });
  if (page.detail) {
    showRules(page.detail); // the variants to choose from changed
  }
}

// ---- one run, live ----

async function openRun(id) {
  if (page.stream) {
    page.stream.close();
  }
  page.run = id;
  history.replaceState(null, '', '#run=' + id);
  const run = await api('GET', '/api/runs/' + id);
  const curves = await api('GET', '/api/runs/' + id + '/history');
  document.getElementById('run-view').hidden = false;
  document.getElementById('run-title').textContent = run.id + ': ne = ' + run.ne + ', seed ' + run.seed;
  page.rate = [Array.from(curves.rate.steps), Array.from(curves.rate.values)];
  page.connection = [Array.from(curves.connection_fraction.steps), Array.from(curves.connection_fraction.values)];
  makeRunCharts();
  showRun(run);
  showRules(run);
  showEvents(run.events, true);
  document.querySelectorAll('#runs tbody tr').forEach((tr) => tr.classList.toggle('selected', tr.dataset.run === id));
  page.stream = new EventSource('/api/runs/' + id + '/stream');
  page.stream.onmessage = (message) => showFrame(id, JSON.parse(message.data));
}

/** Status and controls of a run's detail. */
function showRun(run) {
  page.detail = run;
  const ended = ['completed', 'stopped', 'failed'].includes(run.status);
  const paused = run.status === 'paused';
  document.getElementById('run-status').textContent =
    run.status + (run.pause_reason ? ' (' + run.pause_reason + ')' : '') +
    ', step ' + run.steps_done + ' of ' + run.steps +
    (run.failure ? ': ' + run.failure : '') + (run.folder ? ', results in ' + run.folder : '');
  document.getElementById('pause').disabled = ended || paused;
  document.getElementById('resume').disabled = !paused;
  document.getElementById('step').disabled = !paused;
  document.getElementById('stop').disabled = ended;
  const report = document.getElementById('report');
  report.hidden = !(ended && run.folder);
  report.href = '/api/runs/' + run.id + '/report';
}

/** The rules in force, a variant to choose per slot, the frozen slots; redrawn when they change. */
function showRules(run) {
  const ended = ['completed', 'stopped', 'failed'].includes(run.status);
  const inForce = new Map(run.mechanisms.map((m) => [m.slot, m]));
  const names = new Set();
  run.mechanisms.forEach((m) => Object.keys(m.parameters || {}).forEach((p) => names.add(p)));
  document.getElementById('parameter-names').replaceChildren(...[...names].sort().map((n) => el('option', { value: n })));
  const rows = [];
  slots().forEach((installed, slot) => {
    const current = inForce.get(slot);
    const choice = el('select', { id: 'variant-' + slot },
      installed.map((m) => el('option', { value: m.variant, selected: current && current.variant === m.variant }, m.variant)));
    const use = el('button', {
      type: 'button', id: 'use-' + slot, disabled: ended,
      onclick: act(() => change('use', { slot, variant: choice.value })),
    }, 'Use');
    const freeze = freezable(slot)
      ? el('input', {
        type: 'checkbox', id: 'frozen-' + slot, checked: run.frozen.includes(slot), disabled: ended,
        onchange: act(() => change('freeze', { slot, frozen: freezeBox(slot).checked })),
      })
      : '';
    rows.push(el('tr', {}, el('td', {}, slot),
      el('td', {}, current ? current.variant + ' (' + current.bundle + ' ' + current.bundle_version + ')' : 'none'),
      el('td', {}, choice), el('td', {}, use), el('td', {}, freeze)));
  });
  fill(document.querySelector('#rules tbody'), rows);
}

function freezeBox(slot) {
  return document.getElementById('frozen-' + slot);
}

function showEvents(events, replace) {
  const tbody = document.querySelector('#events tbody');
  const rows = events.map((e) => el('tr', { 'data-kind': e.kind },
    el('td', {}, e.step), el('td', {}, e.kind), el('td', {}, e.slot || ''), el('td', {}, e.message)));
  if (replace) {
    fill(tbody, rows.reverse());
  } else {
    rows.forEach((r) => tbody.prepend(r));
  }
}

/** A change of the run: the answer is the run, the frame shows its event. */
async function change(action, body) {
  const run = await api('POST', '/api/runs/' + page.run + '/' + action, body || {});
  showRun(run);
  showRules(run);
  notify([run.id + ':', action, ...Object.values(body || {})].join(' '));
}

function showFrame(id, frame) {
  if (id !== page.run) {
    return;
  }
  const run = { ...page.detail, status: frame.status, pause_reason: frame.pause_reason, steps_done: frame.step };
  showRun(run);
  const listed = document.querySelector('#runs tr[data-run="' + id + '"]');
  if (listed) {
    listed.cells[1].textContent = run.status;
    listed.cells[2].textContent = run.steps_done + ' / ' + run.steps;
  }
  if (frame.raster) {
    drawRaster(frame.raster);
  }
  if (frame.rate) {
    append(page.rate, frame.rate.from, frame.rate.value);
    page.charts.rate.setData(page.rate);
  }
  if (frame.sample) {
    append(page.connection, frame.sample.step, frame.sample.connection_fraction);
    page.charts.connection.setData(page.connection);
    page.charts.thresholds.setData(histogram(frame.sample.thresholds));
    page.charts.weights.setData(histogram(frame.sample.weights));
  }
  if (frame.events) {
    showEvents(frame.events, frame.events_from === 0);
    page.detail = { ...run, mechanisms: frame.mechanisms, frozen: frame.frozen };
    showRules(page.detail);
  }
  if (frame.ended) {
    page.stream.close();
    refreshRuns()
      .then(() => api('GET', '/api/runs/' + id))
      .then((detail) => { showRun(detail); showRules(detail); })
      .catch((e) => notify(e.message, true));
  }
}

function append(curve, step, value) {
  if (curve[0].length && step <= curve[0][curve[0].length - 1]) {
    return;
  }
  curve[0].push(step);
  curve[1].push(value);
  if (curve[0].length > POINTS_KEPT) {
    curve[0] = curve[0].filter((_, i) => i % 2 === 0);
    curve[1] = curve[1].filter((_, i) => i % 2 === 0);
  }
}

/** The raster as an image: one pixel per unit and step, black where the unit fired. */
function drawRaster(raster) {
  const canvas = document.getElementById('raster');
  const bits = Uint8Array.from(atob(raster.bits), (c) => c.charCodeAt(0));
  const rowBytes = Math.ceil(raster.units / 8);
  const image = new ImageData(raster.steps, raster.units);
  for (let t = 0; t < raster.steps; t++) {
    for (let i = 0; i < raster.units; i++) {
      const on = (bits[t * rowBytes + (i >> 3)] >> (i & 7)) & 1;
      const p = 4 * (i * raster.steps + t);
      const shade = on ? 0 : 255;
      image.data[p] = shade;
      image.data[p + 1] = shade;
      image.data[p + 2] = on ? 80 : 255;
      image.data[p + 3] = 255;
    }
  }
  const bitmap = document.createElement('canvas');
  bitmap.width = raster.steps;
  bitmap.height = raster.units;
  bitmap.getContext('2d').putImageData(image, 0, 0);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingEnabled = false;
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const width = canvas.width * raster.steps / RASTER_STEPS;
  ctx.drawImage(bitmap, canvas.width - width, 0, width, canvas.height);
  document.getElementById('raster-steps').textContent =
    'steps ' + raster.first + ' to ' + (raster.first + raster.steps - 1) + ', units 0 to ' + (raster.units - 1);
}

// ---- charts (uPlot) ----

function chartSize(container) {
  return { width: Math.max(300, container.clientWidth - 10), height: 180 };
}

function lineChart(container, series, data) {
  container.replaceChildren();
  const size = chartSize(container);
  return new uPlot({
    ...size,
    legend: { show: series.length > 1 },
    scales: { x: { time: false } },
    axes: [{ label: 'step' }, {}],
    series: [{ label: 'step' }, ...series],
  }, data, container);
}

function barChart(container) {
  container.replaceChildren();
  return new uPlot({
    ...chartSize(container),
    legend: { show: false },
    scales: { x: { time: false } },
    axes: [{}, { label: 'count' }],
    series: [{}, { stroke: '#1f6feb', fill: 'rgba(31,111,235,0.35)', paths: uPlot.paths.bars({ size: [0.9, 40] }) }],
  }, [[], []], container);
}

/** A histogram's bins as uPlot data: bin centres and counts. */
function histogram(h) {
  const bins = h.counts.length;
  const width = (h.high - h.low) / bins;
  return [h.counts.map((_, i) => h.low + (i + 0.5) * width), Array.from(h.counts)];
}

function makeRunCharts() {
  Object.values(page.charts).forEach((c) => c.destroy());
  page.charts = {
    rate: lineChart(document.getElementById('rate-chart'), [{ label: 'rate', stroke: '#1f6feb' }], page.rate),
    connection: lineChart(document.getElementById('connection-chart'), [{ label: 'fraction', stroke: '#b54708' }], page.connection),
    thresholds: barChart(document.getElementById('threshold-chart')),
    weights: barChart(document.getElementById('weight-chart')),
  };
}

// ---- comparison of two runs ----

/** The runs to compare; a choice made stays, and the options stay while the runs do. */
function fillCompareChoices() {
  const label = (r) => r.id + ' (' + r.status + ')';
  ['compare-a', 'compare-b'].forEach((id, k) => {
    const select = document.getElementById(id);
    const ids = page.runs.map((r) => r.id).join(' ');
    if (select.dataset.runs === ids) {
      page.runs.forEach((r, i) => { select.options[i].textContent = label(r); });
      return;
    }
    const before = select.value;
    select.replaceChildren(...page.runs.map((r) => el('option', { value: r.id }, label(r))));
    select.dataset.runs = ids;
    const fallback = page.runs[Math.min(k, page.runs.length - 1)];
    select.value = page.runs.some((r) => r.id === before) ? before : (fallback ? fallback.id : '');
  });
}

async function compare() {
  const a = document.getElementById('compare-a').value;
  const b = document.getElementById('compare-b').value;
  const [ha, hb] = await Promise.all([a, b].map((id) => api('GET', '/api/runs/' + id + '/history')));
  const series = [{ label: a, stroke: '#1f6feb' }, { label: b, stroke: '#b54708' }];
  const curve = (h, name) => [Array.from(h[name].steps), Array.from(h[name].values)];
  lineChart(document.getElementById('compare-rate'), series,
    uPlot.join([curve(ha, 'rate'), curve(hb, 'rate')]));
  lineChart(document.getElementById('compare-connection'), series,
    uPlot.join([curve(ha, 'connection_fraction'), curve(hb, 'connection_fraction')]));
}

// ---- bundles ----

async function refreshBundles() {
  const bundles = await api('GET', '/api/bundles');
  fill(document.querySelector('#bundles tbody'), bundles.map((b) => {
    const active = b.state === 'active';
    const button = !b.stoppable && active ? '' : el('button', {
      type: 'button', 'data-bundle': b.symbolic_name,
      onclick: act(async () => {
        await api('POST', '/api/bundles/' + b.id + '/' + (active ? 'stop' : 'start'));
        await refreshBundles();
        await refreshVariants();
      }),
    }, active ? 'Stop' : 'Start');
    return el('tr', { 'data-bundle': b.symbolic_name },
      el('td', {}, b.id), el('td', {}, b.symbolic_name), el('td', {}, b.version),
      el('td', { class: active ? 'state-active' : '' }, b.state),
      el('td', {}, b.mechanisms.map((m) => m.slot + ': ' + m.variant).join(', ')),
      el('td', {}, button));
  }));
}

async function deploy() {
  const file = document.getElementById('bundle-file').files[0];
  if (!file) {
    throw new Error('choose a bundle (a jar file) first');
  }
  const bundle = await api('POST', '/api/bundles', file, 'application/java-archive');
  notify(bundle.symbolic_name + ' ' + bundle.version + ' deployed (' + bundle.state + ')');
  await refreshBundles();
  await refreshVariants();
}

// ---- start ----

function start() {
  document.querySelectorAll('nav button').forEach((b) => { b.onclick = () => showTab(b.dataset.tab); });
  document.getElementById('new-run').onsubmit = act(startRun);
  document.getElementById('pause').onclick = act(() => change('pause'));
  document.getElementById('resume').onclick = act(() => change('resume'));
  document.getElementById('stop').onclick = act(() => change('stop'));
  document.getElementById('step').onclick = act(() =>
    change('step', { steps: Number(document.getElementById('step-count').value) }));
  document.getElementById('set-parameter').onsubmit = act(() => {
    const f = new FormData(document.getElementById('set-parameter'));
    return change('set', { name: String(f.get('name')), value: Number(f.get('value')) });
  });
  document.getElementById('compare-form').onsubmit = act(compare);
  document.getElementById('deploy-form').onsubmit = act(deploy);
  const shown = /^#run=(.+)$/.exec(location.hash); // the run shown before a reload
  refreshVariants().then(refreshRuns)
    .then(() => (shown ? openRun(decodeURIComponent(shown[1])) : null))
    .catch((e) => notify(e.message, true));
  setInterval(() => refreshRuns().catch((e) => notify(e.message, true)), 2000);
}

start();
