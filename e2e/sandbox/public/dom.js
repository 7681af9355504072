/**
 * A tiny element builder. `h('button.btn.btn-primary', { name: 'action_post' }, 'Confirm')`
 * creates the element, adds the classes of the selector, sets attributes (`true` → empty
 * attribute, `false`/`null`/`undefined` → none), binds `on<Event>` handlers and appends children
 * (strings, nodes, arrays; `null` and `false` are skipped).
 */

const { document } = globalThis;

export function h(selector, props, ...children) {
  const [tag, ...classes] = selector.split('.');
  const el = document.createElement(tag || 'div');
  if (classes.length > 0) el.className = classes.join(' ');

  if (isChild(props)) children.unshift(props);
  else setProps(el, props ?? {});

  append(el, children);
  return el;
}

/** Appends children as `h` accepts them. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return el;
}

/** Class list from a mix of strings and `{ class: condition }` objects. */
export function cx(...parts) {
  return parts
    .flatMap((part) => {
      if (!part) return [];
      if (typeof part === 'string') return [part];
      return Object.entries(part)
        .filter(([, on]) => on)
        .map(([name]) => name);
    })
    .join(' ');
}

function isChild(value) {
  return (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    value instanceof globalThis.Node
  );
}

function setProps(el, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') {
      el.className = cx(el.className, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'value' || key === 'checked') {
      // Odoo's Owl sets these as properties: the attribute stays absent in the live DOM.
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}
