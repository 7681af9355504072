import { h } from './dom.js';
import { session } from './env.js';
import { formatDate } from './fields.js';
import { htmlContent } from './html-content.js';

/**
 * The chatter under a form (`div.o-mail-Form-chatter > div.o-mail-Chatter`), as the mail module
 * of 17/18 renders it: the top bar (Send message, Log note, Activities, followers), a composer
 * opened by the first two, and the thread of messages with author, date and body. Messages come
 * with the record (`message_ids`); a posted message is only kept in the page, not on the server.
 */

/** `messages`: `[{ id, author_id: [id, name], body, date }]`, newest first. */
export function chatter(messages) {
  const thread = h('div.o-mail-Thread.position-relative.flex-grow-1.d-flex.flex-column');
  const composerHost = h('div.o-mail-Chatter-composerHost');
  let mode = null;

  const drawThread = () =>
    thread.replaceChildren(
      ...(messages.length > 0
        ? messages.map(message)
        : [h('div.o-mail-Thread-empty.text-muted.p-3', 'There are no messages yet.')]),
    );

  function openComposer(next) {
    mode = mode === next ? null : next;
    composerHost.replaceChildren(mode ? composer(mode, post) : '');
    composerHost.querySelector('textarea')?.focus();
  }

  function post(text) {
    const paragraphs = text
      .split('\n')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('');
    messages = [
      {
        id: Date.now(),
        author_id: [session.uid ?? 0, session.name],
        body: paragraphs,
        date: new Date().toISOString().slice(0, 19).replace('T', ' '),
      },
      ...messages,
    ];
    mode = null;
    composerHost.replaceChildren();
    drawThread();
  }

  drawThread();
  return h(
    'div.o-mail-Form-chatter.o-aside.w-print-100',
    h(
      'div.o-mail-Chatter.w-100.h-100.flex-grow-1.d-flex.flex-column.overflow-auto',
      h(
        'div.o-mail-Chatter-top.d-print-none.position-sticky.top-0',
        h(
          'div.o-mail-Chatter-topbar.d-flex.flex-shrink-0.flex-grow-0.overflow-x-auto',
          h(
            'button.o-mail-Chatter-sendMessage.btn.text-nowrap.me-1.btn-primary',
            { type: 'button', 'data-hotkey': 'm', onClick: () => openComposer('message') },
            'Send message',
          ),
          h(
            'button.o-mail-Chatter-logNote.btn.text-nowrap.me-1.btn-secondary',
            { type: 'button', 'data-hotkey': 'shift+m', onClick: () => openComposer('note') },
            'Log note',
          ),
          h(
            'button.o-mail-Chatter-activity.btn.btn-secondary.text-nowrap',
            { type: 'button', 'data-hotkey': 'shift+a' },
            h('i.fa.fa-clock-o.me-1'),
            h('span', 'Activities'),
          ),
          h(
            'div.o-mail-Chatter-followers.flex-grow-1.d-flex.justify-content-end.align-items-center',
            h(
              'button.o-mail-Followers-button.btn.btn-link.d-flex.align-items-center.text-action.px-1',
              { type: 'button', title: 'Show Followers' },
              h('i.fa.fa-user-o.me-1', { role: 'img' }),
              h('sup.o-mail-Followers-counter', '2'),
            ),
          ),
        ),
        composerHost,
      ),
      h('div.o-mail-Chatter-content', thread),
    ),
  );
}

function composer(mode, onSend) {
  const input = h('textarea.o-mail-Composer-input.form-control.border-0.rounded-3', {
    rows: 2,
    placeholder: mode === 'note' ? 'Log an internal note…' : 'Send a message to followers…',
  });
  return h(
    'div.o-mail-Composer.d-grid.flex-shrink-0.pt-0.pb-3',
    { class: mode === 'note' ? 'o-mail-Composer-note' : '' },
    h('div.o-mail-Composer-coreMain.d-flex.flex-nowrap.align-items-start.flex-grow-1', input),
    h(
      'div.o-mail-Composer-footer.d-flex.mt-2',
      h(
        'button.o-mail-Composer-send.btn.btn-primary',
        {
          type: 'button',
          onClick: () => {
            if (input.value.trim()) onSend(input.value.trim());
          },
        },
        mode === 'note' ? 'Log' : 'Send',
      ),
    ),
  );
}

function message(data) {
  const author = data.author_id?.[1] ?? '';
  return h(
    'div.o-mail-Message.position-relative.py-1.mt-2.px-3',
    { role: 'group', 'aria-label': 'Message' },
    h(
      'div.o-mail-Message-sidebar.d-flex.flex-shrink-0',
      h(
        'div.o-mail-Message-avatarContainer.position-relative.bg-view',
        h('span.o-mail-Message-avatar.o_avatar.rounded', { title: author }, initials(author)),
      ),
    ),
    h(
      'div.o-mail-Message-core.w-100',
      h(
        'div.o-mail-Message-header.d-flex.flex-wrap.align-items-baseline.mb-1',
        h('span.o-mail-Message-author.fw-bold.me-2', author),
        h('small.o-mail-Message-date.text-muted', `- ${formatDate(data.date)}`),
      ),
      h(
        'div.o-mail-Message-content.o-min-width-0',
        h('div.o-mail-Message-textContent.position-relative.d-flex', [
          h('div.o-mail-Message-body.text-break.mb-0.w-100', htmlContent(data.body)),
        ]),
      ),
    ),
  );
}

function initials(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('');
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
