#include <gtest/gtest.h>

#include "core/document_json.h"
#include "core/json.h"
#include "core/utf8.h"

namespace newsgraph {
namespace {

TEST(Utf8, ValidatesWellFormedAndRejectsIllFormed) {
  EXPECT_TRUE(utf8::IsValid("plain ascii text that is long enough to take the fast path"));
  EXPECT_TRUE(utf8::IsValid("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));
  EXPECT_FALSE(utf8::IsValid("caf\xE9"));             // Latin-1 byte
  EXPECT_FALSE(utf8::IsValid("\xC0\xAF"));            // overlong
  EXPECT_FALSE(utf8::IsValid("\xED\xA0\x80"));        // surrogate
  EXPECT_FALSE(utf8::IsValid("\xF4\x90\x80\x80"));    // past U+10FFFF
  EXPECT_FALSE(utf8::IsValid("abc\xE2\x80"));         // truncated at the end
}

TEST(Utf8, RepairReplacesEachBadByteAndKeepsTheRest) {
  EXPECT_EQ(utf8::Repair("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(utf8::Repair("ok \xC3\xA9"), "ok \xC3\xA9");
  std::string repaired = utf8::Repair("\xE2\x80 x");
  EXPECT_TRUE(utf8::IsValid(repaired));
  EXPECT_EQ(utf8::CodePointCount("\xE2\x80 x"), 4u);  // two bad bytes, space, x
}

TEST(Utf8, NextAndPrevWalkCodePoints) {
  std::string s = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
  size_t pos = 0;
  EXPECT_EQ(utf8::Next(s, &pos), U'a');
  EXPECT_EQ(utf8::Next(s, &pos), U'\u00E9');
  EXPECT_EQ(utf8::Next(s, &pos), U'\u2014');
  EXPECT_EQ(utf8::Next(s, &pos), U'\U0001F600');
  EXPECT_EQ(pos, s.size());
  size_t start = 0;
  EXPECT_EQ(utf8::Prev(s, s.size(), &start), U'\U0001F600');
  EXPECT_EQ(start, 6u);
  std::string out;
  utf8::Append(U'\u2014', &out);
  EXPECT_EQ(out, "\xE2\x80\x94");
}

TEST(Json, EscapesControlsQuotesAndBadBytes) {
  std::string out;
  json::AppendString(&out, "a\"b\\c\nd\x01\xFF");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001\xEF\xBF\xBD\"");
  out.clear();
  json::AppendStringOrNull(&out, "");
  EXPECT_EQ(out, "null");
}

TEST(DocumentJson, OffsetsAreCodePointsIntoText) {
  Document doc;
  doc.source.path = "x.txt";
  doc.text = "\xE2\x80\x9CHi,\xE2\x80\x9D said Ana.";  // “Hi,” said Ana.
  Mention ana;
  ana.span = Span{15, 18};  // bytes of "Ana"
  ana.entity = 0;
  doc.mentions.push_back(ana);
  doc.entities.push_back({"Ana", EntityType::kPerson, {0}});
  Quote q;
  q.content = Span{3, 5};  // "Hi"
  q.speaker = "Ana";
  q.speaker_entity = 0;
  q.speaker_mention = Span{15, 18};
  q.cue = Span{10, 14};
  doc.quotes.push_back(q);
  std::string out;
  AppendDocumentJson(doc, &out);
  EXPECT_NE(out.find("\"text\":\"Hi\",\"start\":1,\"end\":3,\"kind\":\"direct\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"speaker_mention\":{\"start\":11,\"end\":14,\"text\":\"Ana\"}"), std::string::npos) << out;
  EXPECT_NE(out.find("\"cue\":{\"start\":6,\"end\":10,\"text\":\"said\"}"), std::string::npos) << out;
  EXPECT_NE(out.find("\"id\":\"e1\",\"name\":\"Ana\",\"type\":\"PERSON\""), std::string::npos) << out;
}

TEST(DocumentJson, FailedDocumentCarriesOnlyItsError) {
  Document doc;
  doc.source.path = "bad.bin";
  doc.error = "binary content";
  std::string out;
  AppendDocumentJson(doc, &out);
  EXPECT_EQ(out, "{\"path\":\"bad.bin\",\"url\":null,\"error\":\"binary content\"}");
}

}  // namespace
}  // namespace newsgraph
