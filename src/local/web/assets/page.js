// The local page's script: draws /api/state and sends the teacher's clicks to the local runtime. Every value goes in as text.
/* global document, window */
'use strict';

const $ = (id) => document.getElementById(id);
let current = null;
let shownTab = null;
let lastActive = '';
let shownFormId = null;
let refreshes = 0;
const drawn = new Map();

/**
 * Redraws a part only when its data changed: the sidebar's selection poll refreshes the page every
 * few seconds, and redrawing unchanged parts would drop keyboard focus and scroll position.
 */
function redraw(part, data, draw) {
  const key = JSON.stringify(data);
  if (drawn.get(part) === key) return;
  drawn.set(part, key);
  draw();
}

function element(tag, props, children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children || []) node.append(child);
  return node;
}

function setStatus(text, isError) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(path, init);
  const reply = await response.json();
  if (!response.ok) throw new Error(reply.error ? reply.error.message : response.statusText);
  return reply;
}

/** Runs an action, shows its outcome or error, then redraws from the server's state. */
async function act(label, action) {
  setStatus(`${label}…`);
  try {
    const message = await action();
    setStatus(message || `${label}: done.`);
  } catch (error) {
    setStatus(`${label}: ${error.message}`, true);
  }
  await refresh();
}

/** An instant as wall-clock time in the spreadsheet's zone, like the virtual clock above. */
function when(iso) {
  const timeZone = current ? current.spreadsheet.timeZone : undefined;
  return new Date(iso).toLocaleString('en-US', { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

function executionsSummary(executions) {
  if (executions.length === 0) return 'no trigger was due';
  return executions.map((e) => `${e.entryPoint}: ${e.outcome}`).join(', ');
}

function renderMenus(menus) {
  const nav = $('menus');
  nav.replaceChildren();
  for (const menu of menus) {
    for (const item of menu.items) {
      if (!item.functionName) continue;
      const button = element('button', { type: 'button', textContent: `${menu.name} › ${item.caption}` });
      button.addEventListener('click', () =>
        act(item.caption, async () => {
          const reply = await api('/api/run', { name: item.functionName, args: [] });
          if (!reply.ok) throw new Error(reply.error.message);
          if (item.functionName === 'showSidebar') $('sidebar').contentWindow.location.reload();
          return `${item.caption}: done.`;
        }),
      );
      nav.append(button);
    }
  }
}

function renderTabStrip(tabs) {
  const strip = $('tab-strip');
  strip.replaceChildren();
  for (const tab of tabs) {
    const button = element('button', { type: 'button', textContent: tab.name });
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', String(tab.name === shownTab));
    button.addEventListener('click', () => {
      shownTab = tab.name;
      drawn.clear();
      render(current);
    });
    strip.append(button);
  }
}

function selectRow(tab, row) {
  return act(`Select row ${row}`, async () => {
    await api('/api/select', { tab, row });
    return `Selected row ${row} of ${tab}.`;
  });
}

function renderGrid(tab, active) {
  const width = tab.columns.length;
  const head = element('tr', {}, [element('td'), ...tab.columns.map((letter) => element('th', { scope: 'col', textContent: letter }))]);
  const body = element('tbody');
  const rowCount = Math.max(tab.rows.length, active.sheet === tab.name ? active.row : 0);
  let selected = null;
  for (let r = 0; r < rowCount; r += 1) {
    const number = r + 1;
    const cells = tab.rows[r] || [];
    const tr = element('tr', { tabIndex: 0 }, [element('th', { scope: 'row', textContent: String(number) })]);
    for (let c = 0; c < width; c += 1) tr.append(element('td', { textContent: cells[c] || '', title: cells[c] || '' }));
    if (active.sheet === tab.name && active.row === number) {
      tr.classList.add('selected');
      tr.setAttribute('aria-selected', 'true');
      selected = tr;
    }
    tr.addEventListener('click', () => selectRow(tab.name, number));
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        selectRow(tab.name, number);
      }
    });
    body.append(tr);
  }
  const table = element('table', { className: 'grid' }, [element('thead', {}, [head]), body]);
  table.setAttribute('aria-label', `${tab.name} tab`);
  $('tab-panel').replaceChildren(table);
  return selected;
}

function showMail(mail) {
  $('mail-view').hidden = false;
  $('mail-meta').textContent = `To ${mail.to.join(', ')} · ${mail.subject} · ${when(mail.sentAt)}`;
  $('mail-body').src = `/api/mail/${encodeURIComponent(mail.id)}`;
}

function renderOutbox(outbox, quota) {
  $('quota').textContent = `(${quota.used} of ${quota.daily} recipients used today)`;
  const list = $('outbox');
  list.replaceChildren();
  if (outbox.length === 0) list.append(element('li', { textContent: 'No email sent yet.' }));
  for (const mail of outbox) {
    const button = element('button', { type: 'button', textContent: `${when(mail.sentAt)} · ${mail.to.join(', ')} · ${mail.subject}` });
    button.addEventListener('click', () => showMail(mail));
    list.append(element('li', {}, [button]));
  }
}

function renderExecutions(executions) {
  const list = $('executions');
  list.replaceChildren();
  if (executions.length === 0) list.append(element('li', { textContent: 'No execution yet.' }));
  for (const e of executions) {
    const outcome = element('span', { className: `outcome-${e.outcome}`, textContent: e.outcome });
    const text = `#${e.id} ${when(e.startedAt)} ${e.entryPoint}: `;
    list.append(element('li', {}, [text, outcome, e.message ? ` ${e.message}` : '']));
  }
}

function formField(item) {
  const id = `form-item-${item.id}`;
  const label = element('label', { htmlFor: id, textContent: item.title + (item.required ? ' *' : '') });
  let input;
  if (item.type === 'PARAGRAPH_TEXT') input = element('textarea', { id, rows: 2 });
  else if ((item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') && item.choices.length > 0) {
    input = element('select', { id }, [element('option', { value: '', textContent: '' }), ...item.choices.map((choice) => element('option', { value: choice, textContent: choice }))]);
  } else if (item.type === 'CHECKBOX' && item.choices.length > 0) {
    input = element('select', { id, multiple: true }, item.choices.map((choice) => element('option', { value: choice, textContent: choice })));
  } else input = element('input', { id, type: item.type === 'DATE' ? 'date' : 'text' });
  input.dataset.title = item.title;
  return [label, input];
}

function renderForm(forms) {
  const container = $('student-form');
  const form = forms[0];
  if (!form) {
    shownFormId = null;
    container.replaceChildren(element('p', { textContent: 'No form in this workspace yet: a form the add-on creates with FormApp shows here, ready for a student’s answers.' }));
    return;
  }
  if (form.id === shownFormId) return; // Keep what the student is typing.
  shownFormId = form.id;
  const email = element('input', { id: 'form-email', type: 'email', required: true, placeholder: 'first.last@students.example.edu' });
  const fields = form.items.flatMap(formField);
  const submit = element('button', { type: 'submit', textContent: 'Submit as this student' });
  container.replaceChildren(element('p', { textContent: form.title }), element('label', { htmlFor: 'form-email', textContent: 'Student email *' }), email, ...fields, element('p', {}, [submit]));
  container.onsubmit = (event) => {
    event.preventDefault();
    const response = { email: email.value };
    for (const input of container.querySelectorAll('[data-title]')) {
      const answer = input.multiple ? Array.from(input.selectedOptions, (option) => option.value) : input.value;
      if (answer.length > 0) response[input.dataset.title] = answer;
    }
    act('Submit the form', async () => {
      const reply = await api('/api/submit-form', { formId: form.id, response });
      container.reset();
      return `Submitted. Triggers: ${executionsSummary(reply.executions)}.`;
    });
  };
}

function render(state) {
  current = state;
  $('spreadsheet-name').textContent = state.spreadsheet.name;
  document.title = `${state.spreadsheet.name} · Rapport (local)`;
  const clock = $('clock');
  clock.dateTime = state.clock.now;
  clock.textContent = state.clock.local;
  redraw('menus', state.menus, () => renderMenus(state.menus));
  const activeKey = `${state.active.sheet}!${state.active.row}`;
  const selectionMoved = activeKey !== lastActive;
  if (selectionMoved || !state.tabs.some((tab) => tab.name === shownTab)) shownTab = state.active.sheet;
  lastActive = activeKey;
  const tab = state.tabs.find((candidate) => candidate.name === shownTab) || state.tabs[0];
  redraw('tabs', [shownTab, state.tabs.map((t) => t.name)], () => renderTabStrip(state.tabs));
  redraw('grid', [tab, state.active], () => {
    const selected = tab ? renderGrid(tab, state.active) : null;
    if (selected && selectionMoved) selected.scrollIntoView({ block: 'nearest' });
  });
  redraw('outbox', [state.outbox, state.quota], () => renderOutbox(state.outbox, state.quota));
  redraw('executions', state.executions, () => renderExecutions(state.executions));
  renderForm(state.forms);
}

async function refresh() {
  const ticket = ++refreshes;
  try {
    const state = await api('/api/state');
    if (ticket === refreshes) render(state);
  } catch (error) {
    setStatus(`Could not load the workspace: ${error.message}`, true);
  }
}

for (const button of document.querySelectorAll('[data-advance]')) {
  button.addEventListener('click', () =>
    act(button.textContent, async () => {
      const reply = await api('/api/advance', { ms: Number(button.dataset.advance) });
      return `${button.textContent}: ${executionsSummary(reply.executions)}.`;
    }),
  );
}

// The sidebar's google.script.run shim reports each server call, so the tabs follow what it changed.
window.addEventListener('message', (event) => {
  if (event.origin === window.location.origin && event.data && event.data.type === 'rapport:server-call') refresh();
});

refresh();
