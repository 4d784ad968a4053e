/**
 * Escaping for every place core writes markup. One function per place, because each place has its
 * own rules; all of them escape `&` first, in one pass, so nothing is escaped twice.
 */

function escaper(pattern: RegExp, references: Record<string, string>): (value: string) => string {
  return (value) => value.replace(pattern, (char) => references[char] ?? char);
}

/**
 * XML text content (`&`, `<`, `>`). Also plain text in an RSS `<description>`, which readers
 * parse as HTML: it is escaped once for HTML here, then once more for XML by the writer.
 *
 * @example
 * ```ts
 * escapeXmlText('Tom & Jerry <3'); // 'Tom &amp; Jerry &lt;3'
 * ```
 */
export const escapeXmlText = escaper(/[&<>]/g, { '&': '&amp;', '<': '&lt;', '>': '&gt;' });

/**
 * An XML attribute value in double quotes. Tabs and line breaks become references so that
 * attribute-value normalization does not turn them into spaces.
 *
 * @example
 * ```ts
 * escapeXmlAttribute('a "b"\tc'); // 'a &quot;b&quot;&#9;c'
 * ```
 */
export const escapeXmlAttribute = escaper(/[&<>"\t\n\r]/g, {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
});

/**
 * HTML text or a double-quoted attribute value (`&`, `<`, `>`, `"`), for `<head>` tags.
 *
 * @example
 * ```ts
 * escapeHtml('"A" & <B>'); // '&quot;A&quot; &amp; &lt;B&gt;'
 * ```
 */
export const escapeHtml = escaper(/[&<>"]/g, { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' });

/**
 * A double-quoted HTML attribute value as the HTML serializer writes it (`&` and `"` only), for
 * start tags rewritten inside post HTML, so the rest of the tag reads as before.
 *
 * @example
 * ```ts
 * escapeHtmlAttribute('a.png?x=1&y="2"'); // 'a.png?x=1&amp;y=&quot;2&quot;'
 * ```
 */
export const escapeHtmlAttribute = escaper(/[&"]/g, { '&': '&amp;', '"': '&quot;' });

/**
 * HTML text the way rehype-stringify writes it (`&` and `<` as hex references), so text core
 * escapes itself reads the same as the text of rendered posts.
 *
 * @example
 * ```ts
 * escapeHtmlLikeRehype('a < b & c'); // 'a &#x3C; b &#x26; c'
 * ```
 */
export const escapeHtmlLikeRehype = escaper(/[&<]/g, { '&': '&#x26;', '<': '&#x3C;' });
