// Subjects the recogniser cannot vouch for: an unknown surname before a
// person's aside ("Weingarten, who ..., said"), a described subject after a
// dash ("... - a former aide said she ... -"), and an estimate after the
// cue that reads like a topic ("said about half of ...").
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesSubjectAsides, UnknownSurnameBeforeAPersonsAside) {
  auto q = Reports("Quellmatz, who has visited several harbours, said the ferry plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Quellmatz");
  EXPECT_EQ(q[0].text, "the ferry plan would fail");
  q = Reports("Quellmatz, a longtime harbour pilot, said the ferry plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Quellmatz");
  // A capitalised opening word is no name.
  q = Reports("However, the harbour board said the ferry plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the harbour board");
}

TEST(QuotesSubjectAsides, DescribedSubjectAfterADash) {
  for (const char* dash : {"-", "\xE2\x80\x94", "\xE2\x80\x93"}) {
    const std::string text = std::string("Ada Vale was a careful planner ") + dash +
                             " a former aide said she read every harbour chart " + dash + " and it showed.";
    auto q = Reports(text);
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].speaker, "a former aide") << text;
    EXPECT_EQ(q[0].text.rfind("she read every harbour chart", 0), 0u) << text;
  }
}

TEST(QuotesSubjectAsides, EstimateAfterTheCueOpensTheClause) {
  auto q = Reports("The harbour board said about half of the ferry budget went to fuel.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "about half of the ferry budget went to fuel");
  q = Reports("Officials said about 300 passengers were stranded.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "about 300 passengers were stranded");
  // A topic stays no statement.
  EXPECT_TRUE(Reports("Ada Vale talked about two ferries.").empty());
}

}  // namespace
}  // namespace newsgraph
