// Round 23 (issue 4): a person the story is about, named again by who they
// are ("the Dutchman", "the 36-year-old", "the veteran forward"), as sports,
// entertainment and political writing does to avoid repeating a name.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Attribute(const std::string& text) { return testing_util::Statements(text); }

// A nationality, an age and a career word stand for the person who opened
// the sentences before, not for one named inside a relative clause.
TEST(QuotesEpithets, NationalityAgeAndCareerNameThePersonInFocus) {
  auto q = Attribute(
      "Lionel Messi scored twice on Saturday against Real Madrid, whose coach Carlo Ancelotti was furious.\n\n"
      "\"I am happy,\" the 36-year-old said.\n\n"
      "The Argentine added that he would stay at the club. The veteran forward told reporters he felt fit.");
  ASSERT_EQ(q.size(), 3u);
  for (const Got& g : q) EXPECT_EQ(g.speaker, "Lionel Messi") << g.text;
  q = Attribute("Manager Erik ten Hag was less pleased. \"We were sloppy,\" the Dutchman said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Erik ten Hag");
}

// An office brings in someone not yet named; another stated age, gender or
// party rules a person out.
TEST(QuotesEpithets, OfficesAndOtherAgesGendersAndPartiesStayApart) {
  auto q = Attribute("Lionel Messi scored twice. \"It was a fine game,\" the coach said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the coach");
  q = Attribute("Lionel Messi, 36, scored twice. \"It was a fine game,\" the 24-year-old said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the 24-year-old");
  q = Attribute("Emma Stone won the award. Tom Hanks presented it. \"I am grateful,\" the actress said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Emma Stone");
  q = Attribute("Sen. John Smith (D-Mass.) spoke on Tuesday. \"It is a fraud,\" the Democrat said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Smith");
  q = Attribute("Sen. John Smith (D-Mass.) spoke on Tuesday. \"It is fine,\" the Republican said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Republican");
}

}  // namespace
}  // namespace newsgraph
