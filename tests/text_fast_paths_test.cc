// The shortcuts the stages take for speed must answer as the slow roads do:
// the inline ASCII answers of text/chars.h, the word-list test, the
// lexicon's screens, and the quotation-mark scan that steps over plain
// ASCII eight bytes at a time.
#include <gtest/gtest.h>

#include <string>

#include "analyze_test_util.h"
#include "core/utf8.h"
#include "text/chars.h"
#include "text/lexicon.h"
#include "text/words.h"

namespace newsgraph {
namespace {

TEST(TextFastPaths, AsciiClassesAsDefined) {
  for (char32_t c = 0; c < 0x80; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    EXPECT_EQ(text::IsWordChar(c), letter || digit) << int(c);
    EXPECT_EQ(text::IsUpper(c), c >= 'A' && c <= 'Z') << int(c);
    EXPECT_EQ(text::IsLower(c), c >= 'a' && c <= 'z') << int(c);
    EXPECT_EQ(text::IsSpace(c), c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') << int(c);
    EXPECT_EQ(text::IsDoubleQuote(c), c == '"') << int(c);
    EXPECT_EQ(text::IsSingleQuote(c), c == '\'') << int(c);
    EXPECT_EQ(text::IsDash(c), c == '-') << int(c);
  }
}

TEST(TextFastPaths, BeyondAsciiStillAsked) {
  EXPECT_TRUE(text::IsSpace(0xA0));
  EXPECT_TRUE(text::IsSpace(0x2009));
  EXPECT_TRUE(text::IsSpace(0x3000));
  EXPECT_FALSE(text::IsSpace(0x2010));
  EXPECT_TRUE(text::IsWordChar(0xE9));    // é
  EXPECT_TRUE(text::IsWordChar(0x301));   // a combining accent
  EXPECT_FALSE(text::IsWordChar(0x201C));
  EXPECT_TRUE(text::IsUpper(0xC9));       // É
  EXPECT_TRUE(text::IsUpper(0x1C5));      // a title-case digraph
  EXPECT_TRUE(text::IsLower(0x3B1));      // α
  EXPECT_TRUE(text::IsDash(0x2014));
  EXPECT_FALSE(text::IsDash(0x2016));
  for (char32_t c : {0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB}) EXPECT_TRUE(text::IsDoubleQuote(c));
  for (char32_t c : {0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A}) EXPECT_TRUE(text::IsSingleQuote(c));
  EXPECT_FALSE(text::IsDoubleQuote(0x2019));
  const std::string s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
  size_t len = 0, start = 0;
  EXPECT_EQ(text::DecodeAt(s, 0, &len), U'a');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(text::DecodeAt(s, 1, &len), 0xE9u);
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(text::DecodeAt(s, 3, &len), 0x201Cu);
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(text::DecodeAt(s, 6, &len), 0x1F600u);
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(text::DecodeBefore(s, s.size(), &start), 0x1F600u);
  EXPECT_EQ(start, 6u);
  EXPECT_EQ(text::DecodeBefore(s, 1, &start), U'a');
  EXPECT_EQ(start, 0u);
  EXPECT_TRUE(text::StartsUpper("\xC3\x89mile"));
  EXPECT_TRUE(text::StartsLower("\xC3\xA9t\xC3\xA9"));
  EXPECT_FALSE(text::StartsUpper(""));
}

TEST(TextFastPaths, WordListComparesWholeWords) {
  EXPECT_TRUE(text::IsOneOf("said", {"told", "said"}));
  EXPECT_FALSE(text::IsOneOf("sail", {"told", "said"}));  // same length and first byte
  EXPECT_FALSE(text::IsOneOf("said", {"saids", "sai"}));
  EXPECT_FALSE(text::IsOneOf("Said", {"said"}));          // case counts
  EXPECT_TRUE(text::IsOneOf("a", {"an", "a"}));
  EXPECT_FALSE(text::IsOneOf("", {"a", "b"}));
  EXPECT_TRUE(text::IsOneOf("", {"a", ""}));
  EXPECT_TRUE(text::IsOneOf("\xE2\x80\x94", {"--", "\xE2\x80\x94"}));
}

TEST(TextFastPaths, CompiledWordListComparesWholeWords) {
  EXPECT_TRUE((text::Is<"told", "said">("said")));
  EXPECT_FALSE((text::Is<"told", "said">("sail")));
  EXPECT_FALSE((text::Is<"saids", "sai">("said")));
  EXPECT_FALSE((text::Is<"said">("Said")));
  EXPECT_FALSE((text::Is<"a", "b">("")));
  EXPECT_TRUE((text::Is<"a", "">("")));
  EXPECT_TRUE((text::Is<"--", "\xE2\x80\x94">("\xE2\x80\x94")));
  EXPECT_FALSE((text::Is<"\xE2\x80\x94">("\xE2\x80\x93")));
}

TEST(TextFastPaths, LexiconScreensTurnAwayOnlyAbsentWords) {
  const text::Lexicon speech("speech_verbs.txt");
  ASSERT_GT(speech.size(), 100u);
  EXPECT_TRUE(speech.Contains("said"));
  EXPECT_TRUE(speech.Contains("SAID"));  // folded
  EXPECT_TRUE(speech.Contains("Told"));
  EXPECT_FALSE(speech.Contains("sand"));
  EXPECT_FALSE(speech.Contains(""));
  EXPECT_FALSE(speech.Contains(std::string(200, 's')));
  const text::Lexicon surnames("surnames.txt", /*case_sensitive=*/true);
  ASSERT_GT(surnames.size(), 0u);
  const text::Lexicon empty("no_such_lexicon.txt");
  EXPECT_FALSE(empty.Contains("said"));
}

// A quote whose marks stand at every offset of the eight-byte steps, after
// plain ASCII and after other UTF-8, is found as before.
TEST(TextFastPaths, MarksFoundAtEveryOffset) {
  const std::string marks[][2] = {{"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}};
  for (const auto& m : marks) {
    for (int pad = 0; pad < 17; ++pad) {
      for (const std::string& filler : {std::string("x"), std::string("\xC3\xA9")}) {
        std::string lead;
        for (int i = 0; i < pad; ++i) lead += filler;
        const std::string text =
            "On Monday " + lead + " Mara Lind said: " + m[0] + "We will rebuild the harbour." + m[1] + " Then she left.";
        const Document doc = testing_util::Analyze(text);
        ASSERT_EQ(doc.quotes.size(), 1u) << text;
        EXPECT_EQ(doc.Slice(doc.quotes[0].content), "We will rebuild the harbour.") << text;
        EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Mara Lind") << text;
      }
    }
  }
  // Single marks too, and an apostrophe that opens nothing.
  const Document doc = testing_util::Analyze(
      "Over the weekend the crowds came back, Mara Lind's office said. 'We will rebuild,' Mara Lind said.");
  bool found = false;
  for (const Quote& q : doc.quotes) found = found || doc.Slice(q.content) == "We will rebuild";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace newsgraph
