<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an Atom or RSS feed of this service as a readable page when it is opened in a browser.
     Feed readers ignore it (the xml-stylesheet processing instruction is not part of the feed). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"
      doctype-system="about:legacy-compat"/>

  <xsl:variable name="title" select="/atom:feed/atom:title | /rss/channel/title"/>
  <xsl:variable name="self" select="/atom:feed/atom:link[@rel='self']/@href | /rss/channel/atom:link[@rel='self']/@href"/>
  <xsl:variable name="home" select="/atom:feed/atom:link[@rel='alternate']/@href | /rss/channel/link"/>

  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <link rel="stylesheet" href="/static/style.css"/>
      </head>
      <body>
        <main id="main">
          <h1><xsl:value-of select="$title"/></h1>
          <p class="subscribe">This is a web feed. To subscribe, copy its address into your feed reader:
            <code><xsl:value-of select="$self"/></code></p>
          <p><a href="{$home}">Browse these releases on the web site</a></p>
          <ol class="releases">
            <xsl:apply-templates select="/atom:feed/atom:entry | /rss/channel/item"/>
          </ol>
          <xsl:if test="/atom:feed/atom:link[@rel='next'] | /rss/channel/atom:link[@rel='next']">
            <p><a rel="next" href="{/atom:feed/atom:link[@rel='next']/@href | /rss/channel/atom:link[@rel='next']/@href}">Older releases</a></p>
          </xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
      <span class="meta"><xsl:text> </xsl:text><xsl:value-of select="atom:author/atom:name"/> ·
        <xsl:value-of select="substring(atom:published, 1, 10)"/></span>
      <p><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <a href="{link}"><xsl:value-of select="title"/></a>
      <span class="meta"><xsl:text> </xsl:text><xsl:value-of select="source"/> ·
        <xsl:value-of select="pubDate"/></span>
    </li>
  </xsl:template>
</xsl:stylesheet>
