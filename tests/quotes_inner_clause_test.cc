// Reported speech whose subject opens an inner clause rather than the
// sentence: after a conjunction, as a relative "who", or as a share of people.
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

std::vector<Got> Indirect(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesInnerClause, SubjectAfterButWithThatLater) {
  auto q = Indirect(
      "Mayor Dana Whitfield faced the council on Monday. The bridge is old, but she said at a hearing last "
      "week that it would stay open.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that it would stay open");
  EXPECT_EQ(q[0].mention, "she");
  EXPECT_EQ(q[0].speaker, "Dana Whitfield");
}

TEST(QuotesInnerClause, ShareOfPeopleAfterAnd) {
  auto q = Indirect("Turnout fell sharply, and two-thirds of residents said they would stay home in November.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they would stay home in November");
  EXPECT_EQ(q[0].mention, "two-thirds of residents");
  q = Indirect("In the survey, 41 percent said the ferry should be free.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "41 percent");
  EXPECT_EQ(q[0].text, "the ferry should be free");
}

TEST(QuotesInnerClause, SubjectAfterWhile) {
  // "welcomed the plan" is a stance statement of its own since session 4.
  auto q = Indirect("Some farmers welcomed the plan, while other growers said the price was too low.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().mention, "other growers");
  EXPECT_EQ(q.back().text, "the price was too low");
}

// "While some say X, others disagree": the report in the opening clause
// stands even when the main clause is too short for one; the subordinator
// is no part of its speaker; a dash after an aside starts the next report.
TEST(QuotesInnerClause, OpeningWhileClauseAndDashes) {
  auto q = Indirect("While some friends say Mr. Holm would look much better these days, others disagree.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "some friends");
  EXPECT_EQ(q[0].text, "Mr. Holm would look much better these days");
  q = Indirect("While some friends say Mr. Holm would look better if he ate a cheeseburger - an old favorite - others "
               "say he has never been healthier.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "some friends");
  EXPECT_EQ(q[0].text, "Mr. Holm would look better if he ate a cheeseburger - an old favorite");
  EXPECT_EQ(q[1].speaker, "others");
  EXPECT_EQ(q[1].text, "he has never been healthier");
}

// A closing attribution before a semicolon ends its clause there; what
// follows is read on its own. A dash aside ("- as X has said -") is no new
// report.
TEST(QuotesInnerClause, SemicolonAfterAClosingAttribution) {
  auto q = Indirect("Candidates need more votes in the suburbs, analysts say; Ada Holm said she would try harder.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Candidates need more votes in the suburbs");
  EXPECT_EQ(q[0].speaker, "analysts");
  EXPECT_EQ(q[1].text, "she would try harder");
  EXPECT_EQ(q[1].speaker, "Ada Holm");
  q = Indirect("Bram Holm assured the crowd that he has the votes - as Ada Holm has said - and he can win in May.");
  for (const Got& g : q) EXPECT_NE(g.text.substr(0, 1), "-") << g.text;
}

// A closing attribution before a dash gloss; a listener before "wrote ...
// that"; two named subjects with party labels.
TEST(QuotesInnerClause, ClosingDashListenerAndLabelledPair) {
  auto q = Indirect("The harbour deficit will grow this year, sooner than expected, the port office reported on "
                    "Tuesday -- a development that worries the council.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The harbour deficit will grow this year, sooner than expected");
  EXPECT_EQ(q[0].speaker, "the port office");
  q = Indirect("A student wrote the local newspaper, The Tull Chief, that these taunts were becoming common.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that these taunts were becoming common");
  EXPECT_TRUE(Indirect("Ada Holm wrote a letter that was printed in the Tull Chief.").empty());
  q = Indirect("Ada Holm (D) and Bram Vask (R) announced they will close the pier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they will close the pier");
  EXPECT_NE(q[0].speaker.find("Bram Vask"), std::string::npos);
  EXPECT_NE(q[0].speaker.find("Ada Holm"), std::string::npos);
}

// A quoted title before ", and on Monday, X said" belongs to the clause
// before the conjunction; the subject after the opening phrase still speaks.
TEST(QuotesInnerClause, QuotedTitleBeforeTheConjunction) {
  auto q = Indirect("The channel is axing \"The Harbour,\" and on Monday, the rival network said it was canceling the show.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it was canceling the show");
  EXPECT_EQ(q[0].speaker, "the rival network");
}

TEST(QuotesInnerClause, RelativeWhoTakesTheAntecedent) {
  auto q = Indirect("The vote was delayed by Ravi Okonkwo, who said the count was incomplete, and by others.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "who");
  EXPECT_EQ(q[0].speaker, "Ravi Okonkwo");
  EXPECT_EQ(q[0].text, "the count was incomplete");
}

TEST(QuotesInnerClause, ThatBeforeTheSubjectIsNoReport) {
  // "remarks that experts said reveal ...": the subject follows "that"; the
  // only statement is what "pointed to" points to.
  auto q = Indirect("He pointed to remarks that experts said reveal a deeper rift.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "pointed to");
}

}  // namespace
}  // namespace newsgraph
