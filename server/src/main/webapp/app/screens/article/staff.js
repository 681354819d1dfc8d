// Who works on the article; editors assign and unassign.
import { h, field, option, replace } from '../../dom.js';
import { t, date, languageName } from '../../i18n.js';
import { api } from '../../api.js';
import { act, badge, section, confirming } from '../../ui.js';
import { pdfScriptWarning } from '../../pdfscript.js';

const ROLES = ['REVIEWER', 'FACT_CHECKER', 'TRANSLATOR'];

export function staffSection(screen) {
  const active = screen.data.article.assignments.filter((a) => a.active);
  const slot = h('div', { class: 'slot' });
  const rows = active.map((a) => h('li', { class: a.overdue ? 'overdue' : null },
    h('span', { class: 'who' }, a.user), ' · ', t(`role.${a.role}`), a.language ? ` (${languageName(a.language)})` : '',
    a.due ? [' · ', t('article.due', { date: date(a.due) })] : null,
    a.overdue ? [' ', badge('flag', 'overdue', t('queue.overdue'))] : null,
    screen.mayStaff ? unassignButton(screen, a, slot) : null));
  return section(t('article.staff'), rows.length ? h('ul', { class: 'staff' }, rows) : h('p', { class: 'empty' }, t('article.nobody')),
    slot, screen.mayStaff ? assignForm(screen, slot) : null);
}

function unassignButton(screen, assignment, slot) {
  const button = h('button', { type: 'button', class: 'link',
    'aria-label': t('article.unassignLabel', { user: assignment.user, role: t(`role.${assignment.role}`) }),
    onclick: confirming(t('article.confirmUnassign', { user: assignment.user, role: t(`role.${assignment.role}`) }),
      () => act(button, slot, async () => {
        await api('DELETE', `articles/${screen.id}/assignments/${assignment.id}`);
        await screen.refresh('assign-user');
      }, { done: t('article.unassigned') })) }, t('article.unassign'));
  return button;
}

/** Always a POST: the server hands the part over when someone else holds it (the reviewer, a language's translator). */
function assignForm(screen, slot) {
  const user = h('select', { name: 'assign-user', id: 'assign-user' }, screen.data.users.filter((u) => u.active).map((u) =>
    option(u.username, `${u.displayName} (${u.username}: ${u.roles.map((r) => t(`userRole.${r}`)).join(', ')})`)));
  const role = h('select', { name: 'assign-role', id: 'assign-role' }, ROLES.map((r) => option(r, t(`role.${r}`))));
  const warning = h('div', { class: 'pdf-warning-slot', 'aria-live': 'polite' });
  // A translator's language from the server's list of BCP 47 tags, by name; never typed.
  const language = h('select', { name: 'assign-language', id: 'assign-language',
    onchange: async () => replace(warning, role.value === 'TRANSLATOR' && language.value ? await pdfScriptWarning(language.value) : null) },
    option('', t('article.languageNone')),
    screen.data.languages.filter((tag) => tag !== screen.data.article.language)
      .map((tag) => option(tag, `${languageName(tag)} (${tag})`)));
  const due = h('input', { name: 'assign-due', id: 'assign-due', type: 'date' });
  const submit = h('button', { type: 'submit', id: 'assign-submit' }, t('article.assign'));
  return h('form', { class: 'assign-form', onsubmit: (e) => {
    e.preventDefault();
    act(submit, slot, async () => {
      await api('POST', `articles/${screen.id}/assignments`, { body: { user: user.value, role: role.value,
        language: role.value === 'TRANSLATOR' ? language.value : null, due: due.value || null } });
      await screen.refresh('assign-user');
    }, { done: t('article.assigned', { user: user.value }) });
  } },
  h('h3', {}, t('article.assignTitle')),
  field(t('article.person'), user), field(t('article.role'), role),
  field(t('article.language'), language, t('article.languagePick')), warning, field(t('article.dueDate'), due), submit);
}
