// Unsaved work: a screen with typed text registers a check; leaving the page or the screen asks first.
import { t } from './i18n.js';

let unsaved = null;

/** `check()` says whether there is unsaved work; null when the screen has none to guard. */
export function guardLeaving(check) {
  unsaved = check;
}

export function hasUnsavedWork() {
  return Boolean(unsaved && unsaved());
}

/** Whether to go on: true without unsaved work, else the person's answer. */
export function mayLeave() {
  // eslint-disable-next-line no-alert
  if (!hasUnsavedWork() || window.confirm(t('leave.confirm'))) {
    unsaved = null;
    return true;
  }
  return false;
}

window.addEventListener('beforeunload', (e) => {
  if (hasUnsavedWork()) {
    e.preventDefault();
    e.returnValue = '';
  }
});
