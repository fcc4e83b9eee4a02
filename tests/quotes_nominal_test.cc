// Reporting nouns after a possessive: "his suggestion that ...", "Ms. Ruiz's
// claim that ...", "her promise to ..." report their owner's statement.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text); }

const Got* WithCue(const std::vector<Got>& q, const std::string& cue) {
  for (const Got& g : q) if (g.cue == cue) return &g;
  return nullptr;
}

TEST(QuotesNominal, PronounOwnerOfASuggestion) {
  auto q = Reports("John Marsh spoke on Monday. Critics mocked his suggestion that the dam could be moved.");
  const Got* g = WithCue(q, "suggestion");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->text, "that the dam could be moved");
  EXPECT_EQ(g->mention, "his");
  EXPECT_EQ(g->speaker, "John Marsh");
}

TEST(QuotesNominal, NamedOwnerOfAClaim) {
  auto q = Reports("The council doubted Maria Ruiz's claim that the tunnel was safe.");
  const Got* g = WithCue(q, "claim");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->text, "that the tunnel was safe");
  EXPECT_EQ(g->mention, "Maria Ruiz's");
}

TEST(QuotesNominal, PromiseToDoSomething) {
  auto q = Reports("Mary Dunn spoke first. Voters remember her promise to cut fares.");
  const Got* g = WithCue(q, "promise");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->text, "to cut fares");
}

TEST(QuotesNominal, NoOwnerIsNoReport) {
  EXPECT_EQ(WithCue(Reports("The claim that the tunnel was safe spread quickly."), "claim"), nullptr);
  EXPECT_EQ(WithCue(Reports("She kept her promise."), "promise"), nullptr);
}

// (Round 33: in subject position the clause ends before the sentence's own
// verb; before, no end was read and nothing was reported.)
TEST(QuotesNominal, SubjectPositionEndsAtTheSentencesVerb) {
  const auto q = Reports("His claim that the tunnel was safe proved false.");
  const Got* g = WithCue(q, "claim");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->text, "that the tunnel was safe");
}

}  // namespace
}  // namespace newsgraph
