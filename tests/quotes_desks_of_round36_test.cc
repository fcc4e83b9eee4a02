// Forms met on the desks round 36 read: hockey, the car industry, French
// politics, Taiwan, Pakistan, the media business, policing and polling; and
// gaps earlier rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "who added" after an appositive that ends with a firm is the person's,
// whatever the firm's name looks like; a named person after "from" keeps
// the relative.
TEST(QuotesDesksOfRound36, RelativeAfterAnAppositiveWithAFirm) {
  auto q = Statements("\"It is fine,\" said Jane Roe, an analyst at Cox Automotive, who added that prices would fall.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Jane Roe");
  EXPECT_EQ(q[1].cue, "added");
  EXPECT_EQ(q[1].text, "that prices would fall");
  q = Statements("Cruz won an endorsement from a colleague, from Mike Lee, who declared, \"It is time to unite.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mike Lee");
}

// A number in words opens a group that speaks, not a name.
TEST(QuotesDesksOfRound36, NumbersInWordsOpenAGroup) {
  auto q = Statements("Eleven states said they would sue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Eleven states");
  q = Statements("Twelve progressive groups are asking Hillary Clinton to repudiate the general.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Twelve progressive groups");
  EXPECT_EQ(q[0].text, "Hillary Clinton to repudiate the general");
}

// A stance in the progressive inside a clause that another speaker reports
// after the comma of a partial quote is part of that speaker's statement.
TEST(QuotesDesksOfRound36, ProgressiveStanceInsideAReport) {
  auto q = Statements("Germany was asking for \"clarity,\" Lindner argued.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lindner");
  EXPECT_EQ(q[0].cue, "argued");
  q = Statements("Germany was calling for \"clarity\" on the budget.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Germany");
}

// Those who back a person are a group; the person is no speaker and the
// participle no role.
TEST(QuotesDesksOfRound36, SupportersOfAPerson) {
  auto q = Statements("Voters supporting Mr. Trump said the economy was bad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Trump");
  EXPECT_NE(q[0].role, "Voters supporting");
}

}  // namespace
}  // namespace newsgraph
