import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { isOwnUi, isOwnUiMutation, OWN_UI_ATTRIBUTE } from './own-ui.ts';

const { document } = parseHTML(`<!doctype html><html><body class="o_web_client">
  <button name="button_validate" class="btn btn-primary">Validate</button>
</body><pathlight-hint ${OWN_UI_ATTRIBUTE}="hint"><span id="inside">x</span></pathlight-hint></html>`);

const host = document.querySelector('pathlight-hint')!;
const validate = document.querySelector('button')!;

const record = (fields: Partial<MutationRecord>) =>
  ({ type: 'childList', addedNodes: [], removedNodes: [], ...fields }) as unknown as MutationRecord;

describe('own UI', () => {
  it("tells the hint's host and what is inside it from Odoo's elements", () => {
    expect(isOwnUi(host)).toBe(true);
    expect(isOwnUi(document.getElementById('inside'))).toBe(true);
    expect(isOwnUi(validate)).toBe(false);
    expect(isOwnUi(null)).toBe(false);
  });

  it('ignores the host coming and going, not a change that also touches Odoo', () => {
    const root = document.documentElement;

    expect(isOwnUiMutation(record({ target: root, addedNodes: [host] as never }))).toBe(true);
    expect(isOwnUiMutation(record({ target: root, removedNodes: [host] as never }))).toBe(true);
    expect(isOwnUiMutation(record({ target: root, addedNodes: [host, validate] as never }))).toBe(
      false,
    );
    expect(isOwnUiMutation(record({ type: 'attributes', target: validate }))).toBe(false);
  });
});
