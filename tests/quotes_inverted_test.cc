// The speaker after an inverted cue ("...," said X.), where word order alone
// makes X the speaker even when the recogniser does not know the name.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>

#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

Quote Only(const std::string& text, Document* doc) {
  *doc = testing_util::Analyze(text);
  EXPECT_EQ(doc->quotes.size(), 1u) << text;
  return doc->quotes.empty() ? Quote{} : doc->quotes[0];
}

std::string Mention(const Document& doc, const Quote& q) {
  return q.speaker_mention ? std::string(doc.Slice(*q.speaker_mention)) : "<null>";
}

TEST(QuotesInverted, UnnamedDescription) {
  Document doc;
  Quote q = Only("\"We sold out by noon,\" said the 52-year-old.", &doc);
  EXPECT_EQ(Mention(doc, q), "the 52-year-old");
  EXPECT_EQ(q.speaker.value_or(""), "the 52-year-old");
  Document doc2;
  q = Only("\"Nobody asked us first,\" wrote one reader.", &doc2);
  EXPECT_EQ(Mention(doc2, q), "one reader");
}

TEST(QuotesInverted, PersonInsideAnUnusualRole) {
  Document doc;
  Quote q = Only("\"The levee failed twice,\" said 2005 flood survivor Tomas Reyna.", &doc);
  EXPECT_EQ(q.speaker.value_or(""), "Tomas Reyna");
  EXPECT_EQ(q.speaker_role.value_or(""), "2005 flood survivor");
}

TEST(QuotesInverted, TitleBeforeAnUnknownName) {
  Document doc;
  Quote q = Only("\"The count is final,\" said Del. Q.R. Ostrowski.", &doc);
  EXPECT_EQ(q.speaker.value_or(""), "Q.R. Ostrowski");
  // (The initials make a name the recogniser knows, its title the role, as
  // for "Sen. Tom Ostrowski".)
  EXPECT_EQ(Mention(doc, q), "Q.R. Ostrowski");
  EXPECT_EQ(q.speaker_role.value_or(""), "Del.");
}

TEST(QuotesInverted, AClauseAfterTheCueIsNoSpeaker) {
  Document doc = testing_util::Analyze("\"The count is final,\" said the clerk was wrong.");
  for (const Quote& q : doc.quotes) EXPECT_NE(Mention(doc, q), "the clerk was wrong");
}

TEST(QuotesInverted, AnEarlierCueSpeaksWhenTheLastHasNoSubject) {
  // "who complains" has no readable subject; "saying" has the sentence's.
  // "mocked the rule" is a stance statement of its own; the quote is the
  // participle's.
  Document doc = testing_util::Analyze("Karen Walsh mocked the rule, saying anyone who complains \"has lost already.\"");
  const Quote* q = nullptr;
  for (const Quote& x : doc.quotes) {
    if (x.kind == QuoteKind::kPartial) q = &x;
  }
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.value_or(""), "Karen Walsh");
  ASSERT_TRUE(q->cue.has_value());
  EXPECT_EQ(doc.Slice(*q->cue), "saying");
}

TEST(QuotesInverted, ParticipleTakesTheNounPhraseOpeningTheSentence) {
  Document doc;
  Quote q = Only("A harbour union official later withdrew the claim, saying the count \"was never final.\"", &doc);
  EXPECT_EQ(Mention(doc, q), "A harbour union official");
  Document doc2;
  q = Only("The weekly paper has been loud for years, arguing the toll is \"a tax on islanders.\"", &doc2);
  EXPECT_EQ(Mention(doc2, q), "The weekly paper");
}

TEST(QuotesInverted, TitleWithOfAndSecondCueOfTheSameSpeaker) {
  Document doc;
  Quote q = Only("Secretary of Transport Karen Walsh said the ferries would take \"bold steps\" soon.", &doc);
  EXPECT_EQ(q.speaker.value_or(""), "Karen Walsh");
  // "X said that she thinks ... but said "..."": the second "said" is X's.
  static const text::Segmenter segmenter;
  static const nlp::EntityRecognizer recognizer;
  static const quotes::QuoteAttributor attributor;
  Document d2;
  d2.text = "Mayor Karen Walsh said that she thinks the pier is safe but said \"the timing is wrong.\"";
  segmenter.Process(d2);
  recognizer.Process(d2);
  attributor.Process(d2);
  bool found = false;
  for (const Quote& x : d2.quotes) {
    if (x.kind != QuoteKind::kPartial) continue;
    found = true;
    EXPECT_EQ(Mention(d2, x), "Karen Walsh");
  }
  EXPECT_TRUE(found);
}

TEST(QuotesInverted, RelativeClauseBeforeTheCueIsSkippedWhole) {
  Document doc;
  Quote q = Only(
      "Mayor Karen Walsh spoke first. Walsh, who has led the city since she won in 2019, called the toll "
      "\"a tax on islanders\" on Monday.",
      &doc);
  EXPECT_EQ(q.speaker.value_or(""), "Karen Walsh");
  EXPECT_EQ(Mention(doc, q), "Walsh");
  // A relative clause with a cue of its own: "told" is still Walsh's.
  static const text::Segmenter segmenter;
  static const nlp::EntityRecognizer recognizer;
  static const quotes::QuoteAttributor attributor;
  Document d2;
  d2.text = "Karen Walsh, who said she would resign, told reporters the pier was \"safe enough.\"";
  segmenter.Process(d2);
  recognizer.Process(d2);
  attributor.Process(d2);
  for (const Quote& x : d2.quotes) {
    if (x.kind == QuoteKind::kPartial) EXPECT_EQ(Mention(d2, x), "Karen Walsh");
  }
}

TEST(QuotesInverted, RelativePronounsAndSharesSpeak) {
  Document doc;
  Quote q = Only("They met the Harbour Authority, which reported \"record losses\" in May.", &doc);
  EXPECT_EQ(Mention(doc, q), "which");
  EXPECT_EQ(q.speaker.value_or(""), "Harbour Authority");
  Document d2;
  q = Only("Only 40 percent of residents agreed that the toll was \"fair enough.\"", &d2);
  EXPECT_EQ(Mention(d2, q), "Only 40 percent of residents");
  Document d3;
  q = Only("Mayor Karen Walsh spoke. She waves at the crowd and repeatedly says, \"Stay calm.\"", &d3);
  EXPECT_EQ(q.speaker.value_or(""), "Karen Walsh");
}

TEST(QuotesInverted, FirstPersonIsAMentionWithoutAName) {
  Document doc;
  Quote q = Only("I laughed and said, \"The ferry is never on time.\"", &doc);
  EXPECT_EQ(Mention(doc, q), "I");
  EXPECT_FALSE(q.speaker.has_value());
}

TEST(QuotesInverted, WhatSomeoneCalledBelongsToTheOuterStatement) {
  Document doc;
  Quote q = Only("Secretary General Karen Walsh condemned what she called a \"brazen breach\" of the rules.", &doc);
  EXPECT_EQ(Mention(doc, q), "Karen Walsh");
  ASSERT_TRUE(q.clause.has_value());
  EXPECT_EQ(doc.Slice(*q.clause), "what she called a \"brazen breach\" of the rules");
}

}  // namespace
}  // namespace newsgraph
