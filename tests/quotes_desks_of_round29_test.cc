// Forms met on the desks round 29 read: fashion, the Iraq war in Washington,
// the Balkan wars of the 1990s, French politics in English, nuclear energy
// and nonproliferation, wildfires, and the 2016 campaign.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "said the playwright and novelist Ann Lee": two people nouns joined by
// "and" after the article are the named speaker's role, and the quote is
// hers.
TEST(QuotesDesksOfRound29, TwoRolesJoinedAfterTheArticle) {
  auto q = Statements("\"We are done here,\" said the playwright and novelist Ann Lee.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Ann Lee");
  EXPECT_EQ(q[0].role, "the playwright and novelist");
  q = Statements("\"It was a gift,\" said the activist and model Aja Barlow, 31.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Aja Barlow");
}

// "The senator, who calls Trump a "sociopath," said he would not vote": the
// relative aside that holds a partial quote, its comma inside the closing
// mark, leaves the subject before it the speaker of the main cue.
TEST(QuotesDesksOfRound29, AsideWithAQuoteBeforeTheCue) {
  auto q = Statements("Humphrey, who calls Trump a \"sociopath,\" said he would not vote.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[1].kind, "indirect");
  EXPECT_EQ(q[1].text, "he would not vote");
  EXPECT_EQ(q[1].speaker, "Humphrey");
  q = Statements("The agency, which called the plan \"reckless,\" said it would sue.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "it would sue");
  EXPECT_EQ(q[1].speaker, "The agency");
}

// "Dallas Cole said": a given name that is also a place, before a family
// name that is also a given name, is a person right before a verb of saying
// or after a title.
TEST(QuotesDesksOfRound29, PlaceAndGivenNameBeforeAVerbOfSaying) {
  auto q = Statements("Dallas Cole said the team would appeal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dallas Cole");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Coach Dallas Cole said the team would appeal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dallas Cole");
  EXPECT_EQ(q[0].role, "Coach");
  q = Statements("Flights to Dallas resumed on Monday, the airline said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the airline");
}

// "the agency told member states": a plural noun after its kind is no cue.
TEST(QuotesDesksOfRound29, MemberStatesAreNoCue) {
  auto q = Statements("Iran began feeding gas into new centrifuges, the agency told member states.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the agency");
  EXPECT_EQ(q[0].cue, "told");
}

// "Yannick d'Estaing": a French particle elided onto the family name keeps
// the name whole, and the family name alone finds him later.
TEST(QuotesDesksOfRound29, ElidedParticleInAName) {
  auto q = Statements(
      "Yannick d'Estaing, the mayor of Plouzevet, said he had received death threats. \"I will not resign,\" "
      "d'Estaing said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Yannick d'Estaing");
  EXPECT_EQ(q[0].role, "the mayor of Plouzevet");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "Yannick d'Estaing");
}

}  // namespace
}  // namespace newsgraph
