// The tree builder on broken, hostile and huge markup.

#include <gtest/gtest.h>

#include <string>

#include "html/dom.h"
#include "html/text_util.h"

namespace newsgraph::html {
namespace {

// The element path of the first text node containing `needle`, e.g.
// "html/body/div/p".
std::string PathTo(const Dom& dom, std::string_view needle) {
  const auto& nodes = dom.nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].tag != Tag::kText || dom.text(nodes[i]).find(needle) == std::string_view::npos)
      continue;
    std::string path;
    for (uint32_t p = nodes[i].parent; p != Node::kNone && nodes[p].tag != Tag::kRoot;
         p = nodes[p].parent)
      path = std::string(dom.TagName(nodes[p])) + (path.empty() ? "" : "/") + path;
    return path;
  }
  return "(not found)";
}

TEST(HtmlDom, UnclosedParagraphsAndListItems) {
  Dom dom = ParseHtml("<body><p>one<p>two<div>three</div><ul><li>a<li>b</ul></body>");
  EXPECT_EQ(PathTo(dom, "one"), "body/p");
  EXPECT_EQ(PathTo(dom, "two"), "body/p");
  EXPECT_EQ(PathTo(dom, "three"), "body/div");  // <div> closed the open <p>
  EXPECT_EQ(PathTo(dom, "b"), "body/ul/li");
}

TEST(HtmlDom, MisnestedAndStrayEndTags) {
  Dom dom = ParseHtml("<div><b><i>x</b>y</i></span></div><p>z</p>");
  EXPECT_EQ(PathTo(dom, "x"), "div/b/i");
  EXPECT_EQ(PathTo(dom, "y"), "div");  // </b> closed <i> too; </i> is stray
  EXPECT_EQ(PathTo(dom, "z"), "p");
}

TEST(HtmlDom, TablesCloseTheirCells) {
  Dom dom = ParseHtml("<table><tr><td>a<td>b<tr><td>c</table>d");
  EXPECT_EQ(PathTo(dom, "b"), "table/tr/td");
  EXPECT_EQ(PathTo(dom, "c"), "table/tr/td");
  EXPECT_EQ(PathTo(dom, "d"), "");
}

TEST(HtmlDom, ScriptWithEndTagsInside) {
  ParseOptions options;
  options.keep_scripts = true;
  Dom dom = ParseHtml("<div><script>document.write('</div><p>')</script><p>after</p></div>", options);
  EXPECT_EQ(PathTo(dom, "document.write"), "div/script");
  EXPECT_EQ(PathTo(dom, "after"), "div/p");
}

TEST(HtmlDom, ScriptTextDroppedButJsonKept) {
  Dom dom = ParseHtml(
      "<script>var secret = 1;</script><script type=\"application/ld+json\">{\"a\":1}</script>");
  EXPECT_EQ(PathTo(dom, "secret"), "(not found)");
  EXPECT_EQ(PathTo(dom, "\"a\""), "script");
}

TEST(HtmlDom, NoBodyNoHeadFragments) {
  Dom dom = ParseHtml("just text <b>bold</b>");
  EXPECT_EQ(PathTo(dom, "just"), "");
  EXPECT_EQ(PathTo(dom, "bold"), "b");
  Dom frames = ParseHtml(
      "<html><frameset><frame src=a.html><frame src=b.html></frameset>"
      "<noframes>old browsers</noframes></html>");
  EXPECT_GT(frames.nodes().size(), 3u);
}

TEST(HtmlDom, DeepNestingIsBounded) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>after</p>";
  Dom dom = ParseHtml(html);
  uint32_t max_depth = 0;
  for (const Node& n : dom.nodes()) max_depth = std::max(max_depth, n.depth);
  EXPECT_LE(max_depth, ParseOptions().max_depth + 1);
  EXPECT_NE(PathTo(dom, "deep"), "(not found)");
  EXPECT_EQ(PathTo(dom, "after"), "p");
  // Every subtree range lies inside its parent's.
  const auto& nodes = dom.nodes();
  for (size_t i = 1; i < nodes.size(); ++i) {
    ASSERT_LT(nodes[i].parent, i);
    ASSERT_LE(nodes[i].end, nodes[nodes[i].parent].end);
  }
}

TEST(HtmlDom, DeepInlineNestingIsBounded) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<b><i>";
  html += "x";
  Dom dom = ParseHtml(html);
  for (const Node& n : dom.nodes()) ASSERT_LE(n.depth, ParseOptions().max_depth + 1);
}

TEST(HtmlDom, LargePage) {
  // About 50 MB of paragraphs: parsed in one pass, with memory in proportion.
  std::string para = "<p class=\"x\">Lorem ipsum dolor sit amet, consectetur adipiscing elit &amp; more.</p>\n";
  std::string html = "<html><body>";
  while (html.size() < (size_t{50} << 20)) html += para;
  html += "<p>the end</p></body></html>";
  Dom dom = ParseHtml(html);
  EXPECT_EQ(PathTo(dom, "the end"), "html/body/p");
  EXPECT_GT(dom.nodes().size(), 500000u);
}

TEST(HtmlDom, AttributesAndTagNames) {
  Dom dom = ParseHtml("<DIV CLASS='Story Body' Id=main data-x=1><my-widget>w</my-widget></div>");
  const Node& div = dom.node(1);
  EXPECT_EQ(div.tag, Tag::k_div);
  EXPECT_EQ(dom.Attr(div, "class"), "Story Body");
  EXPECT_EQ(dom.Attr(div, "id"), "main");
  EXPECT_EQ(dom.Attr(div, "data-x"), "");  // not kept by default
  EXPECT_EQ(PathTo(dom, "w"), "div/my-widget");
  ParseOptions all;
  all.all_attributes = true;
  Dom full = ParseHtml("<div data-x=1></div>", all);
  EXPECT_EQ(full.Attr(full.node(1), "data-x"), "1");
}

}  // namespace
// Every node, its place and its text or attributes, as one string.
std::string Describe(const Dom& dom) {
  std::string out;
  for (const Node& n : dom.nodes()) {
    out += std::to_string(static_cast<int>(n.tag)) + "/" + std::to_string(n.parent) + "/" +
           std::to_string(n.end) + ":";
    if (n.tag == Tag::kText) {
      out += "\"" + std::string(dom.text(n)) + "\"";
    } else {
      out += std::string(dom.TagName(n));
      for (size_t k = 0; k < dom.AttrCount(n); ++k)
        out += " " + std::string(dom.AttrName(n, k)) + "=" + std::string(dom.AttrValue(n, k));
    }
    out += "\n";
  }
  return out;
}

TEST(HtmlDom, BorrowedInputGivesTheSameTree) {
  // Text and values without references point into the page; those with
  // references, and text runs split by comments, are copied. The tree is
  // the same either way.
  const std::string html =
      "<div class=\"story body\" id=main>one <b>two</b> th<!-- c -->ree &amp; four"
      "<a href='/x?a=1&amp;b=2' title=T>link</a>five&lt;<!---->six<br>seven"
      "<script type=\"application/ld+json\">{\"a\": \"&amp;\"}</script>"
      "<title>A &amp; B</title><p data-x=1>end</p></div>";
  ParseOptions borrow;
  borrow.borrow_input = true;
  Dom copied = ParseHtml(html);
  Dom borrowed = ParseHtml(html, borrow);
  EXPECT_EQ(Describe(borrowed), Describe(copied));
  EXPECT_NE(Describe(copied).find("\" three & four\""), std::string::npos);
  EXPECT_NE(Describe(copied).find("href=/x?a=1&b=2"), std::string::npos);
}

}  // namespace newsgraph::html
