// Builds elements. Every string becomes a text node: user text is never parsed as markup.
import { t } from './i18n.js';

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'value') {
      el.value = value;
    } else if (key === 'checked' || key === 'selected') {
      el[key] = Boolean(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

export function replace(el, ...children) {
  return append(clear(el), children);
}

/** A labelled form control; the label is tied to the control by id. */
let serial = 0;
export function field(label, control, hint) {
  const id = control.id || `f${++serial}`;
  control.id = id;
  let hintEl = null;
  if (hint) {
    hintEl = h('span', { class: 'hint', id: `${id}-hint` }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
  }
  // Required fields say so in their label, before anyone submits.
  const mark = control.required ? h('span', { class: 'required' }, ` (${t('common.required')})`) : null;
  return h('div', { class: 'field' }, h('label', { for: id }, label, mark), control, hintEl);
}

export function option(value, label, selected) {
  return h('option', { value, selected: selected === true || selected === value }, label);
}
