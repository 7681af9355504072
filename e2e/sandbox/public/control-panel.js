import { h } from './dom.js';
import { dropdown } from './dropdown.js';
import { is17 } from './env.js';

/**
 * The 17/18 control panel: `div.o_control_panel > div.o_control_panel_main >
 * (.o_control_panel_breadcrumbs, .o_control_panel_actions, .o_control_panel_navigation)`.
 */

const VIEW_ICONS = {
  list: ['oi oi-view-list', 'List'],
  kanban: ['oi oi-view-kanban', 'Kanban'],
  calendar: ['fa fa-calendar', 'Calendar'],
  pivot: ['oi oi-view-pivot', 'Pivot'],
  graph: ['fa fa-area-chart', 'Graph'],
  activity: ['fa fa-clock-o', 'Activity'],
};

/**
 * - `breadcrumbs`: `[{ name, href, onSelect }]`, the last one being the current level;
 * - `mainButtons()`: fresh nodes for the New/create area (17 renders them twice);
 * - `breadcrumbActions`: the cog menu; `statusIndicator`: the form's save/discard buttons;
 * - `actions`: nodes of `.o_control_panel_actions`; `pager`: `{ value, limit, onPrevious,
 *   onNext }`; `switcher`: `{ views, active, onSwitch }`.
 */
export function controlPanel({
  breadcrumbs,
  mainButtons = () => [],
  breadcrumbActions = null,
  statusIndicator = null,
  actions = [],
  pager = null,
  switcher = null,
}) {
  const buttons = is17
    ? [
        h('div.d-xl-none.o_control_panel_collapsed_create', mainButtons()),
        h('div.d-none.d-xl-inline-flex.gap-1', mainButtons()),
      ]
    : h('div.d-inline-flex.gap-1', mainButtons());

  return h(
    is17
      ? 'div.o_control_panel.d-flex.flex-column.gap-3.gap-lg-1.px-3.pt-2.pb-3'
      : 'div.o_control_panel.d-flex.flex-column.gap-3.px-3.pt-2.pb-3',
    { 'data-command-category': 'actions' },
    h(
      'div.o_control_panel_main.d-flex.flex-wrap.flex-lg-nowrap.justify-content-between.align-items-lg-start.gap-3.flex-grow-1',
      h(
        'div.o_control_panel_breadcrumbs.d-flex.align-items-center.gap-1.order-0.h-lg-100',
        h('div.o_control_panel_main_buttons.d-flex.gap-1.d-empty-none.d-print-none', buttons),
        renderBreadcrumbs(breadcrumbs, breadcrumbActions),
        statusIndicator,
        is17 ? h('span.d-none.d-xl-block.me-auto') : h('div.me-auto'),
      ),
      h(
        'div.o_control_panel_actions.d-empty-none.d-flex.align-items-center.justify-content-start.justify-content-lg-around.order-2.order-lg-1.w-100.mw-100.w-lg-auto',
        actions,
      ),
      h(
        'div.o_control_panel_navigation.d-flex.flex-wrap.flex-md-nowrap.justify-content-end.gap-1.gap-xl-3.order-1.order-lg-2.flex-grow-1',
        pager ? renderPager(pager) : null,
        switcher ? renderSwitcher(switcher) : null,
      ),
    ),
  );
}

/** The cog next to the breadcrumbs (`.o_cp_action_menus`), with `items()` as its menu. */
export function cogMenu(items) {
  const menu = dropdown({
    wrapperClass: 'lh-1',
    wrapper18: 'div.lh-1',
    toggleClass: is17
      ? 'd-print-none btn p-0 ms-1 lh-sm border-0'
      : 'd-print-none btn lh-sm p-0 border-0',
    toggleAttrs: is17 ? {} : { 'data-hotkey': 'u', 'data-tooltip': 'Actions' },
    toggleContent: is17
      ? h('i.fa.fa-cog', { 'data-hotkey': 'u', 'data-tooltip': 'Actions' })
      : h('i.fa.fa-fw.fa-cog'),
    menuClass: is17 ? '' : 'lh-base',
    items,
  });
  return h('div.o_cp_action_menus.d-flex.align-items-center.gap-1.pe-2', menu);
}

function renderBreadcrumbs(breadcrumbs, breadcrumbActions) {
  const current = breadcrumbs.at(-1);
  const actions = h(
    'div.o_control_panel_breadcrumbs_actions.d-inline-flex.d-print-none',
    breadcrumbActions,
  );
  const name = h('span.min-w-0.text-truncate', current?.name ?? '');

  if (breadcrumbs.length <= 1) {
    return h(
      'div.o_breadcrumb.d-flex.gap-1.text-truncate',
      h('div.o_last_breadcrumb_item.active.d-flex.fs-4.min-w-0.align-items-center', name),
      actions,
    );
  }

  const parents = breadcrumbs.slice(0, -1).map((crumb, index, all) => {
    const isBack = index === all.length - 1;
    const tooltip = is17
      ? `Back to “${crumb.name}”`
      : `Back to "${crumb.name}"${crumb.isRecord ? ' form' : ''}`;
    return h(
      'li.breadcrumb-item.d-inline-flex.min-w-0',
      { class: isBack ? 'o_back_button' : '', 'data-hotkey': isBack ? 'b' : null },
      h(
        'a.fw-bold.text-truncate',
        {
          href: is17 ? '#' : crumb.href,
          'data-tooltip': tooltip,
          onClick: (event) => {
            event.preventDefault();
            crumb.onSelect();
          },
        },
        crumb.name,
      ),
    );
  });

  return h(
    'div.o_breadcrumb.d-flex.flex-row.flex-md-column.align-self-stretch.justify-content-between.min-w-0',
    h(
      is17
        ? 'ol.breadcrumb.flex-nowrap.text-nowrap.small.lh-sm'
        : 'ol.breadcrumb.flex-nowrap.text-nowrap.lh-sm',
      parents,
    ),
    h(
      'div.d-flex.gap-1.text-truncate',
      h('div.o_last_breadcrumb_item.active.d-flex.gap-2.align-items-center.min-w-0.lh-sm', name),
      actions,
    ),
  );
}

function renderPager({ value, limit, onPrevious, onNext }) {
  const single = limit <= 1 || !onPrevious;
  const nav = (cls, label, icon, hotkey, onClick) =>
    h(
      `button.btn.btn-secondary.${cls}.px-2`,
      {
        type: 'button',
        'aria-label': label,
        'data-tooltip': label,
        'data-hotkey': hotkey,
        disabled: single,
        onClick,
      },
      h(`i.oi.${icon}`),
    );
  return h(
    'div.o_cp_pager.text-nowrap',
    { role: 'search' },
    h(
      'nav.o_pager.d-flex.gap-2.h-100',
      { 'aria-label': 'Pager' },
      h(
        'span.o_pager_counter.align-self-center',
        h('span.o_pager_value.d-inline-block.border-bottom.border-transparent.mb-n1', value),
        h('span', '/'),
        h('span.o_pager_limit', limit),
      ),
      h(
        'span.btn-group.d-print-none',
        nav('o_pager_previous.rounded-start', 'Previous', 'oi-chevron-left', 'p', onPrevious),
        nav('o_pager_next.rounded-end', 'Next', 'oi-chevron-right', 'n', onNext),
      ),
    ),
  );
}

function renderSwitcher({ views, active, onSwitch }) {
  return h(
    'nav.o_cp_switch_buttons.d-print-none.d-inline-flex.btn-group',
    views
      .filter((view) => view in VIEW_ICONS)
      .map((view) =>
        h(
          `button.btn.btn-secondary.o_switch_view.o_${view}`,
          {
            class: view === active ? 'active' : '',
            'data-tooltip': VIEW_ICONS[view][1],
            onClick: () => onSwitch(view),
          },
          h('i', { class: VIEW_ICONS[view][0] }),
        ),
      ),
  );
}
