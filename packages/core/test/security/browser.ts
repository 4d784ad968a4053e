import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../.ci/chromium.mjs';

/** Everything a page did that hostile content could have caused. */
export interface PageActivity {
  dialogs: string[];
  /** Console messages containing `PWNED`, and uncaught page errors. */
  markers: string[];
  /** Requests to any origin but the page's own (every request but the document is aborted). */
  requests: string[];
  /** Requests to the page's own origin other than the document (an author's `<img src="x">`). */
  sameOriginRequests: string[];
  /** Navigations of the main frame away from the page, and popups. */
  navigations: string[];
  /** `window.__pwned` (set by every script payload) after the page settled. */
  pwned: unknown;
  /** `document.body.innerText`: what a reader sees (hidden elements excluded). */
  visibleText: string;
  /** URLs in the live DOM whose scheme runs or embeds code (`javascript:`, `vbscript:`, `data:`). */
  scriptUrls: string[];
  /** `on*` attributes in the live DOM. */
  handlerAttributes: string[];
}

type Events = Pick<PageActivity, 'dialogs' | 'markers' | 'requests' | 'sameOriginRequests' | 'navigations'>;
type Inspection = Pick<PageActivity, 'pwned' | 'visibleText' | 'scriptUrls' | 'handlerAttributes'>;

const origin = 'http://inkwell.test';

/** One tab, reused: each visit is a navigation to a new URL, so it gets a fresh document and window. */
class Tab {
  readonly page: Page;
  /** The document to serve, by URL, for the visit in progress. */
  document: { url: string; body: string; contentType: string; served: boolean } | undefined;
  events: Events = emptyEvents();

  constructor(page: Page) {
    this.page = page;
    page.on('dialog', (dialog) => {
      this.events.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
    page.on('console', (message) => {
      if (message.text().includes('PWNED')) this.events.markers.push(message.text());
    });
    page.on('pageerror', (error) => this.events.markers.push(`pageerror: ${error.message}`));
    page.on('popup', (popup) => this.events.navigations.push(`popup: ${popup.url()}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url() !== this.document?.url)
        this.events.navigations.push(frame.url());
    });
  }

  async start(): Promise<void> {
    await this.page.route('**/*', async (route) => {
      const request = route.request();
      const doc = this.document;
      if (doc && !doc.served && request.url() === doc.url) {
        doc.served = true;
        await route.fulfill({ status: 200, contentType: doc.contentType, body: doc.body });
        return;
      }
      const sameOrigin = request.url().startsWith(`${origin}/`);
      (sameOrigin ? this.events.sameOriginRequests : this.events.requests).push(
        `${request.method()} ${request.url()}`,
      );
      await route.abort().catch(() => {});
    });
  }
}

const emptyEvents = (): Events => ({
  dialogs: [],
  markers: [],
  requests: [],
  sameOriginRequests: [],
  navigations: [],
});

/**
 * One headless Chromium for a test file, with a few tabs. `visit` loads a document, pokes every
 * element the way a reader would (hover, focus, pointer and input events, without following links
 * or submitting forms) and reports what happened. Nothing leaves the machine: the document is
 * served from memory at a made-up origin and every other request is recorded and aborted.
 */
export class HostileBrowser {
  readonly #context: BrowserContext;
  readonly #profile: string;
  readonly #free: Tab[] = [];
  readonly #waiting: ((tab: Tab) => void)[] = [];
  #visits = 0;

  private constructor(context: BrowserContext, profile: string) {
    this.#context = context;
    this.#profile = profile;
  }

  static async launch(tabs = 4): Promise<HostileBrowser> {
    const profile = await mkdtemp(join(tmpdir(), 'inkwell-xss-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: chromiumArgs,
      headless: true,
    });
    const browser = new HostileBrowser(context, profile);
    for (let i = 0; i < tabs; i++) {
      const tab = new Tab(
        i === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage(),
      );
      await tab.start();
      browser.#free.push(tab);
    }
    return browser;
  }

  async close(): Promise<void> {
    await this.#context.close();
    await rm(this.#profile, { recursive: true, force: true });
  }

  /** Serves `body` with `contentType` in a free tab, loads it, and reports what it did. */
  async visit(body: string, contentType = 'text/html; charset=utf-8'): Promise<PageActivity> {
    const tab = await this.#acquire();
    try {
      const url = `${origin}/visit/${++this.#visits}/`;
      tab.events = emptyEvents();
      tab.document = { url, body, contentType, served: false };
      await tab.page.goto(url, { waitUntil: 'load' });
      await poke(tab.page);
      // Give timers, refreshes, lazy images and animations a moment to fire.
      await tab.page.waitForTimeout(100);
      const inspected: Inspection = await tab.page.evaluate(inspect).catch((error: Error) => ({
        pwned: `page could not be inspected: ${error.message}`,
        visibleText: '',
        scriptUrls: [],
        handlerAttributes: [],
      }));
      const events = tab.events;
      tab.document = undefined;
      return { ...events, ...inspected };
    } finally {
      this.#release(tab);
    }
  }

  async #acquire(): Promise<Tab> {
    const tab = this.#free.pop();
    if (tab) return tab;
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(tab: Tab): void {
    const next = this.#waiting.shift();
    if (next) next(tab);
    else this.#free.push(tab);
  }
}

/** Dispatches the events a reader causes, on every element, without following links or submitting. */
async function poke(page: Page): Promise<void> {
  await page
    .evaluate(() => {
      const events = [
        'mouseover',
        'mouseenter',
        'mousemove',
        'pointerdown',
        'focus',
        'focusin',
        'blur',
        'input',
        'change',
        'animationstart',
        'toggle',
      ];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const type of events) element.dispatchEvent(new Event(type, { bubbles: true }));
        if (element instanceof HTMLElement) element.focus();
      }
      window.scrollTo(0, document.body?.scrollHeight ?? 0);
    })
    .catch(() => {});
}

/** Runs in the page: what survived in the live DOM, as the browser parsed it. */
function inspect(): Inspection {
  const urlAttributes = [
    'href',
    'src',
    'action',
    'formaction',
    'data',
    'xlink:href',
    'poster',
    'background',
    'srcset',
  ];
  const scriptUrls: string[] = [];
  const handlerAttributes: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) handlerAttributes.push(`<${element.localName} ${name}>`);
      if (name === 'srcdoc') scriptUrls.push(`<${element.localName} srcdoc>`);
      if (!urlAttributes.includes(name)) continue;
      // Resolve the way the browser does when it follows or loads the URL.
      let scheme = '';
      try {
        scheme = new URL(attribute.value, document.baseURI).protocol;
      } catch {
        continue;
      }
      if (['javascript:', 'vbscript:', 'data:'].includes(scheme)) {
        scriptUrls.push(`<${element.localName} ${name}="${attribute.value.slice(0, 40)}">`);
      }
    }
  }
  return {
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    // biome-ignore lint: innerText on purpose, it is the text a reader sees: CSS that hides the page shows here.
    visibleText: document.body?.innerText ?? document.documentElement.textContent ?? '',
    scriptUrls,
    handlerAttributes,
  };
}
