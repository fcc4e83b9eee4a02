// Round 16 (issue 4): forms of crime, business, entertainment, British and
// international, long-form, local and obituary news that helper batteries
// and PolNeAR's train split found read wrongly, each tested on made-up text.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Attribute(const std::string& text) { return testing_util::Statements(text); }

const Got* Find(const std::vector<Got>& got, const std::string& start) {
  for (const Got& g : got) {
    if (g.text.rfind(start, 0) == 0) return &g;
  }
  return nullptr;
}

// A manner adverb between the cue and "that" is the writer's, not said.
TEST(QuotesBeatForms, MannerAdverbBeforeThat) {
  auto q = Attribute("Marla Quinn said explicitly that her statements were accurate.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that her statements were accurate");
  // "said only that": the clause keeps its "that" after "only" as well.
  auto r = Attribute("The agency said only that the review was continuing.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "that the review was continuing");
}

// ", and Name, appositive, said ...": a second speaker's report of its own.
TEST(QuotesBeatForms, SecondSpeakerWithAppositiveAfterAnd) {
  auto q = Attribute(
      "The agency contends that it is on track to meet its targets, and Brian Teller, the agency's climate adviser, "
      "said his staff were preparing new models.");
  const Got* first = Find(q, "that it is on track");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->text, "that it is on track to meet its targets");
  const Got* second = Find(q, "his staff were preparing");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker, "Brian Teller");
  EXPECT_EQ(second->role, "the agency's climate adviser");
}

}  // namespace
}  // namespace newsgraph
