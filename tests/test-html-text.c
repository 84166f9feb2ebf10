/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "briefing-html-text.h"

typedef struct
{
  const char *html;
  const char *text;
} Case;

static const Case cases[] = {
  /* Words, paragraphs and line breaks */
  { "", "" },
  { "plain words", "plain words" },
  { "  many   spaces\tand\nnewlines  ", "many spaces and newlines" },
  { "<p>One.</p><p>Two.</p>", "One.\n\nTwo." },
  { "<p>One.</p>\n\n  <p>Two.</p>", "One.\n\nTwo." },
  { "line<br>break<br/>and<BR />more", "line\nbreak\nand\nmore" },
  { "<p>para</p><br><p>next</p>", "para\n\nnext" },
  { "<h2>Title</h2>Text<div>Block</div>", "Title\n\nText\n\nBlock" },
  { "<ul><li>one</li><li>two</li></ul>after", "• one\n• two\n\nafter" },
  { "<b>bold</b> and <i>italic</i> and <span style=\"color:red\">red</span>",
    "bold and italic and red" },
  { "<blockquote>“A quote.”</blockquote>", "“A quote.”" },
  /* Entities */
  { "Fish &amp; chips &lt;3 &gt; &quot;q&quot; &apos;a&apos;", "Fish & chips <3 > \"q\" 'a'" },
  { "&#8220;curly&#8221; &#x2014; &#X41;&#66;", "“curly” — AB" },
  { "caf&eacute; na&iuml;ve &euro;5 &mdash; &hellip;", "café naïve €5 — …" },
  { "a&nbsp;b", "a\u00A0b" },
  { "&amp without semicolon &copy 2024", "& without semicolon © 2024" },
  { "&unknown; &; & &# &#x; &eacute", "&unknown; &; & &# &#x; &eacute" },
  { "&#0; &#xD800; &#x110000; &#99999999999999999999;", "\uFFFD \uFFFD \uFFFD \uFFFD" },
  { "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>" },
  { "&lt;b&gt;not bold&lt;/b&gt;", "<b>not bold</b>" },
  /* Links: only web links, and never opened */
  { "Read <a href=\"https://example.org/report\">the report</a>.",
    "Read the report (https://example.org/report)." },
  { "<a href='http://example.org/'>http://example.org/</a>", "http://example.org/" },
  { "<a href=https://example.org/a?b=1&amp;c=2>unquoted</a>",
    "unquoted (https://example.org/a?b=1&c=2)" },
  { "<a href=\"https://example.org/\"></a>", "https://example.org/" },
  { "<a href=\"javascript:alert(1)\">click</a>", "click" },
  { "<a href=\"JavaScript:alert(1)\">click</a>", "click" },
  { "<a href=\"  javascript:alert(1)\">click</a>", "click" },
  { "<a href=\"jav&#x61;script:alert(1)\">click</a>", "click" },
  { "<a href=\"file:///etc/passwd\">file</a>", "file" },
  { "<a href=\"data:text/html,<script>alert(1)</script>\">data</a>", "data" },
  { "<a href=\"//example.org/\">relative</a>", "relative" },
  { "<a href=\"https://\">no host</a>", "no host" },
  { "<a name=\"x\">anchor</a>", "anchor" },
  { "<a href=\"https://a.example/\">one <a href=\"https://b.example/\">two</a>",
    "one (https://a.example/) two (https://b.example/)" },
  { "<a href=\"https://a.example/\">unclosed", "unclosed (https://a.example/)" },
  { "<a onclick=\"location='https://evil.example/'\" href=\"https://ok.example/\">x</a>",
    "x (https://ok.example/)" },
  /* Nested and mismatched quotes */
  { "<a href=\"https://example.org/?q='a'\" title='say \"hi\"'>q</a>",
    "q (https://example.org/?q='a')" },
  { "<a title='<b>\"x\"</b>' href=\"https://example.org/\">q</a>", "q (https://example.org/)" },
  { "<span title=\"a>b\">kept</span>", "kept" },
  { "<span title=\"never closed>gone", "" },
  { "before <span title='x\"y>z'>after</span>", "before after" },
  /* Scripts and styles, dropped whole */
  { "a<script>alert('x')</script>b", "ab" },
  { "a <script type=\"text/javascript\">var s = '</p>';</script> b", "a b" },
  { "a<SCRIPT>x</SCRIPT >b", "ab" },
  { "a<style>p { color: red }</style>b", "ab" },
  { "a<script>never closed <p>lost</p>", "a" },
  { "a<scripts>kept</scripts>b", "akeptb" },
  { "a<script>x</scriptx>y</script>b", "ab" },
  { "<iframe src=\"https://example.org/\">fallback</iframe>text", "text" },
  /* Unclosed and broken tags */
  { "a < b and c > d", "a < b and c > d" },
  { "1<2", "1<2" },
  { "text <b", "text" },
  { "text <b class=\"x\"", "text" },
  { "<<b>>", "<>" },
  { "a<!-- comment <p> -->b", "ab" },
  { "a<!-- never closed", "a" },
  { "<!DOCTYPE html><html><head><title>T</title></head><body>Body</body></html>", "Body" },
  { "a<?php echo 1 ?>b", "ab" },
  { "a</ b>c</>d", "acd" },
  { "<img src=\"https://example.org/x.png\" alt=\"alt text\">caption", "caption" },
  { "<p>é ü 🚀</p>", "é ü 🚀" },
  { "bell\x07 and escape\x1b gone", "bell and escape gone" },
};

static void
test_html_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = briefing_html_to_text (cases[i].html);

      g_test_message ("%s", cases[i].html);
      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

/* A megabyte of tags: one pass, whatever they are. */
static void
test_html_megabyte (void)
{
  static const char * const units[] = {
    "<b>", "<a href=\"https://example.org/\">x", "</a>", "<p>", "<span title=\"'\">", "&amp;",
    "<li>", "</a>", "<br>", "<div><div><div>", "<a href=\"javascript:x()\">y", "<a>",
  };
  g_autoptr(GString) html = g_string_new (NULL);
  g_autofree char *text = NULL, *unclosed = NULL;
  guint n_x = 0;

  while (html->len < 1024 * 1024)
    for (gsize i = 0; i < G_N_ELEMENTS (units); i++)
      {
        g_string_append (html, units[i]);
        n_x += i == 1;
      }
  text = briefing_html_to_text (html->str);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strchr (text, '<'));
  g_assert_cmpuint (strlen (text), <, html->len);
  /* Every "x" is kept, with its link after it. */
  {
    guint found = 0;

    for (const char *p = text; (p = strstr (p, "x (https://example.org/)")) != NULL; p++)
      found++;
    g_assert_cmpuint (found, ==, n_x);
  }

  /* And a megabyte of one tag that never ends swallows itself. */
  g_string_truncate (html, 0);
  g_string_append (html, "kept <a ");
  while (html->len < 1024 * 1024)
    g_string_append (html, "<a<a\"<'");
  unclosed = briefing_html_to_text (html->str);
  g_assert_cmpstr (unclosed, ==, "kept");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html-text/cases", test_html_cases);
  g_test_add_func ("/html-text/megabyte", test_html_megabyte);

  return g_test_run ();
}
