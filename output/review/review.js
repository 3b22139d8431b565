// missionx review: the summary's search, filter and pages, and a document
// view drawn on demand from the embedded JSON (one document at a time).
// Every piece of document data reaches the page through textContent or
// setAttribute, never as markup: the documents are untrusted input.
(function () {
  'use strict';

  var TYPES = ['date', 'count', 'organization', 'role', 'location', 'deployment'];
  var RANK = { date: 0, count: 1, organization: 2, role: 3, location: 4, deployment: 5 };
  var PER_PAGE = 100;

  var t0 = performance.now();
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var docs = data.docs;

  function $(id) { return document.getElementById(id); }

  // el builds an element; children are nodes or strings (always text).
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (k === 'text') e.textContent = attrs[k];
        else if (k === 'cls') e.className = attrs[k];
        else e.setAttribute(k, attrs[k]);
      }
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c == null) continue;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  // ---- summary: search, filter, pages ----
  var rows = Array.prototype.slice.call(document.querySelectorAll('#docs tbody tr'));
  var search = $('search'), hasSel = $('has');
  var lowered = null; // lower-cased id, title and text, built on the first search
  var filtered = docs.map(function (_, i) { return i; });
  var page = 0;

  function hasOK(d, has) {
    if (!has) return true;
    if (has === 'problems') return d.problems.length > 0;
    if (has === 'warnings') return d.warnings.length > 0;
    return (d.counts[has] || 0) > 0;
  }

  function applyFilter() {
    var q = search.value.trim().toLowerCase();
    var has = hasSel.value;
    if (q && !lowered) {
      lowered = docs.map(function (d) { return (d.id + '\n' + d.title + '\n' + d.text).toLowerCase(); });
    }
    filtered = [];
    for (var i = 0; i < docs.length; i++) {
      if ((!q || lowered[i].indexOf(q) >= 0) && hasOK(docs[i], has)) filtered.push(i);
    }
    page = 0;
    renderPage();
  }

  function renderPage() {
    var pages = Math.max(1, Math.ceil(filtered.length / PER_PAGE));
    if (page >= pages) page = pages - 1;
    var from = page * PER_PAGE, to = Math.min(filtered.length, from + PER_PAGE);
    var show = {};
    for (var i = from; i < to; i++) show[filtered[i]] = true;
    for (var r = 0; r < rows.length; r++) rows[r].hidden = !show[r];
    $('shown').textContent = filtered.length === 0 ? 'No document matches.' :
      (filtered.length === docs.length && pages === 1 ? docs.length + ' documents' :
        'Showing ' + (from + 1) + '–' + to + ' of ' + filtered.length + ' documents' +
        (filtered.length < docs.length ? ' (of ' + docs.length + ')' : ''));
    var pager = $('pager');
    pager.textContent = '';
    if (pages === 1) return;
    function btn(label, p, disabled, current) {
      var b = el('button', { type: 'button', text: label });
      if (disabled) b.disabled = true;
      if (current) b.setAttribute('aria-current', 'page');
      b.addEventListener('click', function () { page = p; renderPage(); window.scrollTo(0, 0); });
      pager.appendChild(b);
    }
    btn('‹', page - 1, page === 0);
    var last = -1;
    for (var p = 0; p < pages; p++) {
      if (p === 0 || p === pages - 1 || Math.abs(p - page) <= 2) {
        if (last >= 0 && p - last > 1) pager.appendChild(el('span', { cls: 'muted', text: '…' }));
        btn(String(p + 1), p, false, p === page);
        last = p;
      }
    }
    btn('›', page + 1, page === pages - 1);
  }

  var searchTimer = 0;
  // a click anywhere on a row opens its document
  $('docs').addEventListener('click', function (e) {
    var tr = e.target.closest('tbody tr');
    if (tr && !e.target.closest('a') && !String(window.getSelection())) location.hash = '#doc=' + tr.getAttribute('data-i');
  });
  search.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(applyFilter, 120);
  });
  hasSel.addEventListener('change', applyFilter);

  // ---- document view ----
  var shownTypes = {}; // as the legend's boxes say (evidence starts hidden)
  Array.prototype.forEach.call(document.querySelectorAll('.legend input'), function (box) {
    shownTypes[box.getAttribute('data-type')] = box.checked;
  });
  var cur = null; // {i, doc, cps, marks, byKey, pieces}
  var pinned = null; // selected mark

  // marksOf lists every span of a document's records as a mark: one per
  // date or count, one per mention of an organization, role or place, and
  // one per deployment evidence. Spans are code-point offsets.
  function marksOf(d, cps) {
    var marks = [];
    function add(ri, mi, type, m) {
      if (!m || !m.span || m.span.length !== 2) return;
      var s = m.span[0], e = m.span[1];
      var key = 'r' + ri + (mi == null ? '' : 'm' + mi);
      var ok = s >= 0 && e >= s && e <= cps.length;
      var mk = { key: key, ri: ri, mi: mi, type: type, s: s, e: e, text: m.text, idx: marks.length };
      mk.bad = !ok || cps.slice(s, e).join('') !== m.text;
      if (!ok) { mk.s = Math.max(0, Math.min(s, cps.length)); mk.e = Math.max(mk.s, Math.min(e, cps.length)); }
      marks.push(mk);
    }
    d.records.forEach(function (r, ri) {
      if (!(r.type in RANK)) return; // an unknown record type has nothing to draw
      if (r.type === 'deployment') add(ri, null, 'deployment', r.evidence);
      else if (r.mentions) r.mentions.forEach(function (m, mi) { add(ri, mi, r.type, m); });
      else if (r.span) add(ri, null, r.type, r);
    });
    return marks;
  }

  // innermost picks the mark drawn as a piece's fill: the shortest span,
  // then the earlier type.
  function innerFirst(a, b) {
    return (a.e - a.s) - (b.e - b.s) || RANK[a.type] - RANK[b.type] || a.idx - b.idx;
  }

  // renderText splits the text at every mark boundary and gives each piece
  // the set of marks covering it, so overlapping and nested mentions (a
  // role inside a count inside a deployment's evidence) all stay visible.
  function renderText() {
    var box = $('text');
    box.textContent = '';
    var cps = cur.cps, marks = cur.marks.filter(function (m) {
      return m.e > m.s && (m.type === 'deployment' || shownTypes[m.type]);
    });
    cur.pieces = {};
    var bounds = [0, cps.length];
    var starts = {}, ends = {};
    marks.forEach(function (m) {
      bounds.push(m.s, m.e);
      (starts[m.s] = starts[m.s] || []).push(m);
      (ends[m.e] = ends[m.e] || []).push(m);
    });
    bounds.sort(function (a, b) { return a - b; });
    bounds = bounds.filter(function (x, k) { return k === 0 || x !== bounds[k - 1]; });
    var frag = document.createDocumentFragment();
    var active = [];
    for (var b = 0; b < bounds.length - 1; b++) {
      var a = bounds[b], z = bounds[b + 1];
      if (ends[a]) active = active.filter(function (m) { return m.e !== a; });
      if (starts[a]) active = active.concat(starts[a]);
      var piece = cps.slice(a, z).join('');
      if (active.length === 0) { frag.appendChild(document.createTextNode(piece)); continue; }
      var cover = active.slice().sort(innerFirst);
      var fills = cover.filter(function (m) { return m.type !== 'deployment'; });
      var evs = cover.filter(function (m) { return m.type === 'deployment'; });
      var span = el('span', { 'data-ms': cover.map(function (m) { return m.key; }).join(' ') }, piece);
      var cls = 'm';
      if (fills.length) cls += ' t-' + fills[0].type;
      if (evs.length && shownTypes.deployment) cls += ' ev';
      if (cover.some(function (m) { return m.bad; })) cls += ' bad';
      span.className = cls;
      if (fills.length > 1) {
        span.style.boxShadow = fills.slice(1, 4).map(function (m, k) {
          return 'inset 0 -' + (2 * (k + 1)) + 'px 0 var(--' + m.type + '-s)';
        }).join(', ');
      }
      if (!fills.length && !(evs.length && shownTypes.deployment)) span.style.cursor = 'default';
      cover.forEach(function (m) { (cur.pieces[m.key] = cur.pieces[m.key] || []).push(span); });
      span._cover = cover;
      frag.appendChild(span);
    }
    box.appendChild(frag);
    if (pinned) markPieces(pinned, 'sel', true);
  }

  // markPieces turns a highlight on or off: a mention's pieces get cls
  // (sel: outlined); a deployment's evidence pieces are filled instead
  // (hot), and its table row gets cls.
  function markPieces(m, cls, on) {
    var pc = m.type === 'deployment' ? 'hot' : cls;
    var ps = cur.pieces[m.key] || [];
    for (var i = 0; i < ps.length; i++) ps[i].classList.toggle(pc, on);
    if (m.type === 'deployment') {
      var row = document.querySelector('#deployments tr[data-ri="' + m.ri + '"]');
      if (row) row.classList.toggle(cls, on);
    }
    if (!on && pinned) markPieces(pinned, 'sel', true); // a hover ended: keep the pinned one lit
  }

  function clip(s, n) {
    var cps = Array.from(s);
    return cps.length <= n ? s : cps.slice(0, n - 1).join('') + '…';
  }

  function fmt(v) {
    if (v === null || v === undefined) return null;
    if (typeof v === 'object' && !Array.isArray(v) && 'span' in v && 'text' in v) {
      return '"' + v.text + '" [' + v.span[0] + ', ' + v.span[1] + ')';
    }
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number') return '[' + v[0] + ', ' + v[1] + ')';
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  // linked finds the mark a field points to, so the panel can link it: a
  // date's anchor (by span), a mission (organization id), a role or a
  // location (by canonical name).
  function linked(r, k, v) {
    var want = null;
    if (k === 'anchor' && v && v.span) {
      return cur.marks.find(function (o) { return o.s === v.span[0] && o.e === v.span[1] && o.type !== 'deployment'; }) || null;
    }
    if (k === 'mission') want = function (o) { return o.type === 'organization' && o.id === v; };
    else if (k === 'role' && r.type !== 'role') want = function (o) { return o.type === 'role' && o.name === v; };
    else if (k === 'location' && r.type === 'deployment') want = function (o) { return o.type === 'location' && o.name === v; };
    if (!want) return null;
    var recs = cur.doc.records;
    return cur.marks.find(function (o) { var x = recs[o.ri]; return want({ type: x.type, id: x.id, name: x.name }); }) || null;
  }

  // showRecord fills the side panel with a mark's record.
  var shown; // the mark the panel shows (undefined: none drawn yet)

  function showRecord(m) {
    // redrawing what is already there would swap the links under the mouse
    if (m === shown) return;
    shown = m;
    var panel = $('panel');
    panel.textContent = '';
    if (!m) {
      panel.appendChild(el('p', { cls: 'muted hint', text: 'Hover or click a highlighted mention to see its record. Click a deployment row to show its evidence.' }));
      return;
    }
    var r = cur.doc.records[m.ri];
    panel.appendChild(el('h4', null, el('span', { cls: 'tag t-' + m.type, text: m.type }),
      el('span', { cls: 'muted', text: 'record ' + (m.ri + 1) })));
    panel.appendChild(el('p', { cls: 'quote', text: '“' + m.text + '”' }));
    var t = el('table', { id: 'record', 'data-key': m.key });
    function row(k, v) {
      var s = fmt(v);
      var target = s === null ? null : linked(r, k, v);
      var td = el('td', { cls: s === null ? 'null' : '' });
      if (target) td.appendChild(el('a', { href: '#doc=' + cur.i + '&m=' + target.key, title: 'Show this ' + target.type, text: s }));
      else td.textContent = s === null ? '—' : s;
      t.appendChild(el('tr', { 'data-field': k }, el('th', { text: k }), td));
    }
    if (m.mi != null) row('this mention', [m.s, m.e]);
    Object.keys(r).forEach(function (k) {
      if (k === 'type' || k === 'doc' || k === 'mentions') return;
      if (m.type === 'deployment' && k === 'evidence') { row('evidence', [r.evidence.span[0], r.evidence.span[1]]); return; }
      row(k, r[k]);
    });
    panel.appendChild(t);
    if (m.bad) panel.appendChild(el('p', { cls: 'problems', text: 'This span does not match the text: text[' + m.s + ':' + m.e + '] differs from the record.' }));
    if (r.mentions && r.mentions.length > 1) {
      var list = el('div', { cls: 'also' }, el('div', { cls: 'muted', text: r.mentions.length + ' mentions' }));
      r.mentions.forEach(function (mm, mi) {
        var a = el('a', { href: '#doc=' + cur.i + '&m=r' + m.ri + 'm' + mi, text: '“' + mm.text + '” [' + mm.span[0] + ', ' + mm.span[1] + ')' });
        if (mi === m.mi) a.style.fontWeight = '600';
        list.appendChild(a);
      });
      panel.appendChild(list);
    }
    var near = cur.marks.filter(function (o) { return o !== m && o.s < m.e && m.s < o.e; });
    if (near.length) {
      var box = el('div', { cls: 'also' }, el('div', { cls: 'muted', text: 'Overlapping' }));
      near.forEach(function (o) {
        box.appendChild(el('a', { href: '#doc=' + cur.i + '&m=' + o.key }, el('span', { cls: 'tag t-' + o.type, text: o.type }), ' ' + clip(o.text, 80)));
      });
      panel.appendChild(box);
    }
    panel.appendChild(el('details', null, el('summary', { text: 'JSON record' }), el('pre', { text: JSON.stringify(r, null, 1) })));
  }

  var quietUntil = 0;

  function select(m, scroll) {
    var old = pinned;
    pinned = null;
    if (old) markPieces(old, 'sel', false);
    pinned = m;
    if (m) {
      markPieces(m, 'sel', true);
      var ps = cur.pieces[m.key];
      if (scroll && ps && ps.length) {
        ps[0].scrollIntoView({ block: 'center' });
        quietUntil = performance.now() + 500; // the text moved under a still mouse: that is no hover
      }
    }
    showRecord(m);
    var h = '#doc=' + cur.i + (m ? '&m=' + m.key : '');
    if (location.hash !== h) history.replaceState(null, '', h);
  }

  function pieceMark(target) {
    var p = target.closest && target.closest('#text .m');
    if (!p || !p._cover) return null;
    // prefer the fill (innermost visible mention), else the evidence
    for (var i = 0; i < p._cover.length; i++) if (p._cover[i].type !== 'deployment') return p._cover[i];
    return shownTypes.deployment ? p._cover[0] : null;
  }

  $('text').addEventListener('click', function (e) {
    var m = pieceMark(e.target);
    if (m) select(m === pinned ? null : m);
  });
  $('text').addEventListener('mouseover', function (e) {
    if (performance.now() < quietUntil) return;
    var m = pieceMark(e.target);
    if (m) showRecord(m);
  });
  $('text').addEventListener('mouseleave', function () {
    if (performance.now() >= quietUntil) showRecord(pinned);
  });

  function renderDeployments() {
    var t = $('deployments');
    t.textContent = '';
    var deps = cur.marks.filter(function (m) { return m.type === 'deployment'; });
    var cols = ['contributor', 'mission', 'role', 'min', 'max', 'start', 'end', 'location'];
    if (!deps.length) {
      t.appendChild(el('tbody', null, el('tr', null, el('td', { cls: 'muted', text: 'No deployment found in this document.' }))));
      return;
    }
    var head = el('tr');
    cols.concat(['evidence']).forEach(function (c) { head.appendChild(el('th', { text: c })); });
    t.appendChild(el('thead', null, head));
    var body = el('tbody');
    deps.forEach(function (m) {
      var r = cur.doc.records[m.ri];
      var tr = el('tr', { 'data-ri': String(m.ri) });
      cols.forEach(function (c) {
        var s = fmt(r[c]);
        tr.appendChild(el('td', { cls: s === null ? 'muted' : '', text: s === null ? '—' : s }));
      });
      tr.appendChild(el('td', { cls: 'ev', text: clip(r.evidence ? r.evidence.text : '', 90) }));
      tr.addEventListener('mouseenter', function () { markPieces(m, 'hot', true); showRecord(m); });
      tr.addEventListener('mouseleave', function () { markPieces(m, 'hot', false); showRecord(pinned); });
      tr.addEventListener('click', function () { select(m === pinned ? null : m, true); });
      body.appendChild(tr);
    });
    t.appendChild(body);
  }

  function openDoc(i, key) {
    var d = docs[i];
    if (!d) { showSummary(); return; }
    if (!cur || cur.i !== i) {
      var cps = Array.from(d.text); // code points: spans count these, not UTF-16 units
      cur = { i: i, doc: d, cps: cps, marks: marksOf(d, cps), pieces: {} };
      shown = undefined;
      cur.byKey = Object.create(null); // keys come from the URL: no prototype to hit
      cur.marks.forEach(function (m) { cur.byKey[m.key] = m; });
      pinned = null;
      $('doc-title').textContent = d.title || '(untitled)';
      var meta = $('doc-meta');
      meta.textContent = '';
      [['id', d.id], ['source', d.source], ['format', d.format], ['sha256', d.sha256], ['chars', String(d.chars)],
        ['warnings', d.warnings.length ? d.warnings.join('; ') : 'none']].forEach(function (kv) {
        meta.appendChild(el('dt', { text: kv[0] }));
        meta.appendChild(el('dd', { text: kv[1] }));
      });
      var pr = $('doc-problems');
      pr.textContent = '';
      pr.hidden = d.problems.length === 0;
      if (d.problems.length) {
        var ul = el('ul');
        d.problems.forEach(function (p) { ul.appendChild(el('li', { text: p })); });
        pr.appendChild(el('strong', { text: d.problems.length + ' span problem' + (d.problems.length > 1 ? 's' : '') }));
        pr.appendChild(ul);
      }
      TYPES.forEach(function (t) {
        var n = document.querySelector('.legend [data-count="' + t + '"]');
        if (n) n.textContent = String(d.counts[t] || 0);
      });
      var list = filtered.indexOf(i) >= 0 ? filtered : docs.map(function (_, k) { return k; });
      var at = list.indexOf(i);
      setNav($('prev'), list[at - 1]);
      setNav($('next'), list[at + 1]);
      $('pos').textContent = (at + 1) + ' / ' + list.length;
      renderText();
      renderDeployments();
      showRecord(null);
    }
    $('summary').hidden = true;
    $('docview').hidden = false;
    document.title = (d.title || d.id) + ' · missionx review';
    var m = key ? cur.byKey[key] : null;
    if (m !== pinned) select(m || null, true);
    if (!key) window.scrollTo(0, 0);
  }

  function setNav(a, i) {
    if (i === undefined) { a.setAttribute('aria-disabled', 'true'); a.setAttribute('href', '#'); return; }
    a.removeAttribute('aria-disabled');
    a.setAttribute('href', '#doc=' + i);
  }

  function showSummary() {
    $('docview').hidden = true;
    $('summary').hidden = false;
    document.title = data.title || 'missionx review';
  }

  Array.prototype.forEach.call(document.querySelectorAll('.legend input'), function (box) {
    box.addEventListener('change', function () {
      shownTypes[box.getAttribute('data-type')] = box.checked;
      box.parentNode.classList.toggle('off', !box.checked);
      if (pinned && !box.checked && pinned.type === box.getAttribute('data-type')) select(null);
      if (cur) renderText();
    });
  });

  function route() {
    var h = location.hash.replace(/^#/, '');
    var q = {};
    h.split('&').forEach(function (kv) {
      var p = kv.indexOf('=');
      if (p > 0) q[kv.slice(0, p)] = decodeURIComponent(kv.slice(p + 1));
    });
    if (q.doc !== undefined && /^\d+$/.test(q.doc)) openDoc(Number(q.doc), q.m);
    else showSummary();
  }
  window.addEventListener('hashchange', route);

  document.addEventListener('keydown', function (e) {
    if (e.target.closest('input, select, textarea') || e.altKey || e.ctrlKey || e.metaKey) return;
    if ($('docview').hidden) {
      if (e.key === '/') { e.preventDefault(); search.focus(); }
      return;
    }
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      var a = $(e.key === 'ArrowLeft' ? 'prev' : 'next');
      if (a.getAttribute('aria-disabled') !== 'true') location.hash = a.getAttribute('href');
    } else if (e.key === 'Escape') {
      select(null);
    }
  });

  var t1 = performance.now();
  renderPage();
  route();
  // for tests and the curious: how long parsing the data and drawing took
  document.documentElement.setAttribute('data-ready-ms', (t1 - t0).toFixed(0) + '+' + (performance.now() - t1).toFixed(0));
})();
