// Small pieces shared by the screens.
import { h, replace } from './dom.js';
import { t, number } from './i18n.js';
import { currentUser } from './api.js';

/** A problem+json (or any error) shown as text: title, detail, and each reason or field error. */
export function problemBox(error) {
  const p = (error && error.problem) || { title: t('error.network'), detail: String(error && error.message) };
  const items = [];
  for (const r of p.reasons || []) items.push(h('li', {}, r.message || r.code));
  for (const f of p.errors || []) items.push(h('li', {}, `${f.field}: ${f.message}`));
  return h('div', { class: 'problem', role: 'alert' },
    h('p', { class: 'problem-title' }, p.title || t('error.title')),
    p.detail ? h('p', {}, p.detail) : null,
    items.length ? h('ul', { class: 'reasons' }, items) : null);
}

/** Shows a problem inside `slot`, or clears it when error is null. */
export function showProblem(slot, error) {
  replace(slot, error ? problemBox(error) : null);
  return slot;
}

export function announce(text) {
  const status = document.getElementById('status');
  status.textContent = '';
  status.append(document.createTextNode(text));
  clearTimeout(announce.timer);
  status.classList.add('visible');
  announce.timer = setTimeout(() => status.classList.remove('visible'), 4000);
}

export function stateBadge(state) {
  return h('span', { class: `badge state-${String(state).toLowerCase()}` }, t(`state.${state}`));
}

export function badge(kind, value, text) {
  return h('span', { class: `badge ${kind}-${String(value).toLowerCase().replace(/_/g, '-')}` }, text);
}

/** Previous/next for a PageView (pages count from 1); calls go(page) with the new page number. */
export function pager(page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    h('button', { type: 'button', class: 'secondary', disabled: page.page <= 1, onclick: () => go(page.page - 1) },
      t('pager.previous')),
    h('span', {}, t('pager.position', { page: number(page.page), pages: number(pages), total: number(page.total) })),
    h('button', { type: 'button', class: 'secondary', disabled: page.page >= pages, onclick: () => go(page.page + 1) },
      t('pager.next')));
}

/** Disables a control while its action runs, so a double click does not send twice. */
async function busy(control, action) {
  control.disabled = true;
  control.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    control.disabled = false;
    control.removeAttribute('aria-busy');
  }
}

/**
 * Every submit: `control` is busy while `action` runs; `slot` is cleared first and shows what went
 * wrong. On success `done` is announced (a function gets the action's result, and may say nothing).
 * `focusProblem` moves focus to the problem, for one shown away from the control; `failed(error)`
 * runs after it is shown. Resolves to whether the action succeeded.
 */
export function act(control, slot, action, { done, focusProblem, failed } = {}) {
  return busy(control, async () => {
    showProblem(slot, null);
    let result;
    try {
      result = await action();
    } catch (err) {
      showProblem(slot, err);
      const alert = slot.querySelector('[role=alert]');
      if (focusProblem && alert) {
        alert.setAttribute('tabindex', '-1');
        alert.focus();
      }
      if (failed) failed(err);
      return false;
    }
    const message = typeof done === 'function' ? done(result) : done;
    if (message) announce(message);
    return true;
  });
}

export function section(title, ...children) {
  const id = `s-${title.replace(/\W+/g, '-').toLowerCase()}-${Math.random().toString(36).slice(2, 7)}`;
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), children);
}

/** Renders diff segments (op EQUAL/INSERT/DELETE) as text with ins/del marks. */
export function diffView(segments, attrs) {
  return h('p', { class: 'diff', ...attrs }, (segments || []).map((s) => {
    if (s.op === 'INSERT' || s.op === 'INSERTED' || s.op === 'ADD') return h('ins', {}, s.text);
    if (s.op === 'DELETE' || s.op === 'DELETED' || s.op === 'REMOVE') return h('del', {}, s.text);
    return s.text;
  }));
}

/**
 * Four eyes on a translation: whoever is its translator or submitted it does not approve it, so they
 * get a note instead of the button (null for anyone else). Someone who saved a version as an earlier
 * translator is not in the task's summary: the server refuses them (403) and act() shows why.
 */
export function ownTranslationNote(task) {
  const me = currentUser();
  const own = me && (task.translator === me.username || task.submittedBy === me.username);
  return own ? h('p', { class: 'hint own-work', id: `own-translation-${task.language}` }, t('translations.ownWork')) : null;
}

/**
 * A destructive action (remove, withdraw, send back) asks once more, in place: the question, "Yes"
 * (focused) and "Cancel" (back to the button). `run(trigger)` acts once confirmed.
 */
export function confirming(question, run) {
  return (event) => {
    const trigger = event.currentTarget;
    const yes = h('button', { type: 'button', class: 'confirm-yes' }, t('common.yes'));
    const no = h('button', { type: 'button', class: 'secondary confirm-no' }, t('common.cancel'));
    const box = h('span', { class: 'confirm-step', role: 'group', 'aria-label': question }, h('span', {}, question), yes, no);
    const back = () => {
      box.remove();
      trigger.hidden = false;
    };
    trigger.hidden = true;
    trigger.after(box);
    yes.focus();
    no.addEventListener('click', () => {
      back();
      trigger.focus();
    });
    yes.addEventListener('click', () => {
      back();
      run(trigger);
    });
  };
}
