// The JSON reader behind JSON-LD metadata: strict RFC 8259, as
// nlohmann::json::parse, which it replaced, accepted.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/json_lite.h"

namespace newsgraph::html {
namespace {

bool Accepts(std::string_view text) {
  JsonDoc doc;
  return doc.Parse(text);
}

TEST(HtmlJson, ReadsObjectsArraysAndStrings) {
  JsonDoc doc;
  ASSERT_TRUE(doc.Parse(R"({"@type": ["NewsArticle", "Article"], "headline": "A \"quoted\" title",
                           "author": {"@type": "Person", "name": "Jane Roe"}, "n": -1.5e3,
                           "ok": true, "none": null, "empty": {}, "list": []})"));
  JsonValue root = doc.root();
  ASSERT_TRUE(root.is_object());
  EXPECT_EQ(root.size(), 8u);
  JsonValue type = root.find("@type");
  ASSERT_TRUE(type.is_array());
  std::vector<std::string> types;
  for (JsonValue t : type) types.emplace_back(t.str());
  EXPECT_EQ(types, (std::vector<std::string>{"NewsArticle", "Article"}));
  EXPECT_EQ(type.front().str(), "NewsArticle");
  EXPECT_EQ(root.find("headline").str(), "A \"quoted\" title");
  EXPECT_EQ(root.find("author").find("name").str(), "Jane Roe");
  EXPECT_TRUE(root.find("n").valid());
  EXPECT_FALSE(root.find("n").is_string());
  EXPECT_TRUE(root.find("empty").is_object());
  EXPECT_TRUE(root.find("list").empty());
  EXPECT_FALSE(root.find("missing").valid());
  EXPECT_FALSE(root.find("headline").find("x").valid());  // not an object
}

TEST(HtmlJson, DuplicateKeysLastWins) {
  JsonDoc doc;
  ASSERT_TRUE(doc.Parse(R"({"name": "first", "name": "second"})"));
  EXPECT_EQ(doc.root().find("name").str(), "second");
}

TEST(HtmlJson, EscapesAndSurrogates) {
  JsonDoc doc;
  ASSERT_TRUE(doc.Parse(R"(["\u00e9\/\n\t", "\ud83d\ude00", "caf\u00E9"])"));
  std::vector<std::string> s;
  for (JsonValue v : doc.root()) s.emplace_back(v.str());
  EXPECT_EQ(s[0], "\xC3\xA9/\n\t");
  EXPECT_EQ(s[1], "\xF0\x9F\x98\x80");
  EXPECT_EQ(s[2], "caf\xC3\xA9");
  EXPECT_FALSE(Accepts(R"(["\ud83d"])"));         // unpaired high surrogate
  EXPECT_FALSE(Accepts(R"(["\ude00"])"));         // lone low surrogate
  EXPECT_FALSE(Accepts(R"(["\ud83d\u0041"])"));   // high surrogate + non-low
  EXPECT_FALSE(Accepts(R"(["\x"])"));
  EXPECT_FALSE(Accepts("[\"a\tb\"]"));            // raw control character
  EXPECT_FALSE(Accepts("[\"\xff\"]"));            // ill-formed UTF-8
}

TEST(HtmlJson, RejectsWhatStrictJsonRejects) {
  for (const char* bad : {"", "{", "[1,]", "{\"a\":1,}", "{,}", "[01]", "[1.]", "[.5]", "[-]",
                          "[+1]", "[1e]", "[tru]", "[nul]", "{'a':1}", "{\"a\" 1}", "[1] x",
                          "[1][2]", "// c\n[1]", "[1e999]", "[-1e400]", "[NaN]"}) {
    EXPECT_FALSE(Accepts(bad)) << bad;
  }
  for (const char* good : {"[]", "{}", " [ 1 , -0 , 0.5 , 1E+2 , 1e-400 ] ", "\"x\"", "123",
                           "[123456789012345678901234567890]", "[true,false,null]"}) {
    EXPECT_TRUE(Accepts(good)) << good;
  }
}

TEST(HtmlJson, DeepNestingNeedsNoRecursion) {
  std::string deep(200000, '[');
  deep += std::string(200000, ']');
  EXPECT_TRUE(Accepts(deep));
  EXPECT_FALSE(Accepts(deep.substr(0, deep.size() - 1)));
}

}  // namespace
}  // namespace newsgraph::html
