// Forms met on the desks round 30 read: the Middle East peace process in
// 1990s wire copy, Cold War news of the 1960s, corporate fraud trials, sports
// doping, mining, and police accountability in local papers.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "The Soviet Union, the Secretary of Defense said today, has deployed ...":
// an attribution set off inside the statement keeps its two pieces when the
// cue carries a day, and a name before the first comma is the statement's
// subject, not a description of the speaker.
TEST(QuotesDesksOfRound30, AttributionWithADayInsideTheStatement) {
  auto q = Statements("The Soviet Union, the Secretary of Defense said today, has deployed new missiles.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The Soviet Union");
  EXPECT_EQ(q[1].text, "has deployed new missiles");
  EXPECT_EQ(q[1].speaker, "the Secretary of Defense");
  q = Statements("Moscow, the official said yesterday, would not retreat.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "would not retreat");
  EXPECT_EQ(q[1].speaker, "the official");
  q = Statements("The Soviet Union, Mr. McNamara said today, is testing a new bomber.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The Soviet Union");
  EXPECT_EQ(q[1].speaker, "McNamara");
  // A description before the name is still the speaker's role.
  q = Statements("His son, Omar Rahim, said the mayor received threats.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Omar Rahim");
  EXPECT_EQ(q[0].role, "His son");
}

}  // namespace
}  // namespace newsgraph
