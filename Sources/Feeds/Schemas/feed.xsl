<?xml version="1.0" encoding="UTF-8"?>
<!--
  Renders a web feed as a readable HTML page when someone opens it in a browser.

  One stylesheet for both formats Herald writes: an Atom 1.0 feed (atom:feed) or
  an RSS 2.0 feed (rss/channel). A feed asks for it with, before its root element,

      <?xml-stylesheet type="text/xsl" href="/feed.xsl"?>

  XSLT 1.0 only (what browsers implement); the page is self-contained: inline CSS,
  no JavaScript, no web fonts, light and dark colours, narrow screens.

  HTML that a feed carries as escaped text (Atom type="html", RSS description) is
  written with disable-output-escaping. Chromium and WebKit honour it; Firefox's
  XSLT engine does not, so there such summaries show their markup as text.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    xmlns:xhtml="http://www.w3.org/1999/xhtml"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="atom xhtml content dc">

  <xsl:output method="html" encoding="UTF-8" indent="no"
      doctype-system="about:legacy-compat"/>

  <xsl:variable name="months" select="'JanFebMarAprMayJunJulAugSepOctNovDec'"/>

  <!-- The page ============================================================ -->

  <xsl:template match="/">
    <xsl:variable name="feed" select="atom:feed | rss/channel"/>
    <xsl:variable name="lang" select="string(atom:feed/@xml:lang | rss/channel/language)"/>
    <xsl:variable name="title">
      <xsl:apply-templates select="atom:feed/atom:title | rss/channel/title" mode="plain"/>
    </xsl:variable>
    <html>
      <xsl:attribute name="lang">
        <xsl:choose>
          <xsl:when test="$lang != ''"><xsl:value-of select="$lang"/></xsl:when>
          <xsl:otherwise>en</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="normalize-space($title)"/> · web feed</title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <div class="page">
          <xsl:choose>
            <xsl:when test="atom:feed"><xsl:apply-templates select="atom:feed"/></xsl:when>
            <xsl:when test="rss/channel"><xsl:apply-templates select="rss/channel"/></xsl:when>
            <xsl:otherwise>
              <h1>Not a feed this page can show</h1>
              <p>This stylesheet renders Atom 1.0 and RSS 2.0 feeds.</p>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </body>
    </html>
  </xsl:template>

  <!-- Atom 1.0 ============================================================= -->

  <xsl:template match="atom:feed">
    <xsl:call-template name="about">
      <xsl:with-param name="url" select="atom:link[@rel = 'self'][1]/@href"/>
      <xsl:with-param name="format">Atom</xsl:with-param>
    </xsl:call-template>
    <div class="feed">
      <xsl:if test="atom:logo">
        <img class="logo" src="{atom:logo}" alt=""/>
      </xsl:if>
      <h1><xsl:apply-templates select="atom:title" mode="text"/></h1>
      <xsl:if test="atom:subtitle">
        <p class="subtitle"><xsl:apply-templates select="atom:subtitle" mode="text"/></p>
      </xsl:if>
      <xsl:call-template name="site-link">
        <xsl:with-param name="url"
            select="(atom:link[@rel = 'alternate' and (not(@type) or @type = 'text/html')]
                     | atom:link[not(@rel)])[1]/@href"/>
      </xsl:call-template>
    </div>
    <xsl:call-template name="count">
      <xsl:with-param name="n" select="count(atom:entry)"/>
    </xsl:call-template>
    <ol class="entries">
      <xsl:apply-templates select="atom:entry"/>
    </ol>
  </xsl:template>

  <xsl:template match="atom:entry">
    <xsl:variable name="alternate"
        select="(atom:link[@rel = 'alternate' and (not(@type) or @type = 'text/html')]
                 | atom:link[@rel = 'alternate'] | atom:link[not(@rel)])[1]/@href"/>
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="$alternate"><xsl:value-of select="$alternate"/></xsl:when>
        <xsl:when test="starts-with(atom:id, 'http://') or starts-with(atom:id, 'https://')">
          <xsl:value-of select="atom:id"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="when" select="(atom:published | atom:updated)[1]"/>
    <li class="entry">
      <h2>
        <xsl:call-template name="maybe-link">
          <xsl:with-param name="href" select="$href"/>
          <xsl:with-param name="body">
            <xsl:apply-templates select="atom:title" mode="text"/>
          </xsl:with-param>
        </xsl:call-template>
      </h2>
      <p class="meta">
        <xsl:if test="$when">
          <span class="date" title="{normalize-space($when)}">
            <xsl:call-template name="iso-date">
              <xsl:with-param name="value" select="normalize-space($when)"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:for-each select="atom:author/atom:name">
          <span class="by"><xsl:value-of select="normalize-space(.)"/></span>
        </xsl:for-each>
      </p>
      <xsl:if test="atom:summary">
        <div class="summary"><xsl:apply-templates select="atom:summary" mode="text"/></div>
      </xsl:if>
      <xsl:if test="atom:category">
        <ul class="tags">
          <xsl:for-each select="atom:category">
            <li>
              <xsl:choose>
                <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="@term"/></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- An Atom Text construct (RFC 4287 3.1) as HTML: type="text" (the default)
       is plain text, type="html" is escaped HTML, type="xhtml" is an xhtml:div. -->
  <xsl:template match="*" mode="text">
    <xsl:choose>
      <xsl:when test="@type = 'html'">
        <xsl:value-of select="." disable-output-escaping="yes"/>
      </xsl:when>
      <xsl:when test="@type = 'xhtml'">
        <xsl:apply-templates select="xhtml:div/node()" mode="xhtml"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="."/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The same construct as plain text, for <title>. -->
  <xsl:template match="*" mode="plain">
    <xsl:choose>
      <xsl:when test="@type = 'xhtml'"><xsl:value-of select="xhtml:div"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Inline XHTML, re-created as HTML elements (no namespace). -->
  <xsl:template match="xhtml:*" mode="xhtml">
    <xsl:element name="{local-name()}">
      <xsl:for-each select="@*[namespace-uri() = '']">
        <xsl:attribute name="{local-name()}"><xsl:value-of select="."/></xsl:attribute>
      </xsl:for-each>
      <xsl:apply-templates select="node()" mode="xhtml"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="*" mode="xhtml">
    <xsl:apply-templates select="node()" mode="xhtml"/>
  </xsl:template>
  <xsl:template match="text()" mode="xhtml">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="xhtml"/>

  <!-- RSS 2.0 ============================================================== -->

  <xsl:template match="channel">
    <xsl:call-template name="about">
      <xsl:with-param name="url" select="atom:link[@rel = 'self'][1]/@href"/>
      <xsl:with-param name="format">RSS</xsl:with-param>
    </xsl:call-template>
    <div class="feed">
      <xsl:if test="image/url">
        <img class="logo" src="{image/url}" alt=""/>
      </xsl:if>
      <h1><xsl:value-of select="title"/></h1>
      <xsl:if test="normalize-space(description) != ''">
        <p class="subtitle"><xsl:value-of select="description"/></p>
      </xsl:if>
      <xsl:call-template name="site-link">
        <xsl:with-param name="url" select="link"/>
      </xsl:call-template>
    </div>
    <xsl:call-template name="count">
      <xsl:with-param name="n" select="count(item)"/>
    </xsl:call-template>
    <ol class="entries">
      <xsl:apply-templates select="item"/>
    </ol>
  </xsl:template>

  <xsl:template match="item">
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="normalize-space(link) != ''"><xsl:value-of select="normalize-space(link)"/></xsl:when>
        <xsl:when test="guid and not(guid/@isPermaLink = 'false')">
          <xsl:value-of select="normalize-space(guid)"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <li class="entry">
      <h2>
        <xsl:call-template name="maybe-link">
          <xsl:with-param name="href" select="$href"/>
          <xsl:with-param name="body">
            <xsl:choose>
              <xsl:when test="normalize-space(title) != ''"><xsl:value-of select="title"/></xsl:when>
              <xsl:otherwise>Untitled</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </h2>
      <p class="meta">
        <xsl:if test="pubDate">
          <span class="date" title="{normalize-space(pubDate)}">
            <xsl:call-template name="rfc822-date">
              <xsl:with-param name="value" select="normalize-space(pubDate)"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:for-each select="dc:creator">
          <span class="by"><xsl:value-of select="normalize-space(.)"/></span>
        </xsl:for-each>
      </p>
      <xsl:if test="normalize-space(description) != ''">
        <!-- RSS 2.0: "entity-encoded HTML is allowed" in an item's description. -->
        <div class="summary"><xsl:value-of select="description" disable-output-escaping="yes"/></div>
      </xsl:if>
      <xsl:if test="category">
        <ul class="tags">
          <xsl:for-each select="category">
            <li><xsl:value-of select="."/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Shared pieces ======================================================== -->

  <xsl:template name="about">
    <xsl:param name="url"/>
    <xsl:param name="format"/>
    <div class="about">
      <p>
        <strong>This is a web feed</strong>, also known as an <xsl:value-of select="$format"/> feed.
        <xsl:choose>
          <xsl:when test="$url"><strong>Subscribe</strong> by copying this URL into your feed reader:</xsl:when>
          <xsl:otherwise><strong>Subscribe</strong> by copying the URL in the address bar into your feed reader.</xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:if test="$url">
        <p class="url"><code><xsl:value-of select="$url"/></code></p>
      </xsl:if>
      <p class="hint">New posts appear in your reader on their own, with no account and no email.</p>
    </div>
  </xsl:template>

  <xsl:template name="site-link">
    <xsl:param name="url"/>
    <xsl:if test="normalize-space($url) != ''">
      <p class="site">
        <a href="{normalize-space($url)}">Visit the website →</a>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="count">
    <xsl:param name="n"/>
    <h2 class="count">
      <xsl:choose>
        <xsl:when test="$n = 0">No posts yet</xsl:when>
        <xsl:when test="$n = 1">1 recent post</xsl:when>
        <xsl:otherwise><xsl:value-of select="$n"/> recent posts</xsl:otherwise>
      </xsl:choose>
    </h2>
  </xsl:template>

  <xsl:template name="maybe-link">
    <xsl:param name="href"/>
    <xsl:param name="body"/>
    <xsl:choose>
      <xsl:when test="normalize-space($href) != ''">
        <a href="{normalize-space($href)}"><xsl:copy-of select="$body"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:copy-of select="$body"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "2024-05-02T10:00:00+02:00" (RFC 3339) → "2 May 2024" -->
  <xsl:template name="iso-date">
    <xsl:param name="value"/>
    <xsl:variable name="m" select="number(substring($value, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="$m &gt;= 1 and $m &lt;= 12">
        <xsl:value-of select="number(substring($value, 9, 2))"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring($months, 3 * ($m - 1) + 1, 3)"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring($value, 1, 4)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="substring($value, 1, 10)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Thu, 02 May 2024 08:00:00 +0000" (RFC 822) → "2 May 2024" -->
  <xsl:template name="rfc822-date">
    <xsl:param name="value"/>
    <xsl:variable name="s">
      <xsl:choose>
        <xsl:when test="contains($value, ',')">
          <xsl:value-of select="normalize-space(substring-after($value, ','))"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="day" select="substring-before($s, ' ')"/>
    <xsl:variable name="rest" select="substring-after($s, ' ')"/>
    <xsl:variable name="month" select="substring-before($rest, ' ')"/>
    <xsl:variable name="year" select="substring(substring-after($rest, ' '), 1, 4)"/>
    <xsl:choose>
      <xsl:when test="string(number($day)) != 'NaN' and string-length($month) = 3
                      and contains($months, $month) and string-length($year) = 4">
        <xsl:value-of select="concat(number($day), ' ', $month, ' ', $year)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="css">
:root {
  color-scheme: light dark;
  --bg: #fbfaf8; --fg: #1f2328; --muted: #5f6670; --line: #e3e1dc;
  --accent: #b4460a; --link: #0b5cad; --box: #fff4e8; --box-line: #f1c89e; --code: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181c; --fg: #e6e6e3; --muted: #a0a6ad; --line: #2e3238;
    --accent: #ff9a4d; --link: #7cb7ff; --box: #2a2119; --box-line: #5c4128; --code: #101214;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.page { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
.about {
  background: var(--box); border: 1px solid var(--box-line); border-left: 5px solid var(--accent);
  border-radius: 8px; padding: 0.9rem 1.1rem; margin-bottom: 2.25rem; font-size: 0.95rem;
}
.about p { margin: 0.35rem 0; }
.about .hint { color: var(--muted); font-size: 0.88rem; }
.about .url code {
  display: block; padding: 0.45rem 0.6rem; border: 1px solid var(--box-line); border-radius: 6px;
  background: var(--code); overflow-wrap: anywhere; user-select: all; -webkit-user-select: all;
  font: 0.9rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
.feed { margin-bottom: 2rem; }
.feed .logo { max-height: 4rem; max-width: 12rem; display: block; margin-bottom: 0.75rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.4rem; letter-spacing: -0.01em; }
.subtitle { color: var(--muted); font-size: 1.1rem; margin: 0 0 0.6rem; }
.site { margin: 0; font-weight: 600; }
h2.count {
  font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted);
  margin: 0; padding-bottom: 0.5rem; border-bottom: 1px solid var(--line);
}
ol.entries { list-style: none; margin: 0; padding: 0; }
.entry { padding: 1.4rem 0; border-bottom: 1px solid var(--line); }
.entry h2 { font-size: 1.3rem; line-height: 1.3; margin: 0 0 0.25rem; }
.entry h2 a { text-decoration: none; }
.entry h2 a:hover { text-decoration: underline; }
.meta { color: var(--muted); font-size: 0.88rem; margin: 0 0 0.5rem; }
.meta > * + *::before { content: "·"; margin: 0 0.45em; }
.summary { overflow-wrap: break-word; }
.summary > :first-child { margin-top: 0; }
.summary > :last-child { margin-bottom: 0; }
.summary img, .summary video, .summary iframe { max-width: 100%; height: auto; }
.summary pre { overflow-x: auto; padding: 0.75rem; background: var(--code); border: 1px solid var(--line); border-radius: 6px; }
.summary code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
.summary blockquote { margin: 0.75rem 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
ul.tags { list-style: none; margin: 0.6rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
ul.tags li {
  font-size: 0.78rem; padding: 0.1rem 0.55rem; border: 1px solid var(--line); border-radius: 999px; color: var(--muted);
}
@media (max-width: 32rem) {
  body { font-size: 16px; }
  .page { padding: 1.25rem 1rem 3rem; }
  h1 { font-size: 1.6rem; }
  .entry h2 { font-size: 1.15rem; }
}
  </xsl:template>

</xsl:stylesheet>
