/**
 * How many breadcrumb levels the main action shows, the current one included: 1 on a menu's
 * first view, 2 on a record opened from it. 16 lists every level as `li.breadcrumb-item` (the last
 * one `.active`); 17/18 list the parents and show the current level as `.o_last_breadcrumb_item`
 * (REFERENCE §2.3). Dialogs have no breadcrumbs; only the count is read, never the names.
 */
export function breadcrumbLevels(doc: Document): number {
  const panel = doc.querySelector('.o_action_manager .o_control_panel');
  if (!panel) return 0;
  const parents = panel.querySelectorAll('.breadcrumb-item').length;
  const current = panel.querySelectorAll('.o_last_breadcrumb_item:not(.breadcrumb-item)').length;
  return parents + Math.min(current, 1);
}
