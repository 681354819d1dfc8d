// Comments on the article, newest last, and a form to add one.
import { h, field } from '../../dom.js';
import { t, dateTime } from '../../i18n.js';
import { api } from '../../api.js';
import { act, section } from '../../ui.js';
import { limit } from '../../limits.js';

export function commentsSection(screen) {
  const { comments } = screen.data;
  const body = limit(h('textarea', { name: 'comment', id: 'comment-body', rows: 3, dir: 'auto' }), 'CommentRequest.body');
  const slot = h('div', { class: 'slot' });
  const submit = h('button', { type: 'submit', class: 'secondary' }, t('comments.add'));
  return section(t('comments.title'),
    comments.length ? h('ul', { class: 'comments' }, comments.map((c) => h('li', {},
      h('p', { class: 'meta' }, t('comments.by', { author: c.author, when: dateTime(c.createdAt) })),
      h('p', { dir: 'auto' }, c.body)))) : h('p', { class: 'empty' }, t('comments.none')),
    h('form', { onsubmit: (e) => {
      e.preventDefault();
      act(submit, slot, async () => {
        await api('POST', `articles/${screen.id}/comments`, { body: { body: body.value } });
        await screen.refresh('comment-body');
      }, { done: t('comments.added') });
    } }, field(t('comments.new'), body), slot, submit));
}
