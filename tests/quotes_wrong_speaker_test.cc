// Reported speech given to the wrong speaker (issue 4, unquoted sources):
// a closing attribution after an earlier cue, and a description run long
// over a clause. Where the words give no speaker, no report is better than
// a wrong name.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

// A description running over a clause is no speaker.
TEST(QuotesWrongSpeaker, DescriptionRunLong) {
  // Cut short before a modal and the verb chain of the cue.
  auto q = Reports("Farmers worried about the drought in the valley might stop to consider whether the dam helps.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Farmers worried about the drought in the valley");
  q = Reports("Small groups of protesters continued to call for more information about the spill.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Small groups of protesters");
  // Ending in a preposition or an article, or holding a clause: no speaker.
  q = Reports("The harbour board struggled on Tuesday to explain why it had ignored the warnings.");
  for (const Got& g : q) EXPECT_EQ(g.mention.find("struggled"), std::string::npos);
  q = Reports("Fishermen could pick off increasingly remote states that have been closed to trawlers.");
  for (const Got& g : q) EXPECT_EQ(g.mention.find("could"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
