/**
 * The check behind "every sidebar story shows something on load": after the story renders and before its
 * play function runs, some element *of the component* (see {@link OWN_ELEMENTS}) must paint a box of at
 * least {@link MIN_SIZE}×{@link MIN_SIZE} px of area inside the viewport within {@link TIMEOUT_MS}. A story
 * whose component renders nothing (or only an invisible 1 px live region, or a closed dialog) fails with an
 * error naming it, even when the story's wrapper page draws a heading or a button around it.
 */

/** Smallest painted area (px², as a square of this side) that counts as "something a person can see". */
export const MIN_SIZE = 8;

/**
 * What counts as the component's own output: Inkwell's components draw under `inkwell-*` classes,
 * while a story's wrapper (a page with a heading, a trigger button) does not. A story whose named
 * state is drawn by the page itself (say, a closed sheet behind the page's own Search button) sets
 * `parameters.visibleOnLoad.selector`.
 */
export const OWN_ELEMENTS = '[class*="inkwell-"]';
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
  // Area, not both sides: a 3 px reading-progress bar across the page counts, a 1 px live region does not.
  if (box.width < 1 || box.height < 1 || box.width * box.height < MIN_SIZE * MIN_SIZE) return false;
  // Sliding or fading in (a sheet's entrance): drawn, on its way into view. On a loaded machine its
  // first frames can take longer than the timeout, and a blank story has nothing entering.
  const entering = element.getAnimations().some((animation) => animation.playState === 'running');
  const offscreen = box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight;
  if (offscreen && !entering) return false;
  if (
    !element.checkVisibility({
      opacityProperty: !entering,
      visibilityProperty: true,
      contentVisibilityAuto: true,
    })
  )
    return false;
  return paints(element, getComputedStyle(element));
}

/**
 * The first visible element of the component (matching `own`, or inside such an element) that the story
 * painted, searching its canvas and everything it portalled into `<body>` (dialogs, floating UI); the page
 * itself and Storybook's own chrome do not count.
 */
export function findVisibleElement(canvas: HTMLElement, own = OWN_ELEMENTS): Element | null {
  const page = canvas.ownerDocument;
  for (const element of page.body.querySelectorAll('*')) {
    if (element.contains(canvas)) continue; // html, body, #storybook-root: the page, not the story
    if (element.closest('[class^="sb-"], [class*=" sb-"], #storybook-docs, script, style')) continue;
    if (!element.closest(own)) continue;
    if (isVisible(element)) return element;
  }
  return null;
}

/** A few of the component's elements with their boxes, for the failure message. */
function describeOwn(canvas: HTMLElement, own: string): string {
  const found = [...canvas.ownerDocument.body.querySelectorAll(own)].slice(0, 3).map((element) => {
    const box = element.getBoundingClientRect();
    const shown = element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class')}"> at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}${shown ? '' : ' hidden'}`;
  });
  return found.length ? `; its elements: ${found.join('; ')}` : '; it rendered no such element';
}

/** Resolves once the story shows something, or rejects after {@link TIMEOUT_MS} saying which story. */
export async function expectVisibleOnLoad(
  canvas: HTMLElement,
  startedAt: number,
  name: string,
  own = OWN_ELEMENTS,
) {
  for (;;) {
    if (findVisibleElement(canvas, own)) return;
    if (performance.now() - startedAt > TIMEOUT_MS) {
      throw new Error(
        `"${name}" shows nothing on load: no element of the component (${own}) painting at least ${MIN_SIZE}×${MIN_SIZE} px² was visible within ${TIMEOUT_MS} ms of rendering. Sidebar stories must show their state without interaction (set it through args), or be hidden with tags: ['!dev']${describeOwn(canvas, own)}.`,
      );
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
