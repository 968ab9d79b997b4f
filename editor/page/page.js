// @ts-check
// The editor page's elements, found once by id with the type its HTML gives them.

/** The element of the page with `id`, of the type the page's HTML gives it.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T} */
export function byId(id, type) {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the editor's page has no ${type.name} #${id}`);
  return found;
}

/** One text node in an element of `tag` with `className`.
 * @param {string} tag @param {string} className @param {string} text */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}
