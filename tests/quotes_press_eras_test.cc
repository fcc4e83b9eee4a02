// Round 20 (issue 4): forms of older wire and business copy (the Wall Street
// Journal of the late 1980s, the AP and the New York Times of the 1990s and
// 2000s), of the Japanese and continental European press in English, of
// broadcast copy, and of near-misses that must give no statement, that
// helper batteries and the open list found read wrongly, each tested on
// made-up text.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Attribute(const std::string& text) { return testing_util::Statements(text); }

// A name written again in Chinese characters in brackets is neither a role
// nor a break between the office before the name and the cue.
TEST(QuotesPressEras, NameInChineseCharactersInBrackets) {
  auto q = Attribute("China's Taiwan Affairs Office spokeswoman Zhu Fenglian (朱鳳蓮) said the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Zhu Fenglian");
  EXPECT_EQ(q[0].role, "China's Taiwan Affairs Office spokeswoman");
  q = Attribute("Zhu Fenglian (朱鳳蓮), a spokeswoman for the office, said the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "a spokeswoman for the office");
  q = Attribute("\"It will fail,\" said Zhu Fenglian (朱鳳蓮), a spokeswoman for the office.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Zhu Fenglian");
  EXPECT_EQ(q[0].role, "a spokeswoman for the office");
  // A bracket in Latin letters is still a role ("(D-Nev.)").
  q = Attribute("Sen. Harry Reid (D-Nev.) said the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "(D-Nev.)");
}

// "Sgt. Mike Lane of the Colorado State Patrol": a given name before a place
// word that is also a family name is a person, and a patrol is a force.
TEST(QuotesPressEras, FamilyNamesThatArePlaceWordsBeforeOf) {
  auto q = Attribute("Sgt. Mike Lane of the Colorado State Patrol said the road was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mike Lane");
  EXPECT_EQ(q[0].role, "of the Colorado State Patrol");
  q = Attribute("Trooper Tom Street of the Colorado State Patrol said the road was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Street");
  // A place word leading "of" without a given name stays a place.
  q = Attribute("A spokesman for the Palace of Westminster said the hall was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A spokesman for the Palace of Westminster");
}

}  // namespace
}  // namespace newsgraph
