/**
 * The page's one inline script (plain ES2017, no modules, nothing fetched): reads the embedded data,
 * keeps the counter and each deviation's state up to date, takes the shortcut keys, signs, and saves
 * the decisions document as a download (a Blob and `<a download>`). It sends nothing anywhere.
 * Written as a constant here: it holds no backquote, no template placeholder and no closing script tag.
 */
export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var blocks = Array.prototype.slice.call(document.querySelectorAll('[data-deviation]'));
  var deviations = {};
  data.deviations.forEach(function (d) { deviations[d.id] = d; });
  var KEYS = { j: 'cosmic', p: 'pascal', n: 'neither', s: 'stop', k: 'keep' };
  var HSA_ID = /^SE[0-9]{10}-[0-9A-Za-z]{1,31}$/;
  var signature = null;
  var statusEl = document.querySelector('[data-status]');
  var counterEl = document.querySelector('[data-counter]');
  var signatureEl = document.querySelector('[data-signature]');

  function field(name) { return document.querySelector('[name="' + name + '"]'); }
  function say(text, alert) { statusEl.textContent = text; statusEl.className = alert ? 'status alert' : 'status'; }
  function chosen(block) { var r = block.querySelector('input[data-choice]:checked'); return r ? r.getAttribute('data-choice') : null; }
  function valueOf(block) { var v = block.querySelector('[data-field="value"]'); return v ? v.value.trim() : ''; }
  function kept(block) {
    return Array.prototype.slice.call(block.querySelectorAll('input[data-keep]:checked')).map(function (c) { return c.getAttribute('data-keep'); });
  }
  function decided(block) {
    var c = chosen(block);
    if (c === null) return false;
    if (c === 'neither') return valueOf(block) !== '';
    if (c === 'keep') return kept(block).length > 0;
    return true;
  }
  function decider() {
    return { name: field('decidedBy.name').value.trim(), hsaId: field('decidedBy.hsaId').value.trim(), role: field('decidedBy.role').value };
  }
  function remaining() { return blocks.filter(function (b) { return !decided(b); }).length; }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function nowIso() {
    var d = new Date();
    var offset = -d.getTimezoneOffset();
    var a = Math.abs(offset);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' +
      pad(d.getSeconds()) + (offset >= 0 ? '+' : '-') + pad(Math.floor(a / 60)) + ':' + pad(a % 60);
  }
  function showSignature() {
    signatureEl.textContent = signature === null ? 'Inte signerad' :
      'Signerad av ' + signature.signedBy.name + ' (' + signature.signedBy.hsaId + ') ' + signature.signedAt.slice(0, 16).replace('T', ' ');
    document.body.classList.toggle('signed', signature !== null);
  }
  function refresh() {
    blocks.forEach(function (b) {
      var d = decided(b);
      b.classList.toggle('decided', d);
      b.querySelector('[data-state]').textContent = d ? 'Beslutad' : 'Ej beslutad';
    });
    var left = remaining();
    counterEl.textContent = blocks.length === 0 ? 'Inga avvikelser att besluta' : left === 0 ? 'Alla ' + blocks.length + ' avvikelser är beslutade' : 'Kvar att besluta: ' + left + ' av ' + blocks.length;
    showSignature();
  }
  function changed() {
    if (signature !== null) {
      signature = null;
      say('Signaturen togs bort eftersom beslut eller beslutsfattare ändrades efter signeringen. Signera igen.', true);
    }
    refresh();
  }
  function choose(radio) {
    if (!radio.checked) {
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  function entry(block) {
    var id = block.getAttribute('data-deviation');
    var d = deviations[id];
    var c = decided(block) ? chosen(block) : null;
    var comment = block.querySelector('[data-field="comment"]').value.trim();
    var e = { deviation: id, fingerprint: d.fingerprint, choice: c };
    if (c === 'neither') e.value = d.valueKind === 'status' ? { kind: 'status', status: valueOf(block) } : { kind: 'dosage', dosage: { text: valueOf(block) } };
    if (c === 'keep') e.keep = kept(block);
    e.comment = comment === '' ? null : comment;
    return e;
  }
  function deciderProblem(who) {
    if (who.name === '') return 'Fyll i namn på den som beslutar.';
    if (!HSA_ID.test(who.hsaId)) return 'Fyll i ett HSA-id (till exempel SE2321000016-A1B2).';
    if (who.role === '') return 'Välj roll: läkare, farmaceut eller sjuksköterska.';
    return null;
  }

  document.addEventListener('change', function (ev) {
    var t = ev.target;
    var block = t.closest('[data-deviation]');
    if (block !== null && t.hasAttribute('data-keep') && t.checked) choose(block.querySelector('input[data-choice="keep"]'));
    changed();
  });
  document.addEventListener('input', function (ev) {
    var t = ev.target;
    var block = t.closest('[data-deviation]');
    if (block !== null && t.getAttribute('data-field') === 'value' && t.value.trim() !== '') choose(block.querySelector('input[data-choice="neither"]'));
    changed();
  });

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    var block = t.closest ? t.closest('[data-deviation]') : null;
    if (block === null) return;
    var typing = t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && t.type !== 'radio' && t.type !== 'checkbox');
    if (typing) {
      if (ev.key === 'Escape') { ev.preventDefault(); block.focus(); }
      return;
    }
    var key = ev.key.length === 1 ? ev.key.toLowerCase() : ev.key;
    if (Object.prototype.hasOwnProperty.call(KEYS, key)) {
      var radio = block.querySelector('input[data-choice="' + KEYS[key] + '"]');
      if (radio === null) return;
      ev.preventDefault();
      choose(radio);
      if (KEYS[key] === 'neither') block.querySelector('[data-field="value"]').focus();
      if (KEYS[key] === 'keep') { var first = block.querySelector('input[data-keep]'); if (first !== null) first.focus(); }
      return;
    }
    if (key === 'c') { ev.preventDefault(); block.querySelector('[data-field="comment"]').focus(); return; }
    if (key === 'Enter') {
      if (t.type === 'radio') { ev.preventDefault(); choose(t); return; }
      if (t.type === 'checkbox') { ev.preventDefault(); t.click(); return; }
      if (t === block) {
        ev.preventDefault();
        var next = blocks[blocks.indexOf(block) + 1] || document.querySelector('[name="decidedBy.name"]');
        next.focus();
        next.scrollIntoView({ block: 'nearest' });
      }
    }
  });

  document.querySelector('[data-action="sign"]').addEventListener('click', function () {
    var who = decider();
    var problem = deciderProblem(who);
    if (problem !== null) { say(problem, true); return; }
    if (who.role !== 'physician') { say('Endast ansvarig läkare kan signera. En farmaceuts eller sjuksköterskas beslut sparas som förslag.', true); return; }
    var left = remaining();
    if (left > 0) { say('Alla avvikelser måste vara beslutade innan listan signeras: ' + left + ' kvar.', true); return; }
    signature = { signedBy: { name: who.name, hsaId: who.hsaId }, signedAt: nowIso() };
    refresh();
    say('Signerat. Spara beslutet för att få med signaturen.', false);
  });

  document.querySelector('[data-action="save"]').addEventListener('click', function () {
    var who = decider();
    var problem = deciderProblem(who);
    if (problem !== null) { say(problem, true); field(who.name === '' ? 'decidedBy.name' : who.role === '' ? 'decidedBy.role' : 'decidedBy.hsaId').focus(); return; }
    var doc = {
      format: 'medrec-decisions',
      version: 1,
      patient: { id: data.patient.id },
      asOf: data.asOf,
      decidedBy: who,
      decidedAt: nowIso(),
      decisions: blocks.map(entry)
    };
    if (signature !== null) doc.signature = signature;
    var name = 'beslut-' + data.asOf + '.json';
    var url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2) + '\\n'], { type: 'application/json' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 2000);
    var left = remaining();
    say('Sparade ' + name + ': ' + (blocks.length - left) + ' av ' + blocks.length + ' beslutade' + (signature !== null ? ', signerat.' : left === 0 ? ', inte signerat.' : '.'), false);
  });

  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.setAttribute('data-was-open', String(d.open)); d.open = true; });
    Array.prototype.forEach.call(document.querySelectorAll('textarea'), function (t) { t.style.height = t.scrollHeight + 'px'; });
  });
  window.addEventListener('afterprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details[data-was-open]'), function (d) { d.open = d.getAttribute('data-was-open') === 'true'; d.removeAttribute('data-was-open'); });
  });

  document.body.classList.add('scripted');
  refresh();
})();
`;
