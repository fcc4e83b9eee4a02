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

// "as X put it" closes, opens or splits the clause it attributes; a quote
// after the aside speaks for itself, and an aside after a connective ("Of
// course, as X observed, ...") leaves the clause whole.
TEST(QuotesParenthetical, AsAsidesWithPutIt) {
  auto got = testing_util::Statements("The day was a bloodbath, as one analyst put it.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "one analyst");
  EXPECT_EQ(got[0].text, "The day was a bloodbath");
  got = testing_util::Statements("It was, as one analyst put it, \"a bloodbath for bank stocks\".");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].kind, "direct");
  got = testing_util::Statements("The economy, as Trump put it, is a disaster.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "The economy");
  EXPECT_EQ(got[1].text, "is a disaster");
  got = testing_util::Statements("Of course, as Joel Pollak observed, the biggest victor was the stage itself.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "the biggest victor was the stage itself");
}

// "as X put it" around a quote, before or after it; a participle after a
// closing mark glued to its comma; "said X of Y" names whom X spoke of, no
// role; a demonym speaks with its article.
TEST(QuotesParenthetical, PutItAroundQuotesAndOtherSmallForms) {
  auto got = testing_util::Statements(
      "As Treasury Secretary Janet Yellen put it on Tuesday, \"The economy is in a good place.\"");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Janet Yellen");
  EXPECT_EQ(got[0].role, "Treasury Secretary");
  got = testing_util::Statements("\"The economy is in a good place,\" as Janet Yellen put it.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Janet Yellen");
  got = testing_util::Statements("Analysts warned that the valuation was \"stretched,\" noting that growth had slowed.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].cue, "noting");
  EXPECT_EQ(got[1].text, "that growth had slowed");
  got = testing_util::Statements("\"He is the best player I have coached,\" said Bill Belichick of Tom Brady.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
  got = testing_util::Statements("Carlo Ancelotti spoke. \"Jude has been fantastic,\" the Italian said.");
  ASSERT_FALSE(got.empty());
  // (The nationality stands for the person the story is about: see
  // quotes_epithet_test.cc.)
  EXPECT_EQ(got.back().speaker, "Carlo Ancelotti");
  got = testing_util::Statements("The striker said afterward that he dedicated the goals to his grandmother.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "that he dedicated the goals to his grandmother");
}

TEST(QuotesParenthetical, APersonsDescriptionBeforeTheNameIsNoStatement) {
  // "The mayor, Tom Reed, ..., agreed": the description is an appositive.
  EXPECT_TRUE(testing_util::Statements("The mayor, Tom Reed, who worked on the ferry, agreed.").empty());
  EXPECT_TRUE(testing_util::Statements("Her husband, Samuel, who worked on the ferry, agreed.").empty());
  // A verbless statement is still one.
  auto q = testing_util::Statements("An impossible combination, Tom Reed said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "An impossible combination");
}

// A promise or question set off by commas reports too, and a speaker
// described by an office of an organisation is read whole.
TEST(QuotesParenthetical, PromisesQuestionsAndDescribedSpeakers) {
  auto got = testing_util::Statements(
      "Hillary Clinton spoke on Monday. A Clinton presidency, she vowed, would bring better-paying jobs.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "A Clinton presidency");
  EXPECT_EQ(got[1].text, "would bring better-paying jobs");
  EXPECT_EQ(got[1].speaker, "Hillary Clinton");
  got = testing_util::Statements(
      "Carly Fiorina spoke on Monday. But, the former CEO of Hewlett-Packard added, it's not the way to win.");
  // (A lone "But" before the aside is no statement of its own: round 47.)
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "it's not the way to win");
  EXPECT_EQ(got[0].mention, "the former CEO of Hewlett-Packard");
  // A role before the name inside the aside is the speaker's role.
  got = testing_util::Statements("It is, the novelist Chimamanda Obi says, the book she has tried to write.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Chimamanda Obi");
  EXPECT_EQ(got[1].role, "the novelist");
  // A time in two words before an attribution that opens a quote is no
  // piece of the statement.
  got = testing_util::Statements("Until then, board President Arnold Fisk said, \"everything is still open.\"");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].kind, "direct");
  // A relative clause's act inside a clause a closing attribution reports
  // is that attribution's, which a short phrase with its article makes.
  got = testing_util::Statements(
      "Among those released were soldiers who had defended Mariupol and the Azovstal steel plant, the "
      "headquarters said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "the headquarters");
  // ("..., the company agreed to pay" is no aside: no comma after the cue.)
  EXPECT_TRUE(testing_util::Statements("Last year, the company agreed to pay a fine of $5 million.").empty());
}

}  // namespace
}  // namespace newsgraph
