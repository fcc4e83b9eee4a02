// Paragraphs, tokens and sentences of the text stage.
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph {
namespace {

Document Segment(const std::string& text) {
  Document doc;
  doc.text = text;
  text::Segmenter().Process(doc);
  return doc;
}

std::vector<std::string> Sentences(const std::string& text) {
  Document doc = Segment(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.span));
  return out;
}

std::vector<std::string> Tokens(const std::string& text) {
  Document doc = Segment(text);
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.Slice(t.span));
  return out;
}

TEST(Segmenter, ParagraphsSplitAtBlankLines) {
  Document doc = Segment("  First line\nstill first.\n\n \t \nSecond one.\n\n\nThird");
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.paragraphs[0]), "First line\nstill first.");
  EXPECT_EQ(doc.Slice(doc.paragraphs[1]), "Second one.");
  EXPECT_EQ(doc.Slice(doc.paragraphs[2]), "Third");
  EXPECT_EQ(doc.sentences.back().paragraph, 2u);
}

TEST(Segmenter, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Tokens("Ed Rowe (D-Mass.) met Gen. Ames in the U.S. on Jan. 5."),
            (std::vector<std::string>{"Ed", "Rowe", "(", "D-Mass.", ")", "met", "Gen.", "Ames", "in", "the", "U.S.",
                                      "on", "Jan.", "5", "."}));
}

TEST(Segmenter, PossessiveIsItsOwnToken) {
  EXPECT_EQ(Tokens("Lena Ostrova's plan, the workers' union, don't"),
            (std::vector<std::string>{"Lena", "Ostrova", "'s", "plan", ",", "the", "workers", "'", "union", ",",
                                      "don't"}));
}

TEST(Segmenter, SentencesSurviveAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("Gen. Paul Varga arrived at St. Mary's on Jan. 3. He left. J. R. Tolkin stayed."),
            (std::vector<std::string>{"Gen. Paul Varga arrived at St. Mary's on Jan. 3.", "He left.",
                                      "J. R. Tolkin stayed."}));
}

TEST(Segmenter, LineBreakAfterAnAbbreviationEndsTheSentence) {
  // Pages whose paragraphs are single lines: "U.S." at a line's end.
  auto s = Sentences("Cruz wants to stop traffickers crossing into the U.S.\nChris Reed added that he agreed.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Chris Reed added that he agreed.");
  // Within a line a name after "U.S." goes on the sentence.
  s = Sentences("The U.S. Navy sent two ships.");
  EXPECT_EQ(s.size(), 1u);
}

TEST(Segmenter, HeadlineLineEndsWithoutPunctuation) {
  auto s = Sentences("Ada Vale Says She Would Close The Pier\nAda Vale said she would close the pier.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Ada Vale said she would close the pier.");
  // A hard-wrapped sentence goes on over its line breaks.
  s = Sentences("Ada Vale met with the mayor of\nPortsmouth on Monday.");
  EXPECT_EQ(s.size(), 1u);
  // A quoted headline after a full stop is a line of its own too.
  s = Sentences("The pier closed next year.\n\xE2\x80\x9C" "DIVISIVE, STUPID AND WRONG\xE2\x80\x9D\nThe pier will open, "
                "Ada Vale said.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[2], "The pier will open, Ada Vale said.");
}

TEST(Segmenter, NumberSignIsNoSentenceEnd) {
  // "the No. 2 Republican" is one sentence; "he said no. 2016 ..." two.
  EXPECT_EQ(Sentences("Ann Cole, the No. 2 official in the port, said so.").size(), 1u);
  EXPECT_EQ(Sentences("Asked again, he said no. 2016 was not his year.").size(), 2u);
}

TEST(Segmenter, DottedAbbreviationEndsSentenceOnlyBeforeAStarter) {
  EXPECT_EQ(Sentences("Troops left the U.S. Army base. They went home to the U.S. The war was over."),
            (std::vector<std::string>{"Troops left the U.S. Army base.", "They went home to the U.S.",
                                      "The war was over."}));
}

TEST(Segmenter, Ellipses) {
  // An ellipsis ends a sentence only when a sentence starter follows it.
  EXPECT_EQ(Sentences("He paused... and went on. Then he stopped\xE2\x80\xA6 The end came... Lena left."),
            (std::vector<std::string>{"He paused... and went on.", "Then he stopped\xE2\x80\xA6",
                                      "The end came... Lena left."}));
}

TEST(Segmenter, QuotesAndBracketsStayInsideSentences) {
  EXPECT_EQ(Sentences("\"We won.\" She smiled. (It was late.) Then \xE2\x80\x9CStop!\xE2\x80\x9D he cried."),
            (std::vector<std::string>{"\"We won.\"", "She smiled.", "(It was late.)",
                                      "Then \xE2\x80\x9CStop!\xE2\x80\x9D he cried."}));
}

TEST(Segmenter, DashesDoNotSplit) {
  EXPECT_EQ(Sentences("The plan \xE2\x80\x94 a bold one \xE2\x80\x94 failed -- twice. Next."),
            (std::vector<std::string>{"The plan \xE2\x80\x94 a bold one \xE2\x80\x94 failed -- twice.", "Next."}));
}

TEST(Segmenter, TokensIndexTheirSentence) {
  Document doc = Segment("One two. Three four.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t k = doc.sentences[s].first_token; k < doc.sentences[s].end_token; ++k) {
      EXPECT_EQ(doc.tokens[k].sentence, s);
    }
  }
}

TEST(Segmenter, Utf8WordsAndNumbers) {
  EXPECT_EQ(Tokens("Zo\xC3\xAB paid 3.5 million \xE2\x80\x93 na\xC3\xAFve."),
            (std::vector<std::string>{"Zo\xC3\xAB", "paid", "3.5", "million", "\xE2\x80\x93", "na\xC3\xAFve", "."}));
}

// A quote opening with a capital after an abbreviation that may stand
// before a name ("St.") starts a sentence; a name after it does not.
TEST(Segmenter, QuoteAfterAStreetAbbreviation) {
  auto s = Sentences("\"It is too big,\" said Marcy Hill of 12 Elm St. \"Way too big,\" she added.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "\"Way too big,\" she added.");
  EXPECT_EQ(Sentences("They prayed at St. Mary's church.").size(), 1u);
}

}  // namespace
}  // namespace newsgraph
