// A speech verb that is also a noun ("states", "report", "tweet",
// "support") is no cue where the grammar says noun: after an article or a
// possessive, or in -s after a plural quantifier. The verb readings stay.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

namespace newsgraph {
namespace {

TEST(QuotesCueNouns, PluralNounsAfterQuantifiersAreNoCues) {
  Document doc = testing_util::Analyze(
      "Some states remained too close to call. The two states hold primaries on March 1. "
      "A few states have yet to be called.");
  for (const Quote& q : doc.quotes) ADD_FAILURE() << doc.Slice(q.content);
}

TEST(QuotesCueNouns, AReportingNounAsSubjectKeepsItsVerb) {
  // "report" is the noun here, "questions" the verb of the statement.
  Document doc = testing_util::Analyze("Her report questions the budget and the plan.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "the budget and the plan");
}

TEST(QuotesCueNouns, VerbsAfterQuantifiersStayCues) {
  Document doc = testing_util::Analyze("Many say the plan failed badly. The two say the plan failed badly.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  for (const Quote& q : doc.quotes) EXPECT_EQ(doc.Slice(q.content), "the plan failed badly");
}

TEST(QuotesCueNouns, ThirdPersonVerbAfterASubjectStaysACue) {
  Document doc = testing_util::Analyze("The senator states that the bill is dead.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "that the bill is dead");
}

TEST(QuotesCueNouns, ADateAloneIsNoObjectOfACue) {
  Document doc = testing_util::Analyze(
      "Taylor Swift is a singer.\n\nSwift got high profile support last week, after accusing them of trying to stop "
      "her performing.\n");
  // ("after accusing them of ...": the accusation is the only statement.)
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "accusing");
  EXPECT_EQ(doc.Slice(doc.quotes[0].content), "them of trying to stop her performing");
}

}  // namespace
}  // namespace newsgraph
