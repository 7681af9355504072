/**
 * The hint's stylesheet, inside its shadow root: Odoo's CSS cannot reach in, and `all: initial`
 * on the card stops the page's inherited font, colour and direction from leaking through. Sizes
 * are in px because Odoo sets its own root font size.
 */
export const HINT_CSS = `
.card {
  all: initial;
  position: fixed;
  top: 0;
  left: 0;
  box-sizing: border-box;
  width: max-content;
  max-width: min(320px, calc(100vw - 24px));
  padding: 12px 14px 12px 16px;
  background: #ffffff;
  color: #1f2328;
  border: 1px solid #a9b1bc;
  border-left: 4px solid #017e84;
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(31, 35, 40, 0.18), 0 1px 3px rgba(31, 35, 40, 0.12);
  font: 400 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  text-align: left;
  direction: ltr;
  opacity: 1;
  transition: opacity 120ms ease-out;
}
.card[data-ready='false'] {
  opacity: 0;
  pointer-events: none;
}
.card[data-docked='true'] {
  top: auto;
  left: auto;
  right: 16px;
  bottom: 16px;
}
.eyebrow {
  display: block;
  margin: 0 28px 2px 0;
  color: #017e84;
  font-size: 12px;
  font-weight: 600;
  letter-spacing: 0.02em;
  text-transform: uppercase;
}
.title {
  display: block;
  margin: 0 28px 4px 0;
  font-weight: 600;
  font-size: 15px;
}
.body {
  display: block;
  margin: 0 0 10px;
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  align-items: center;
}
button {
  all: initial;
  box-sizing: border-box;
  cursor: pointer;
  font: 500 13px/1 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  border-radius: 6px;
  padding: 7px 12px;
  border: 1px solid #a9b1bc;
  background: #ffffff;
  color: #1f2328;
}
button:hover {
  background: #f3f5f7;
}
button.primary {
  background: #017e84;
  border-color: #017e84;
  color: #ffffff;
}
button.primary:hover {
  background: #01656a;
}
button.quiet {
  border-color: transparent;
  color: #4b5563;
  text-decoration: underline;
  padding-left: 4px;
  padding-right: 4px;
}
button.close {
  position: absolute;
  top: 6px;
  right: 6px;
  width: 26px;
  height: 26px;
  padding: 0;
  border-color: transparent;
  font-size: 18px;
  line-height: 26px;
  text-align: center;
  color: #4b5563;
}
button:focus-visible {
  outline: 3px solid #1a56db;
  outline-offset: 2px;
}
.arrow {
  position: absolute;
  width: 14px;
  height: 14px;
  background: #ffffff;
  transform: rotate(45deg);
  pointer-events: none;
}
.card[data-side='bottom'] .arrow {
  top: -8px;
  border-top: 1px solid #a9b1bc;
  border-left: 1px solid #a9b1bc;
}
.card[data-side='top'] .arrow {
  bottom: -8px;
  border-bottom: 1px solid #a9b1bc;
  border-right: 1px solid #a9b1bc;
}
.card[data-side='right'] .arrow {
  left: -8px;
  border-bottom: 1px solid #a9b1bc;
  border-left: 1px solid #a9b1bc;
}
.card[data-side='left'] .arrow {
  right: -8px;
  border-top: 1px solid #a9b1bc;
  border-right: 1px solid #a9b1bc;
}
.card[data-docked='true'] .arrow {
  display: none;
}
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
@media (prefers-reduced-motion: reduce) {
  .card {
    transition: none;
  }
}
`;
