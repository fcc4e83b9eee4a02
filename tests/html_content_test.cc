// Main-content extraction on small hand-written pages: the article's
// paragraphs come out in order, separated by blank lines; the furniture
// around them does not.

#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "core/utf8.h"
#include "html/class_hints.h"
#include "html/dom.h"
#include "html/extractor.h"

namespace newsgraph::html {
namespace {

std::string Extract(const std::string& html) {
  Document doc;
  doc.source.kind = InputKind::kHtml;
  doc.source.raw = html;
  ExtractHtmlPage(doc);
  EXPECT_TRUE(doc.ok()) << doc.error;
  EXPECT_TRUE(utf8::IsValid(doc.text));
  return doc.text;
}

bool Has(const std::string& text, std::string_view s) { return text.find(s) != std::string::npos; }

const char kNewsPage[] = R"(<!DOCTYPE html>
<html lang="en"><head><title>Town Votes to Keep Its Ferry - The Island Times</title>
<script>var ads = "<div>not text</div>";</script><style>p { color: red }</style></head>
<body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="layout">
<main>
<article class="story">
<h1>Town Votes to Keep Its Ferry</h1>
<div class="byline">By Ruth Haldane</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<div class="story-body">
<p>Residents voted on Tuesday to keep the island's ferry running all year, rejecting a plan to stop winter sailings to save money.</p>
<p>The vote, by a margin of two to one, means the council must find another way to close a gap in its budget, officials said.</p>
<figure><img src="ferry.jpg"><figcaption>The ferry leaving the harbour in March.</figcaption></figure>
<h2>What happens next</h2>
<p>The council will meet next week to discuss raising parking charges, cutting library hours, or both, the mayor said.</p>
<blockquote><p>"We heard the island loud and clear, and the ferry stays," the mayor told reporters after the count.</p></blockquote>
<ul><li>Winter sailings continue at four a day.</li><li>Fares rise by five percent in April.</li></ul>
<div class="advertisement">Advertisement</div>
<p>Turnout was the highest in twenty years, with nearly eight in ten voters taking part, according to the clerk's office.</p>
</div>
<div class="related-articles"><h3>Related</h3><ul>
<li><a href="/a">Ferry fares to rise in spring after long debate over costs</a></li>
<li><a href="/b">Council budget gap widens as costs climb across the island</a></li>
<li><a href="/c">Harbour works to finish before the summer season starts</a></li></ul></div>
<div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news first.</p></div>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Great news for everyone who lives here, and about time too, honestly, I think.</p></div></section>
</main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm warning for the weekend</a></li>
<li><a href="/y">New school opens its doors</a></li></ol></aside>
</div>
<footer class="site-footer"><p>© 2024 The Island Times. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>)";

TEST(HtmlContent, KeepsTheArticleAndDropsFurniture) {
  std::string text = Extract(kNewsPage);
  EXPECT_TRUE(Has(text, "Residents voted on Tuesday")) << text;
  EXPECT_TRUE(Has(text, "another way to close a gap")) << text;
  EXPECT_TRUE(Has(text, "What happens next")) << text;               // sub-heading
  EXPECT_TRUE(Has(text, "loud and clear")) << text;                  // block quote
  EXPECT_TRUE(Has(text, "Winter sailings continue at four a day.")) << text;  // list
  EXPECT_TRUE(Has(text, "Turnout was the highest")) << text;
  for (std::string_view junk : {"Home", "Share on Facebook", "The ferry leaving the harbour",
                                "Advertisement", "Ferry fares to rise", "Sign up", "Great news",
                                "Storm warning", "All rights reserved", "Privacy policy",
                                "not text", "color: red", "By Ruth Haldane"})
    EXPECT_FALSE(Has(text, junk)) << junk << "\n---\n" << text;
}

TEST(HtmlContent, ParagraphsInReadingOrderSeparatedByBlankLines) {
  std::string text = Extract(kNewsPage);
  size_t a = text.find("Residents voted"), b = text.find("What happens next"),
         c = text.find("Turnout was");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(c, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_TRUE(Has(text, "budget, officials said.\n\nThe council will meet") ||
              Has(text, "officials said.\n\nWhat happens next\n\nThe council")) << text;
  EXPECT_FALSE(Has(text, "\n\n\n"));
  EXPECT_NE(text.front(), '\n');
  EXPECT_NE(text.back(), '\n');
}

TEST(HtmlContent, PageWithoutStructure) {
  // No <body>, no containers: paragraphs straight under the root.
  std::string text = Extract(
      "<title>x</title><p>The first paragraph of a page with no body element at all, written plainly.</p>"
      "<p>The second paragraph follows, also long enough to count as prose in the page, I hope.</p>");
  EXPECT_TRUE(Has(text, "The first paragraph")) << text;
  EXPECT_TRUE(Has(text, "The second paragraph")) << text;
}

TEST(HtmlContent, ArticleSplitAroundAds) {
  std::string body = "<html><body><div class=\"page\">";
  for (int i = 0; i < 4; ++i) {
    body += "<div class=\"article-text\"><p>Part " + std::to_string(i) +
            " of the story goes on for a while, with commas, clauses, and enough words to matter.</p>"
            "<p>More of part " + std::to_string(i) + ", because articles have many paragraphs, of course.</p></div>"
            "<div class=\"ad-slot\"><a href=\"/ad\">Buy now</a></div>";
  }
  body += "</div></body></html>";
  std::string text = Extract(body);
  for (int i = 0; i < 4; ++i) EXPECT_TRUE(Has(text, "Part " + std::to_string(i))) << text;
  EXPECT_FALSE(Has(text, "Buy now"));
}

TEST(HtmlContent, EntitiesAndWhitespace) {
  std::string text = Extract(
      "<article><p>Tom &amp; Jerry&rsquo;s   caf&eacute;\n\tis&nbsp;open, said the owner, who was smiling a lot.</p></article>");
  EXPECT_TRUE(Has(text, "Tom & Jerry\xE2\x80\x99s caf\xC3\xA9 is open")) << text;
}

TEST(HtmlContent, CreditLinesLeaveTheBody) {
  std::string text = Extract(
      "<article><p>Villagers rebuilt their school by hand after the floods, parents said on Tuesday.</p>"
      "<p>The education office promised new desks and books, but families could not wait that long.</p>"
      "<p>Reported by Sok Dara for RFA's Khmer Service. Written in English by Paul Eckert.</p></article>");
  EXPECT_TRUE(Has(text, "Villagers rebuilt")) << text;
  EXPECT_FALSE(Has(text, "Reported by")) << text;
}

TEST(HtmlContent, OldTableLayoutWithLineBreaks) {
  std::string text = Extract(
      "<html><body><table><tr><td><a href=/>Home</a><br><a href=/a>Archive</a><br>"
      "<a href=/c>Contact</a></td><td><b>Town fair draws record crowd</b><br><br>"
      "The town fair drew a record crowd on Saturday, with twelve thousand visitors, organisers said."
      "<br><br>Food stalls ran out by mid-afternoon, and the parade was shortened because of the heat."
      "</td></tr></table><small>Copyright 2003 Town Crier</small></body></html>");
  EXPECT_TRUE(Has(text, "The town fair drew")) << text;
  EXPECT_TRUE(Has(text, "organisers said.\n\nFood stalls")) << text;
  EXPECT_FALSE(Has(text, "Archive")) << text;
  EXPECT_FALSE(Has(text, "Copyright")) << text;
}

TEST(HtmlClassHints, ReadsGenericWords) {
  std::vector<std::string> words;
  SplitClassWords("articleBody main-content__text x2", &words);
  EXPECT_EQ(words, (std::vector<std::string>{"article", "body", "main", "content", "text", "x2"}));
  Dom dom = ParseHtml(
      "<div class='story-body'></div><div class='share-tools'></div>"
      "<div id='comments'></div><div class='byline'></div><span class='photo-credit'></span>");
  std::vector<ClassHints> h;
  for (const Node& n : dom.nodes())
    if (n.tag != Tag::kRoot && n.tag != Tag::kText) h.push_back(HintsFor(dom, n));
  ASSERT_EQ(h.size(), 5u);
  EXPECT_GT(h[0].weight, 0);
  EXPECT_TRUE(h[1].always_boilerplate);
  EXPECT_TRUE(h[2].comments);
  EXPECT_TRUE(h[3].byline);
  EXPECT_TRUE(h[4].caption);
}

TEST(HtmlContent, HostilePagesStillWork) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Deep inside many divs there is a paragraph, with commas, that is long enough.</p>";
  EXPECT_TRUE(Has(Extract(deep), "Deep inside"));
  EXPECT_EQ(Extract(""), "");
  EXPECT_EQ(Extract("<html><frameset><frame src=a></frameset></html>"), "");
  std::string big = "<html><body><article>";
  while (big.size() < (size_t{50} << 20))
    big += "<p>Another paragraph of a very long page, with a comma, and some words.</p>";
  EXPECT_GT(Extract(big).size(), size_t{10} << 20);
}

}  // namespace
}  // namespace newsgraph::html
