import { controlPanel } from './control-panel.js';
import { h } from './dom.js';
import { byVersion, is17 } from './env.js';
import { ACTIONS } from './registry.js';

/**
 * Client actions: Discuss (`mail.action_discuss`, the landing page) and the import screen
 * (`import`, `div.o_content.o_import_action`). Their root is not an `.o_action`, as in Odoo.
 */

export function renderClientAction(controller, env) {
  return ACTIONS[controller.action].tag === 'import'
    ? renderImport(controller, env)
    : renderDiscuss(controller, env);
}

function renderDiscuss(controller, env) {
  // 18 titles the page after the open mailbox; 17 after the action.
  controller.displayName = byVersion('Discuss', 'Inbox');
  const discuss = h(
    is17
      ? 'div.o-mail-Discuss.d-flex.h-100.flex-grow-1.border-top'
      : 'div.o-mail-Discuss.d-flex.flex-grow-1',
    h(
      'div.o-mail-DiscussSidebar.d-flex.flex-column.flex-shrink-0.border-end',
      h('button.o-mail-DiscussSidebar-item.btn.o-active', h('i.fa.fa-fw.fa-inbox'), ' Inbox'),
      h('button.o-mail-DiscussSidebar-item.btn', h('i.fa.fa-fw.fa-star-o'), ' Starred'),
    ),
    h(
      'div.o-mail-Thread.flex-grow-1.p-4',
      h('p.text-muted', 'Congratulations, your inbox is empty. Open an app from the menu.'),
    ),
  );
  if (is17) return discuss;
  return h(
    'div.h-100.d-flex.flex-column',
    controlPanel({ breadcrumbs: [...env.breadcrumbs, { name: 'Inbox' }] }),
    discuss,
  );
}

function renderImport(controller, env) {
  controller.displayName = 'Import a File';
  const fileName = h('span.o_sandbox_import_file.ms-2.text-muted');
  const buttons = () => [
    h(
      'span.o_file_input',
      h(
        'span.o_file_input_trigger',
        h(
          'button.btn.btn-primary.o_import_file',
          {
            type: 'button',
            onClick: (event) =>
              event.currentTarget.closest('.o_file_input').querySelector('input').click(),
          },
          byVersion('Upload File', 'Upload Data File'),
        ),
      ),
      h('input.o_input_file.d-none', {
        type: 'file',
        name: 'ufile',
        accept: '.csv, .xls, .xlsx, .xlsm, .ods',
        onChange: (event) => (fileName.textContent = event.target.files?.[0]?.name ?? ''),
      }),
    ),
    h(
      'button.btn.btn-secondary',
      {
        type: 'button',
        onClick: () =>
          env.breadcrumbs.length > 0 ? env.restore(env.breadcrumbs.length - 1) : undefined,
      },
      'Cancel',
    ),
  ];

  return h(
    'div.h-100.d-flex.flex-column',
    controlPanel({
      breadcrumbs: [...env.breadcrumbs, { name: 'Import a File' }],
      mainButtons: buttons,
    }),
    h(
      'div.o_content.o_import_action.d-flex.h-100.overflow-auto',
      h(
        'div.o_view_nocontent',
        h(
          'div.o_nocontent_help',
          h(
            'p.o_view_nocontent_smiling_face',
            byVersion('Upload an Excel or CSV file to import', 'Drop or upload a file to import'),
          ),
          h(
            'p',
            'Excel files are recommended as formatting is automatic.',
            h('br'),
            'But, you can also use .csv files',
          ),
          fileName,
        ),
      ),
    ),
  );
}
