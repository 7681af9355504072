import { controlPanel } from './control-panel.js';
import { cx, h } from './dom.js';
import { byVersion, is17 } from './env.js';
import { ACTIONS } from './registry.js';
import { callKw } from './rpc.js';

/**
 * The Inventory Overview: a kanban of operation types (`stock.picking.type`) whose cards open
 * the transfers of their type. 18 cards are `article.o_kanban_record`, 17 cards `div`s.
 */

const OPEN_LABELS = { incoming: 'To Receive', outgoing: 'To Deliver' };
const TYPE_ACTIONS = { incoming: 'receipts', outgoing: 'deliveries' };

export async function mountKanban(controller, env) {
  const action = ACTIONS[controller.action];
  const { records } = await callKw(action.model, 'web_search_read', [], { domain: [], limit: 80 });
  controller.displayName = action.name;

  const open = (type) => env.doAction(TYPE_ACTIONS[type.code]);
  const cards = records
    .sort((a, b) => a.id - b.id)
    .map((type) =>
      h(
        is17 ? 'div.o_kanban_record' : 'article.o_kanban_record',
        { class: 'd-flex o_kanban_color_0 flex-grow-1 flex-md-shrink-1 flex-shrink-0' },
        h(
          'div.px-2',
          { name: 'stock_picking' },
          h(
            'a.oe_kanban_action',
            {
              name: 'get_stock_picking_action_picking_type',
              type: 'object',
              href: '#',
              onClick: (event) => {
                event.preventDefault();
                open(type);
              },
            },
            h('span.fw-bold.fs-4', type.name),
          ),
          h('div.text-muted.small', type.warehouse_id[1]),
          h(
            'div.row.mt-3',
            h(
              'div.col-6',
              h(
                'button.btn.btn-primary.oe_kanban_action',
                {
                  name: 'get_action_picking_tree_ready',
                  type: 'object',
                  onClick: () => open(type),
                },
                h('span', h('span', type.count_picking_ready), ` ${OPEN_LABELS[type.code]}`),
              ),
            ),
            h(
              'div.col-6.stock-overview-links',
              h(
                'div.row',
                h('span.col-6', 'Waiting'),
                h('span.col-2.text-end', type.count_picking_waiting),
              ),
              h(
                'div.row',
                h('span.col-6', 'Draft'),
                h('span.col-2.text-end', type.count_picking_draft),
              ),
            ),
          ),
        ),
      ),
    );

  return h(
    'div.o_kanban_view',
    {
      class: cx(
        byVersion(
          'o_kanban_dashboard o_emphasize_colors',
          'o_stock_dashboard_kanban_view o_stock_kanban',
        ),
        'o_view_controller o_action',
      ),
    },
    controlPanel({
      breadcrumbs: [...env.breadcrumbs, { name: action.name }],
      switcher: { views: ['kanban', 'list'], active: 'kanban', onSwitch: () => {} },
    }),
    h(
      'div.o_content',
      h(
        'div.o_kanban_renderer.o_renderer.d-flex.o_kanban_ungrouped.align-content-start.flex-wrap.justify-content-start',
        cards,
      ),
    ),
  );
}
