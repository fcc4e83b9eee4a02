// Forms met on the desks round 37 read: cricket, boxing, the theatre,
// railways, housing, the Nordic countries, Indonesia and arms control; and
// gaps earlier rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// A Portuguese name with two particles ("do", "dos") is one person of six
// words, who speaks.
TEST(QuotesDesksOfRound37, PortugueseNameWithTwoParticles) {
  auto q = Statements("Maria do Rosário Nunes dos Santos said the government had failed the poor.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maria do Rosário Nunes dos Santos");
  EXPECT_EQ(q[0].text, "the government had failed the poor");
}

// "neither confirmed nor denied that ..." refuses to say, a statement as
// "would not confirm that" is; the pair is the cue. A settlement's formula
// ("neither admitted nor denied the charges") stays none.
TEST(QuotesDesksOfRound37, NeitherConfirmNorDeny) {
  auto q = Statements("A spokesman would neither confirm nor deny that the talks had taken place.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A spokesman");
  EXPECT_EQ(q[0].cue, "would neither confirm nor deny");
  EXPECT_EQ(q[0].text, "that the talks had taken place");
  q = Statements("The Pentagon neither confirmed nor denied that the talks had taken place.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "neither confirmed nor denied");
  EXPECT_TRUE(Statements("The firm neither admitted nor denied the charges.").empty());
}

// "A lawyer named Carla Mendes": the naming word is no part of the role.
TEST(QuotesDesksOfRound37, DescriptionBeforeNamed) {
  auto q = Statements("A lawyer named Carla Mendes said the contract was void.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Carla Mendes");
  EXPECT_EQ(q[0].role, "A lawyer");
}

// ", but he hasn't endorsed her", ", but he did not apologize": the writer
// on the speaker's own later act ends the report; a modal after the
// pronoun may still be the speaker's ("but she would not back it").
TEST(QuotesDesksOfRound37, ButAndTheSpeakersLaterAct) {
  auto q = Statements("Trump added that he was questioning the judge, but he did not apologize for his remarks.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "that he was questioning the judge");
  q = Statements("Ms. Lee said the plan was sound, but she would not back it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan was sound, but she would not back it");
}

}  // namespace
}  // namespace newsgraph
