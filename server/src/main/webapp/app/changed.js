// "Changed by X" on an open screen: a live change to what it shows, made by someone else, offers a refresh.
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { currentUser } from './api.js';
import { onChange } from './live.js';

/** Events that change nothing on screen (a due date coming or gone). */
const REMINDERS = new Set(['assignment.due_soon', 'assignment.overdue']);

/**
 * A banner slot that fills when `matches(change)` holds for a change another person made, while
 * `root` is on screen; `refresh` redraws the screen (the banner goes with it). `since` is the live
 * position (live.position()) taken before the screen loaded its data: changes after it count.
 */
export function changedBy(root, matches, refresh, since) {
  const slot = h('div', { class: 'live-slot', 'aria-live': 'polite' });
  const who = new Set();
  const words = h('span', {});
  const banner = h('div', { class: 'notice live-change', role: 'status' }, words, ' ',
    h('button', { type: 'button', class: 'secondary', id: 'live-refresh', onclick: () => { who.clear(); replace(slot); refresh(); } },
      t('live.refresh')));
  const stop = onChange((change) => {
    if (root.isConnected) {
      root.dataset.live = 'on';
    } else if (root.dataset.live) {
      stop(); // the screen was left
      return;
    }
    const me = currentUser();
    if (REMINDERS.has(change.type) || !matches(change) || (me && change.actor === me.username)) return;
    who.add(change.actor);
    // The banner is drawn once and its words updated, so a button someone is about to press stays put.
    words.textContent = t('live.changedBy', { actor: [...who].join(', ') });
    if (!banner.isConnected) replace(slot, banner);
  }, since);
  return slot;
}
