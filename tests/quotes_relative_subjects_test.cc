// A subject with a restrictive relative clause before its cue ("Pilots who
// crossed the strait said ..."): the speaker is the noun phrase the clause
// hangs on, not a name inside the clause, and a report inside the relative
// clause ends where the main clause's cue takes over. Also the words that
// looked like an anonymity aside or a date after the cue and were not.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesRelativeSubjects, BarePluralAndDescription) {
  auto q = Reports("Pilots who crossed the strait said the ferry was unsafe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention.rfind("Pilots", 0), 0u) << q[0].mention;  // with or without its clause
  EXPECT_EQ(q[0].text, "the ferry was unsafe");
  q = Reports("A harbour official who asked not to be identified said the ferry was unsafe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "A harbour official");
  EXPECT_EQ(q[0].text, "the ferry was unsafe");
}

TEST(QuotesRelativeSubjects, NameInsideTheClauseIsNoSubject) {
  auto q = Reports("Many harbour pilots who backed Ada Vale said they had changed their minds.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "Many harbour pilots");
  EXPECT_EQ(q.back().text, "they had changed their minds");
  for (const Got& g : q) EXPECT_NE(g.mention, "Ada Vale");
}

TEST(QuotesRelativeSubjects, ReportInsideTheClauseEndsAtTheMainCue) {
  auto q = Reports("Harbour pilots who opposed Ada Vale said they had changed their minds.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "Harbour pilots");
  EXPECT_EQ(q.back().text, "they had changed their minds");
  // "want" reports inside the clause, up to the main cue, not past it.
  q = Reports("Pilots and others who want to close the strait said the ruling will make the choice starker.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "want");
  EXPECT_EQ(q[0].text, "to close the strait");
  EXPECT_EQ(q[1].cue, "said");
  EXPECT_EQ(q[1].text, "the ruling will make the choice starker");
}

TEST(QuotesRelativeSubjects, PassiveAndNonRestrictiveClausesAreLeftAlone) {
  // "would be considered": no one said it.
  auto q = Reports("Minors who crossed the strait alone would be considered refugees.");
  EXPECT_TRUE(q.empty());
  // ", who ... ," is an aside, not a subject of the main cue.
  q = Reports("Ada Vale, who did not say that the ferry was unsafe, said on Friday that fares would rise.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "Ada Vale");
  EXPECT_EQ(q.back().text, "that fares would rise");
  for (const Got& g : q) EXPECT_EQ(g.text.find("said"), std::string::npos) << g.text;
}

TEST(QuotesRelativeSubjects, IdentifiedAndPossessiveDates) {
  // "identified" is an anonymity aside only after "be".
  auto q = Reports("Police said the divers identified themselves as harbour workers.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the divers identified themselves as harbour workers");
  // A date with a possessive opens the clause.
  q = Reports("Ada Vale said Monday's ruling will raise the fares.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Monday's ruling will raise the fares");
}

TEST(QuotesRelativeSubjects, ReducedRelativeAfterPeopleNoun) {
  auto q = Reports("But harbour activists clamoring to close the strait say they are gaining support.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "harbour activists");
  EXPECT_EQ(q[0].text, "they are gaining support");
}

}  // namespace
}  // namespace newsgraph
