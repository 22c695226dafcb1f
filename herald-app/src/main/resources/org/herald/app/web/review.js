// Herald's web page: the analyst's review view (see app.js for the helpers it uses).
'use strict';

// ---- review --------------------------------------------------------------------------------
// The analyst's review of one article: every event report with its verdict, the entities with
// their links, the review history and the rules made from reviews. Keys: j/k move within a
// table, v goes to the events and n to the entities; on an event c confirms, x rejects, e
// corrects; a adds an event over the words selected in the text; on an entity c confirms its
// link and e corrects it; r makes a rejection or correction a rule; Escape cancels.

let cameoCodes = null;

async function codeList() {
  if (!cameoCodes) cameoCodes = await api('/api/cameo/codes');
  return cameoCodes;
}

/** A code's own name where the list has it, else its root's. */
function exactCodeName(code) {
  const c = (cameoCodes || []).find(x => x.code === code);
  return c ? c.name : codeName(code);
}

async function send(method, path, body) {
  const headers = { 'Content-Type': 'application/json' };
  const token = localStorage.getItem('herald.token');
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(path, { method, headers, body: JSON.stringify(body) });
  const out = await res.json();
  if (!res.ok) throw new Error(out.detail || res.statusText);
  return out;
}

function reviewer() {
  return localStorage.getItem('herald.reviewer') || 'analyst';
}

function verdictBadge(v) {
  return el('span', { class: 'verdict verdict-' + (v || 'none') }, v || 'not reviewed');
}

function actorText(key, actor, name) {
  if (!key) return '–';
  return (name || key) + (actor ? ' [' + actor + ']' : '');
}

async function correctionForm(initial, entities, onSave, onCancel) {
  const codes = await codeList();
  const listId = 'actors-' + Math.random().toString(36).slice(2);
  const actors = el('datalist', { id: listId }, entities.map(e =>
    el('option', { value: entityKey(e) }, e.name + (e.kb && e.kb.actor ? ' · ' + e.kb.actor : ''))));
  const code = el('select', { name: 'code', class: 'code-picker' },
    codes.map(c => el('option', { value: c.code, selected: c.code === initial.code ? 'selected' : null }, c.code + ' ' + c.name)));
  const source = el('input', { name: 'source', list: listId, value: initial.source || '', placeholder: 'entity id or CAMEO actor (DEUGOV)' });
  const target = el('input', { name: 'target', list: listId, value: initial.target || '', placeholder: 'entity id or CAMEO actor' });
  const date = el('input', { name: 'date', value: initial.date || '', placeholder: 'YYYY-MM-DD' });
  const note = el('input', { name: 'note', placeholder: 'note (optional)' });
  const error = el('p', { class: 'error', role: 'alert' });
  const lookup = async input => {
    const q = input.value.trim();
    if (q.length < 3 || /^[A-Z]{3,}$/.test(q) || /^Q\d+$/.test(q)) return;
    try {
      const found = await api('/api/kb', { q });
      for (const k of found) if (![...actors.children].some(o => o.value === k.id))
        actors.append(el('option', { value: k.id }, k.label + (k.actor ? ' · ' + k.actor : '')));
    } catch (e) { /* the typed value stands */ }
  };
  source.addEventListener('input', () => lookup(source));
  target.addEventListener('input', () => lookup(target));
  const form = el('form', { class: 'review-form' },
    el('label', {}, 'code', code), el('label', {}, 'source', source), el('label', {}, 'target', target),
    el('label', {}, 'date', date), el('label', {}, 'note', note), actors,
    el('button', { type: 'submit' }, 'Save (Enter)'), el('button', { type: 'button', class: 'secondary', onclick: onCancel }, 'Cancel (Esc)'), error);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const out = { code: code.value, source: source.value.trim(), target: target.value.trim(), date: date.value.trim(), note: note.value.trim() };
    try { await onSave(out); } catch (e) { error.textContent = String(e.message || e); }
  });
  form.addEventListener('keydown', ev => { if (ev.key === 'Escape') { ev.preventDefault(); onCancel(); } });
  setTimeout(() => code.focus(), 0);
  return form;
}

async function reviewPage(id) {
  let doc, state, figures, rules;
  try {
    [doc, state, figures, rules] = await Promise.all([api('/api/documents/' + encodeURIComponent(id)),
      api('/api/documents/' + encodeURIComponent(id) + '/reviews'), api('/api/reviews'), api('/api/rules'), codeList()]);
  } catch (e) {
    show(problem(e));
    return;
  }
  const reload = async focus => { await reviewPage(id); if (focus) focusRow(focus); };
  const who = el('input', { id: 'reviewer', value: reviewer(), onchange: ev => localStorage.setItem('herald.reviewer', ev.target.value.trim()) });
  const token = el('input', { id: 'token', type: 'password', value: localStorage.getItem('herald.token') || '', placeholder: 'HERALD_TOKEN, if the server has one',
    onchange: ev => localStorage.setItem('herald.token', ev.target.value.trim()) });
  const status = el('p', { id: 'review-status', class: 'muted', role: 'status' });
  const say = text => { status.textContent = text; };
  const fail = e => { status.textContent = String(e.message || e); status.className = 'error'; };

  const rows = state.reports.map(r => {
    const tr = el('tr', { tabindex: '0', class: 'review-row', 'data-id': r.id, 'data-verdict': r.review || '' },
      el('td', {}, verdictBadge(r.review)),
      el('td', {}, r.code, ' ', el('span', { class: 'muted' }, exactCodeName(r.code))),
      el('td', {}, actorText(r.source_key, r.source_actor, r.source_name)),
      el('td', {}, actorText(r.target_key, r.target_actor, r.target_name)),
      el('td', {}, r.event_date || ''),
      el('td', {}, r.sentence_text));
    tr.review = async (verdict, fields) => {
      try {
        await send('POST', '/api/event-mentions/' + encodeURIComponent(r.id) + '/review',
          Object.assign({ verdict, reviewer: reviewer() }, fields || {}));
        await reload(r.id);
        say(r.id + ' ' + verdict);
      } catch (e) { fail(e); }
    };
    tr.rule = async () => {
      try {
        const made = await send('POST', '/api/event-mentions/' + encodeURIComponent(r.id) + '/rule', {});
        await reload(r.id);
        say('rule added to ' + made.file + ': ' + made.line.replace(/\t/g, ' · '));
      } catch (e) { fail(e); }
    };
    tr.edit = async () => {
      const cell = el('td', { colspan: '6' });
      const form = await correctionForm({ code: r.code, source: r.source_key, target: r.target_key, date: r.event_date },
        doc.entities || [], async f => {
          const fields = {};
          if (f.code !== r.code) fields.code = f.code;
          if (f.source && f.source !== r.source_key) fields.source = f.source;
          if (f.target && f.target !== r.target_key) fields.target = f.target;
          if (f.date && f.date !== r.event_date) fields.date = f.date;
          if (f.note) fields.note = f.note;
          if (Object.keys(fields).filter(k => k !== 'note').length === 0) throw new Error('nothing changed');
          await tr.review('corrected', fields);
        }, () => { editor.remove(); tr.focus(); });
      cell.append(form);
      const editor = el('tr', { class: 'editor' }, cell);
      tr.after(editor);
    };
    return tr;
  });
  const entityRows = (doc.entities || []).map(e => {
    const key = entityKey(e);
    const tr = el('tr', { tabindex: '0', class: 'entity-row', 'data-id': key },
      el('td', {}, e.name), el('td', {}, e.type),
      el('td', {}, e.kb ? e.kb.label + ' · ' + e.kb.id + (e.kb.actor ? ' · ' + e.kb.actor : '') : 'not linked'));
    tr.review = async (verdict, kbId) => {
      try {
        await send('POST', '/api/entities/' + encodeURIComponent(key) + '/review',
          Object.assign({ document: doc.id, verdict, reviewer: reviewer() }, kbId ? { kbId } : {}));
        await reload(key);
        say('link of ' + e.name + ' ' + verdict);
      } catch (err) { fail(err); }
    };
    tr.rule = async () => {
      try {
        const made = await send('POST', '/api/entities/' + encodeURIComponent(key) + '/rule', { document: doc.id });
        await reload(key);
        say('rule added to ' + made.file + ': ' + made.line.replace(/\t/g, ' · '));
      } catch (err) { fail(err); }
    };
    tr.edit = () => {
      const input = el('input', { name: 'kbId', placeholder: 'knowledge-base id (Q7747) or none' });
      const error = el('p', { class: 'error', role: 'alert' });
      const form = el('form', { class: 'review-form' }, el('label', {}, 'link to', input),
        el('button', { type: 'submit' }, 'Save (Enter)'), error);
      const editor = el('tr', { class: 'editor' }, el('td', { colspan: '3' }, form));
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        if (!input.value.trim()) { error.textContent = 'give an id or none'; return; }
        await tr.review('corrected', input.value.trim());
      });
      form.addEventListener('keydown', ev => { if (ev.key === 'Escape') { ev.preventDefault(); editor.remove(); tr.focus(); } });
      tr.after(editor);
      setTimeout(() => input.focus(), 0);
    };
    return tr;
  });

  const text = el('div', { class: 'article-text', id: 'review-text' }, doc.text);
  const addFromSelection = async () => {
    const sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed || !text.contains(sel.anchorNode)) { say('select the evidence words in the text first, then press a'); return; }
    const range = sel.getRangeAt(0);
    const pre = document.createRange();
    pre.selectNodeContents(text);
    pre.setEnd(range.startContainer, range.startOffset);
    const start = pre.toString().length;
    const end = start + range.toString().length;
    const box = el('div', { class: 'card', id: 'add-event' }, el('h2', {}, 'Add the event of “' + range.toString() + '”'));
    const form = await correctionForm({ date: doc.published ? doc.published.substring(0, 10) : '' }, doc.entities || [], async f => {
      const body = { start, end, code: f.code, source: f.source, reviewer: reviewer() };
      if (f.target) body.target = f.target;
      if (f.date) body.date = f.date;
      if (f.note) body.note = f.note;
      const r = await send('POST', '/api/documents/' + encodeURIComponent(doc.id) + '/events', body);
      await reload(r.mention_id);
      say('added ' + r.mention_id);
    }, () => box.remove());
    box.append(form);
    eventsCard.before(box);
  };

  const eventsCard = el('div', { class: 'card' }, el('h2', {}, 'Event reports (' + rows.length + ')'),
    el('table', { id: 'review-events' },
      el('thead', {}, el('tr', {}, ['Verdict', 'Code', 'Source', 'Target', 'Date', 'Evidence'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)));
  const f = figures;
  show(
    el('h1', { id: 'review-title' }, 'Review: ' + (doc.title || doc.id)),
    el('p', { class: 'muted' }, link('#/doc/' + encodeURIComponent(doc.id), 'the article'), ' · keys: ',
      el('kbd', {}, 'j'), '/', el('kbd', {}, 'k'), ' move, ', el('kbd', {}, 'v'), ' events, ', el('kbd', {}, 'n'), ' entities, ',
      el('kbd', {}, 'c'), ' confirm, ', el('kbd', {}, 'x'), ' reject, ', el('kbd', {}, 'e'), ' correct, ',
      el('kbd', {}, 'a'), ' add the event of the selected words, ', el('kbd', {}, 'r'), ' make the review a rule'),
    el('div', { class: 'layout' },
      el('div', {}, status, eventsCard,
        el('div', { class: 'card' }, el('h2', {}, 'Text'), text),
        el('div', { class: 'card' }, el('h2', {}, 'Entities and their links'),
          el('table', { id: 'review-entities' }, el('thead', {}, el('tr', {}, ['Name', 'Type', 'Linked to'].map(h => el('th', {}, h)))),
            el('tbody', {}, entityRows)))),
      el('aside', {},
        el('div', { class: 'card' }, el('h2', {}, 'Reviewer'),
          el('label', { class: 'stacked' }, 'name', who), el('label', { class: 'stacked' }, 'token', token)),
        el('div', { class: 'card', id: 'review-figures' }, el('h2', {}, 'Herald on the reviewed reports'),
          el('dl', { class: 'kv' },
            el('dt', {}, 'precision'), el('dd', {}, f.precision == null ? '–' : f.precision.toFixed(3)),
            el('dt', {}, 'recall'), el('dd', {}, f.recall == null ? '–' : f.recall.toFixed(3)),
            el('dt', {}, 'documents'), el('dd', {}, f.documents),
            el('dt', {}, 'confirmed · rejected'), el('dd', {}, f.confirmed + ' · ' + f.rejected),
            el('dt', {}, 'corrected · added'), el('dd', {}, f.corrected + ' · ' + f.added),
            el('dt', {}, 'not yet reviewed'), el('dd', {}, f.unreviewed))),
        el('div', { class: 'card' }, el('h2', {}, 'Rules made from reviews'),
          rules.length ? el('ul', { id: 'review-rules' }, rules.map(x => el('li', {}, el('code', {}, x.line.replace(/\t/g, ' · ')),
            el('div', { class: 'muted' }, x.file + ', ' + x.origin))))
            : el('p', { class: 'muted', id: 'review-rules' }, 'None yet: press r on a rejected or corrected report, or a corrected link.')),
        el('div', { class: 'card' }, el('h2', {}, 'History'),
          el('ul', { id: 'review-history' }, state.history.map(h => el('li', { class: h.current ? '' : 'muted' },
            el('strong', {}, h.verdict), ' ', h.kind === 'link' ? 'link of ' + h.entity_key : (h.mention_id || ''),
            h.code ? ' → ' + h.code : '', h.source ? ' ' + h.source : '', h.target ? ' → ' + h.target : '',
            ' · ' + h.reviewer + ' · ' + h.reviewed_at.substring(0, 16).replace('T', ' '),
            h.note ? ' · ' + h.note : '', h.matched === false ? ' · matches no report now' : '')))))));
  reviewKeys.rows = rows;
  reviewKeys.entities = entityRows;
  reviewKeys.add = addFromSelection;
  if (rows.length) rows[0].focus();
}

function focusRow(id) {
  const row = [...document.querySelectorAll('#review-events tr[data-id], #review-entities tr[data-id]')]
    .find(r => r.dataset.id === id);
  if (row) row.focus();
}

const reviewKeys = { rows: [], entities: [], add: null };

document.addEventListener('keydown', ev => {
  if (document.body.dataset.page !== 'review' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const t = ev.target;
  if (t.closest && t.closest('form, input, select, textarea')) return;
  const row = t.closest ? t.closest('tr.review-row, tr.entity-row') : null;
  const list = row && row.classList.contains('entity-row') ? reviewKeys.entities : reviewKeys.rows;
  const at = row ? list.indexOf(row) : -1;
  const key = ev.key;
  if (key === 'j' || key === 'ArrowDown') { if (list[at + 1]) list[at + 1].focus(); }
  else if (key === 'k' || key === 'ArrowUp') { if (at > 0) list[at - 1].focus(); }
  else if (key === 'v') { if (reviewKeys.rows[0]) reviewKeys.rows[0].focus(); }
  else if (key === 'n') { if (reviewKeys.entities[0]) reviewKeys.entities[0].focus(); }
  else if (key === 'a') { if (reviewKeys.add) reviewKeys.add(); }
  else if (row && key === 'c') row.review('confirmed');
  else if (row && key === 'x' && !row.classList.contains('entity-row')) row.review('rejected');
  else if (row && key === 'e') row.edit();
  else if (row && key === 'r') row.rule();
  else return;
  ev.preventDefault();
});

