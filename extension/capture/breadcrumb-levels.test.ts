import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { breadcrumbLevels } from './breadcrumb-levels.ts';

/** Markup written from REFERENCE §2.3. */
function page(body: string): Document {
  return parseHTML(`<!doctype html><html><body class="o_web_client">${body}</body></html>`)
    .document as unknown as Document;
}

const V17 = `<div class="o_action_manager"><div class="o_control_panel"><div class="o_breadcrumb">
  <ol class="breadcrumb"><li class="breadcrumb-item"><a>Quotations</a></li></ol>
  <div class="o_last_breadcrumb_item active"><span>S00002</span></div>
</div></div></div>`;

describe('breadcrumbLevels', () => {
  it('counts the parents and the current level, 17/18 and 16 alike', () => {
    expect(breadcrumbLevels(page(V17))).toBe(2);
    const v16 = `<div class="o_action_manager"><div class="o_control_panel"><ol class="breadcrumb">
      <li class="breadcrumb-item"><a>A</a></li><li class="breadcrumb-item"><a>B</a></li>
      <li class="breadcrumb-item active"><span>C</span></li></ol></div></div>`;
    expect(breadcrumbLevels(page(v16))).toBe(3);
    expect(breadcrumbLevels(page('<div class="o_action_manager"></div>'))).toBe(0);
  });
});
