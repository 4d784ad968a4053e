/**
 * The check behind "every sidebar story shows something on load": after the story renders and before its
 * play function runs, some element must paint at least {@link MIN_SIZE}×{@link MIN_SIZE} px inside the
 * viewport within {@link TIMEOUT_MS}. A story that renders nothing (or only an invisible 1 px live region,
 * or a closed dialog) fails with an error naming it.
 */

/** Smallest painted box that counts as "something a person can see". */
export const MIN_SIZE = 8;
/** How long a story may take, from the start of rendering, to show it. */
export const TIMEOUT_MS = 1000;

const REPLACED = new Set(['IMG', 'SVG', 'svg', 'CANVAS', 'VIDEO', 'INPUT', 'TEXTAREA', 'SELECT', 'PROGRESS']);

const transparent = (color: string) =>
  color === 'transparent' || /^rgba?\(.*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);

/** Whether the element itself draws pixels: text, a fill, a border, a shadow or replaced content. */
function paints(element: Element, style: CSSStyleDeclaration): boolean {
  if (REPLACED.has(element.tagName)) return true;
  if (!transparent(style.backgroundColor) || style.backgroundImage !== 'none') return true;
  if (style.boxShadow !== 'none') return true;
  if (Number.parseFloat(style.borderTopWidth) > 0 && !transparent(style.borderTopColor)) return true;
  if (Number.parseFloat(style.borderLeftWidth) > 0 && !transparent(style.borderLeftColor)) return true;
  const ownText = [...element.childNodes].some(
    (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
  );
  return ownText && !transparent(style.color);
}

function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width < MIN_SIZE || box.height < MIN_SIZE) return false;
  if (box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight) return false;
  if (
    !element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
  )
    return false;
  return paints(element, getComputedStyle(element));
}

/**
 * The first visible element the story painted, searching its canvas and everything it portalled into
 * `<body>` (dialogs, floating UI); the page itself and Storybook's own chrome do not count.
 */
export function findVisibleElement(canvas: HTMLElement): Element | null {
  const page = canvas.ownerDocument;
  for (const element of page.body.querySelectorAll('*')) {
    if (element.contains(canvas)) continue; // html, body, #storybook-root: the page, not the story
    if (element.closest('[class^="sb-"], [class*=" sb-"], #storybook-docs, script, style')) continue;
    if (isVisible(element)) return element;
  }
  return null;
}

/** Resolves once the story shows something, or rejects after {@link TIMEOUT_MS} saying which story. */
export async function expectVisibleOnLoad(canvas: HTMLElement, startedAt: number, name: string) {
  for (;;) {
    if (findVisibleElement(canvas)) return;
    if (performance.now() - startedAt > TIMEOUT_MS) {
      throw new Error(
        `"${name}" shows nothing on load: no element of at least ${MIN_SIZE}×${MIN_SIZE} px was visible within ${TIMEOUT_MS} ms of rendering. Sidebar stories must show their state without interaction (set it through args), or be hidden with tags: ['!dev'].`,
      );
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
