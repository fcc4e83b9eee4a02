// The tokenizer and the entity decoder on the inputs real pages throw at
// them: raw-text elements, broken markup, references with and without ';'.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/entities.h"
#include "html/tokenizer.h"

namespace newsgraph::html {
namespace {

// Records tokens as compact strings: "<p class=x>", "</p>", "text", "#c".
class Recorder : public TokenSink {
 public:
  void StartTag(std::string_view name, std::span<const Attribute> attrs, bool self_closing) override {
    std::string t = "<" + std::string(name);
    for (const Attribute& a : attrs) t += " " + std::string(a.name) + "=" + a.Value();
    t += self_closing ? "/>" : ">";
    tokens.push_back(t);
  }
  void EndTag(std::string_view name) override { tokens.push_back("</" + std::string(name) + ">"); }
  void Text(std::string_view text) override {
    if (!tokens.empty() && tokens.back().rfind("\"", 0) == 0) {
      tokens.back().insert(tokens.back().size() - 1, text);
    } else {
      tokens.push_back("\"" + std::string(text) + "\"");
    }
  }
  void Comment(std::string_view text) override { tokens.push_back("#" + std::string(text)); }
  std::vector<std::string> tokens;
};

std::vector<std::string> Tokens(std::string_view html) {
  Recorder r;
  Tokenize(html, &r);
  return r.tokens;
}

using V = std::vector<std::string>;

TEST(HtmlTokenizer, TagsAttributesAndText) {
  EXPECT_EQ(Tokens("<P Class=\"a b\" id='x' data-n=3 hidden>Hi</p>"),
            (V{"<p class=a b id=x data-n=3 hidden=>", "\"Hi\"", "</p>"}));
  EXPECT_EQ(Tokens("<br/><img src=x />"), (V{"<br/>", "<img src=x/>"}));
}

TEST(HtmlTokenizer, ScriptContainingEndTagsOfOtherElements) {
  EXPECT_EQ(Tokens("<script>if (a < b) { s = '</div>'; }</script><p>x</p>"),
            (V{"<script>", "\"if (a < b) { s = '</div>'; }\"", "</script>", "<p>", "\"x\"", "</p>"}));
  // The end tag matches case-insensitively and only as a whole name.
  EXPECT_EQ(Tokens("<style>a{}</styles></STYLE >b"),
            (V{"<style>", "\"a{}</styles>\"", "</style>", "\"b\""}));
}

TEST(HtmlTokenizer, UnterminatedRawTextRunsToTheEnd) {
  EXPECT_EQ(Tokens("<script>var x = 1;<p>never a tag"),
            (V{"<script>", "\"var x = 1;<p>never a tag\"", "</script>"}));
}

TEST(HtmlTokenizer, TitleAndTextareaDecodeReferences) {
  EXPECT_EQ(Tokens("<title>A &amp; B <b></title>"), (V{"<title>", "\"A & B <b>\"", "</title>"}));
}

TEST(HtmlTokenizer, CommentsDoctypeAndBogusMarkup) {
  EXPECT_EQ(Tokens("<!DOCTYPE html><!-- a -- b -->x<!---->y<?php echo ?>z</ 3>"),
            (V{"#DOCTYPE html", "# a -- b ", "\"x\"", "#", "\"y\"", "#?php echo ?", "\"z\"", "# 3"}));
  EXPECT_EQ(Tokens("a<!-- never closed"), (V{"\"a\"", "# never closed"}));
  EXPECT_EQ(Tokens("1 < 2 <> 3"), (V{"\"1 < 2 <> 3\""}));
}

TEST(HtmlTokenizer, UnclosedTagAtEndOfInput) {
  EXPECT_EQ(Tokens("text<div class=\"a"), (V{"\"text\"", "<div class=a>"}));
}

TEST(HtmlTokenizer, CapitalisedAttributeNamesAreLowerCased) {
  // Names with capitals are lower-cased into the tokenizer's own storage;
  // names already in lower case are views into the page. Both must stay
  // valid while the attribute list grows within one tag.
  std::string html = "<DIV";
  std::string expected = "<div";
  for (int i = 0; i < 40; ++i) {
    html += (i % 2 ? " Data-Attr" : " plain") + std::to_string(i) + "=v" + std::to_string(i);
    expected += (i % 2 ? " data-attr" : " plain") + std::to_string(i) + "=v" + std::to_string(i);
  }
  html += " CLASS=Story>x";
  expected += " class=Story>";
  EXPECT_EQ(Tokens(html), (V{expected, "\"x\""}));
}

TEST(HtmlTokenizer, ManyAttributesStayBounded) {
  std::string html = "<div";
  for (int i = 0; i < 50000; ++i) html += " a" + std::to_string(i % 1000) + "=x";
  html += " id=first id=second>t</div>";
  Recorder r;
  Tokenize(html, &r);
  ASSERT_EQ(r.tokens.size(), 3u);
  EXPECT_EQ(r.tokens[1], "\"t\"");
  // Only the first 128 attributes are kept, duplicates dropped.
  EXPECT_LT(r.tokens[0].size(), 128u * 8);
  EXPECT_EQ(Tokens("<p a=1 a=2 a=3>"), (V{"<p a=1>"}));
}

TEST(HtmlEntities, DecodesNamedAndNumericReferences) {
  std::string out;
  AppendDecoded("&amp;&lt;&gt;&quot;&apos;&nbsp;&rsquo;&eacute;&#8217;&#x2019;&#X41;", &out);
  EXPECT_EQ(out, "&<>\"'\xC2\xA0\xE2\x80\x99\xC3\xA9\xE2\x80\x99\xE2\x80\x99" "A");
}

TEST(HtmlEntities, LegacyAndBrokenReferences) {
  std::string out;
  AppendDecoded("AT&T &amp co &copy 2020 &unknown; &#; &# &#150; &#0; &#xD800; &#99999999;", &out);
  // &#150; is windows-1252's en dash; invalid numbers become U+FFFD.
  EXPECT_EQ(out,
            "AT&T & co \xC2\xA9 2020 &unknown; &#; &# \xE2\x80\x93 \xEF\xBF\xBD \xEF\xBF\xBD "
            "\xEF\xBF\xBD");
}

TEST(HtmlEntities, TableLookups) {
  EXPECT_EQ(LookupNamedEntity("mdash"), U'\u2014');
  EXPECT_EQ(LookupNamedEntity("hellip"), U'\u2026');
  EXPECT_EQ(LookupNamedEntity("nosuch"), 0u);
}

}  // namespace
}  // namespace newsgraph::html
