import { controlPanel } from './control-panel.js';
import { h } from './dom.js';
import { byVersion, is17 } from './env.js';
import { notify } from './notifications.js';
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

/**
 * The import screen of 17/18 (`base_import`'s ImportAction). Choosing a file shows a preview of
 * its columns (names only) with, in the control panel, Import (`btn-primary`), Test
 * (`btn-secondary`), the file input ("Load File") and Cancel, in Odoo's order and without
 * classes, as Odoo renders them. Test and Import check that every row has a value in the first
 * column: failures show Odoo's banner (`.alert-danger`) and one `.o_import_report.alert-danger`
 * per failing row; Import of a valid file reports the count and goes back. Nothing is written
 * to the records.
 */
function renderImport(controller, env) {
  controller.displayName = 'Import a File';
  const state = { fileName: '', columns: [], rows: [], messages: null };
  // The file inputs are kept across redraws: the chosen file stays in them, as in Odoo.
  const inputs = [];
  let inputCount = 0;
  const root = h('div.h-100.d-flex.flex-column');

  const fileInput = (label, primary) => {
    const index = inputCount++;
    inputs[index] ??= h('input.o_input_file.d-none', {
      type: 'file',
      name: 'ufile',
      accept: '.csv, .xls, .xlsx, .xlsm, .ods',
      onChange: (event) => loadFile(event.target.files?.[0]),
    });
    return h(
      'span.o_file_input',
      { 'aria-atomic': 'true' },
      h(
        'span.o_file_input_trigger',
        h(
          primary ? 'button.btn.btn-primary.o_import_file' : 'button.btn.btn-secondary',
          {
            type: 'button',
            onClick: (event) =>
              event.currentTarget.closest('.o_file_input').querySelector('input').click(),
          },
          label,
        ),
      ),
      inputs[index],
    );
  };

  const buttons = () => [
    state.fileName
      ? [
          h('button.btn.btn-primary', { type: 'button', onClick: () => run(false) }, 'Import'),
          h('button.btn.btn-secondary', { type: 'button', onClick: () => run(true) }, 'Test'),
          fileInput(byVersion('Load File', 'Load Data File'), false),
        ]
      : fileInput(byVersion('Upload File', 'Upload Data File'), true),
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

  async function loadFile(file) {
    if (!file) return;
    const lines = (await file.text()).split(/\r?\n/).filter((line) => line.trim() !== '');
    state.fileName = file.name;
    state.columns = (lines[0] ?? '').split(',');
    state.rows = lines.slice(1).map((line) => line.split(','));
    state.messages = null;
    draw();
  }

  function run(dryrun) {
    const failing = state.rows
      .map((row, index) => ({ row: index + 2, empty: !row[0]?.trim() }))
      .filter((row) => row.empty);
    if (failing.length > 0) {
      state.messages = { type: 'danger', failing };
    } else if (dryrun) {
      state.messages = { type: 'info', failing: [] };
    } else {
      notify({ type: 'success', message: `${state.rows.length} records imported` });
      return env.breadcrumbs.length > 0 ? env.restore(env.breadcrumbs.length - 1) : draw();
    }
    draw();
  }

  function draw() {
    inputCount = 0;
    root.replaceChildren(
      controlPanel({
        breadcrumbs: [...env.breadcrumbs, { name: 'Import a File' }],
        mainButtons: buttons,
      }),
      h(
        'div.o_content.o_import_action.d-flex.h-100.overflow-auto',
        state.fileName ? preview() : help(),
      ),
    );
  }

  function preview() {
    const { messages } = state;
    return [
      h('div.o_import_data_sidepanel.p-3', h('span.fw-bold', state.fileName)),
      h(
        'div.o_import_data_content.flex-grow-1.overflow-auto.border-start',
        messages?.type === 'danger'
          ? h(
              'div.border-bottom.p-2',
              h('p.alert.alert-danger.m-0.p-2', 'The file contains blocking errors (see below)'),
            )
          : null,
        messages?.type === 'info'
          ? h('div.border-bottom.p-2', h('p.alert.alert-info.m-0.p-2', 'Everything seems valid.'))
          : null,
        h(
          'table.table.table-borderless.w-100',
          h('thead', h('tr', h('th', 'File Column'), h('th', 'Comments'))),
          h(
            'tbody',
            state.columns.map((column, index) =>
              h(
                'tr.border-bottom.align-middle',
                h('td', h('span.fw-bold', column)),
                h(
                  'td',
                  index === 0
                    ? (messages?.failing ?? []).map(({ row }) =>
                        h(
                          'div.o_import_report.alert.alert-danger.mb-2',
                          `Missing value at row ${row}`,
                        ),
                      )
                    : null,
                ),
              ),
            ),
          ),
        ),
      ),
    ];
  }

  function help() {
    return h(
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
      ),
    );
  }

  draw();
  return root;
}
