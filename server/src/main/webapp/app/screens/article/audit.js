// The article's audit trail: who did what, when.
import { h } from '../../dom.js';
import { t, dateTime, has } from '../../i18n.js';
import { section } from '../../ui.js';

export function auditSection(screen) {
  return section(t('audit.title'), h('ol', { class: 'timeline' }, screen.data.audit.map((e) => h('li', {},
    h('time', { datetime: e.at }, dateTime(e.at)), ' ', h('span', { class: 'who' }, e.actor), ' ',
    // Human words for each action; one the interface does not know yet shows as the server named it.
    has(`auditAction.${e.action}`) ? h('span', { class: 'action' }, t(`auditAction.${e.action}`)) : h('code', {}, e.action), e.note ? [' — ', h('span', { dir: 'auto' }, e.note)] : null))));
}
