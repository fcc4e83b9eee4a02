// An attribution set off by commas inside unquoted speech ("The plan,
// officials said, will fail") splits the statement in two pieces, as a
// quote split by its attribution is; the attribution belongs to neither.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

namespace newsgraph {
namespace {

TEST(QuotesParenthetical, StatementAroundAnAttributionComesInTwoPieces) {
  Document doc = testing_util::Analyze("The tax plan, Mr. Smith said on Tuesday, was a disaster for the middle class.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "The tax plan");
  EXPECT_EQ(doc.Slice(doc.quotes[1].content), "was a disaster for the middle class");
  for (const Quote& q : doc.quotes) {
    EXPECT_EQ(q.speaker.value_or(""), "Smith");
    ASSERT_TRUE(q.cue.has_value());
    EXPECT_EQ(doc.Slice(*q.cue), "said");
  }
}

TEST(QuotesParenthetical, OneWordBeforeTheAttributionIsEnough) {
  Document doc = testing_util::Analyze("Time, Mr. Pence added, was on their side.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "Time");
  EXPECT_EQ(doc.Slice(doc.quotes[1].content), "was on their side");
}

TEST(QuotesParenthetical, PronounAndPluralSpeakers) {
  Document doc = testing_util::Analyze(
      "Mr. Obama, officials said, has become skeptical of the plan. That, they say, will be easier in March.");
  ASSERT_EQ(doc.quotes.size(), 4u);
  ASSERT_TRUE(doc.quotes[0].speaker_mention.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[0].speaker_mention), "officials");
  EXPECT_EQ(doc.Slice(doc.quotes[1].content), "has become skeptical of the plan");
  ASSERT_TRUE(doc.quotes[3].speaker_mention.has_value());
  EXPECT_EQ(doc.Slice(*doc.quotes[3].speaker_mention), "they");
}

TEST(QuotesParenthetical, AnOpeningPhraseIsTheFirstPiece) {
  Document doc = testing_util::Analyze("In the end, Mr. Rosenthal said, union leaders backed the deal.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "In the end");
  EXPECT_EQ(doc.Slice(doc.quotes[1].content), "union leaders backed the deal");
  EXPECT_EQ(doc.quotes[1].speaker.value_or(""), "Rosenthal");
}

TEST(QuotesParenthetical, AListWithCommasIsNoAttribution) {
  Document doc = testing_util::Analyze("Apples, pears, and plums were sold at the market on Sunday.");
  EXPECT_TRUE(doc.quotes.empty());
}

}  // namespace
}  // namespace newsgraph
