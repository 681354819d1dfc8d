// Form limits from the API's own schema (GET /openapi): which fields are required and how long they may
// be are the server's numbers, read once, never copied into the screens. Lengths count code points, as
// the server (and JSON Schema) does, not UTF-16 units as the HTML maxlength attribute would: and a
// maxlength would silently cut pasted text, so the limit is a validity message and a counter instead.
import { t } from './i18n.js';

const KEY = 'fd.limits';
let rules = null;
let loading = null;
const waiting = [];

/** Per request schema, per property: { required, maxLength, minLength, pattern } (only what is set). */
export function limitsFrom(openapi) {
  const out = {};
  const schemas = (openapi && openapi.components && openapi.components.schemas) || {};
  for (const [name, schema] of Object.entries(schemas)) {
    const required = new Set(schema.required || []);
    const props = {};
    for (const [prop, s] of Object.entries(schema.properties || {})) {
      const rule = {};
      if (required.has(prop)) rule.required = true;
      for (const k of ['maxLength', 'minLength', 'pattern']) if (s[k] !== undefined) rule[k] = s[k];
      if (Object.keys(rule).length) props[prop] = rule;
    }
    if (Object.keys(props).length) out[name] = props;
  }
  return out;
}

/** The text's length as the server counts it: code points. */
export function length(text) {
  let n = 0;
  for (const _ of text) n++; // eslint-disable-line no-unused-vars
  return n;
}

/** What is wrong with `text` under `rule` ({ code, args }), or null; blank optional text is fine. */
export function problem(text, rule) {
  const value = text.trim();
  if (!value) return rule.required ? { code: 'required', args: {} } : null;
  const n = length(value);
  if (rule.maxLength !== undefined && n > rule.maxLength) return { code: 'tooLong', args: { count: n, max: rule.maxLength } };
  if (rule.minLength !== undefined && n < rule.minLength) return { code: 'tooShort', args: { count: n, min: rule.minLength } };
  if (rule.pattern && !new RegExp(rule.pattern, 'u').test(value)) return { code: 'pattern', args: {} };
  return null;
}

/** Reads the schema once per browser session (the document is about 200 KB; the rules a few). */
export function loadLimits() {
  if (rules) return Promise.resolve(rules);
  const kept = sessionStorage.getItem(KEY);
  if (kept) {
    rules = JSON.parse(kept);
    waiting.splice(0).forEach((fn) => fn());
    return Promise.resolve(rules);
  }
  loading = loading || fetch('/openapi?format=JSON', { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`openapi ${r.status}`))))
    .then((doc) => {
      rules = limitsFrom(doc);
      sessionStorage.setItem(KEY, JSON.stringify(rules));
      waiting.splice(0).forEach((fn) => fn());
      return rules;
    })
    .catch(() => { loading = null; return {}; }); // the server still checks; the form only says it later
  return loading;
}

/**
 * Gives `control` (an input or textarea) the limits of `ref` ("Schema.property"): marked required,
 * a counter once the text nears its maximum, and a validity message the browser shows on submit.
 * Returns the control, so it can wrap h(...).
 */
export function limit(control, ref) {
  const [schema, prop] = ref.split('.');
  const apply = () => {
    const rule = (rules[schema] || {})[prop];
    if (!rule) return;
    if (rule.required) control.required = true;
    if (rule.maxLength !== undefined) control.dataset.max = rule.maxLength;
    if (rule.minLength !== undefined) control.dataset.min = rule.minLength;
    const check = () => {
      const p = problem(control.value, rule);
      // "required" is left to the browser's own message; the rest are ours, in the interface's language.
      control.setCustomValidity(p && p.code !== 'required' ? t(`limit.${p.code}`, p.args) : '');
      counter(control, rule);
    };
    control.addEventListener('input', check);
    check();
  };
  if (rules) apply();
  else {
    waiting.push(apply);
    loadLimits();
  }
  return control;
}

function counter(control, rule) {
  if (rule.maxLength === undefined) return;
  const n = length(control.value);
  let el = control.nextElementSibling && control.nextElementSibling.classList.contains('limit-count')
    ? control.nextElementSibling : null;
  // Shown from 80 % of the maximum, so long limits (10,000 characters) do not clutter every form.
  if (n < rule.maxLength * 0.8) {
    if (el) el.hidden = true;
    return;
  }
  if (!el) {
    el = document.createElement('span');
    el.className = 'limit-count';
    el.id = `${control.id || control.name}-count`;
    el.setAttribute('aria-live', 'polite');
    control.after(el);
  }
  el.hidden = false;
  el.classList.toggle('over', n > rule.maxLength);
  el.textContent = t('limit.count', { count: n, max: rule.maxLength });
}
