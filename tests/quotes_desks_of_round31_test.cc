// Forms met on the desks round 31 read: Second World War wire copy, religion
// news, the baseball and hockey beat, Iran and Turkey in wire copy, Indian
// politics in its own press, city hall and transit, American papers of the
// 1950s and Latin American politics; and what PolNeAR's train split still
// showed.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "He's proud of his campaign and expects a "...": the clitic after a pronoun
// opens no description, and "They're" is a pronoun with its verb, no name.
TEST(QuotesDesksOfRound31, ContractionsAreNoSpeakers) {
  auto q = Statements(
      "Bernie Sanders spoke on Saturday. He\xE2\x80\x99s proud of his campaign and expects a "
      "\xE2\x80\x9Csolid share of the delegates.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Bernie Sanders");
  q = Statements("Bernie Sanders spoke. They\xE2\x80\x99re expecting a \"solid share of the delegates.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
  q = Statements("Bernie Sanders spoke. They're expecting a \"solid share of the delegates.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
}

}  // namespace
}  // namespace newsgraph
