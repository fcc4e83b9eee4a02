// Forms met on the desks round 34 read: Capitol Hill, the campaign trail,
// central banks, the Supreme Court, cybersecurity, obituaries, schools and
// farming.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "pointed to", "spoke about", "laid out", "railed against": a verb and its
// particle take a stance on their object, which PolNeAR annotates; the
// object ends at the subject's next stance ("and pledges to") and before
// why a source goes unnamed; a relative's verb whose object went before it
// ("the trends politicians point to with alarm") reports nothing.
TEST(QuotesDesksOfRound34, PhrasalStances) {
  auto q = Statements("Blackwell pointed to Cruz's organizational capabilities.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Blackwell");
  EXPECT_EQ(q[0].cue, "pointed to");
  EXPECT_EQ(q[0].text, "Cruz's organizational capabilities");
  q = Statements("Trump laid out his vision for America.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "his vision for America");
  q = Statements("Senior officials spoke about the raids only on the condition of anonymity.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Senior officials");
  EXPECT_EQ(q[0].text, "the raids");
  q = Statements("Sen. Ted Cruz railed against its tariffs and pledged to stand firm.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "railed against");
  EXPECT_EQ(q[0].text, "its tariffs");
  q = Statements("Moreover, the very income trends Democratic politicians point to with alarm complicate their plans.");
  EXPECT_TRUE(q.empty());
}

// "Sen. Elizabeth Warren (D-Mass.) met the bank's chief executive. "...?"
// Warren asked.": a party tag in brackets, and an appositive after it, given
// in a sentence that says nothing is the person's role in later quotes; so
// is the Times's "Democrat of California".
TEST(QuotesDesksOfRound34, PartyTagOfASilentSentence) {
  auto q = Statements(
      "Sen. Elizabeth Warren (D-Mass.) met the bank's chief executive. \"Did anyone lose money?\" Warren asked.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Elizabeth Warren");
  EXPECT_EQ(q[0].role, "(D-Mass.)");
  q = Statements(
      "Rep. Tom Cole (R-Okla.), the Appropriations chairman, spent the morning in the Rules Committee. \"We are "
      "going to get this done,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Cole");
  EXPECT_EQ(q[0].role, "(R-Okla.), the Appropriations chairman");
  q = Statements("Representative Nancy Pelosi, Democrat of California, met reporters. \"We will win,\" Ms. Pelosi said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Democrat of California");
}

// The desks' stances: "warned of", "cautioned against", "played down",
// "ruled out", "flagged" (never "yellow flags"); ", charging that", "by
// accusing", ", calling on" (not "a letter calling on", the letter's);
// "confirmed the death" (a short object of making news known); a court's
// vote margin before its clause ("ruled 6 to 3 that"), and none alone.
TEST(QuotesDesksOfRound34, StancesOfTheDesks) {
  auto q = Statements("Powell warned of a slowdown in hiring.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "warned of");
  EXPECT_EQ(q[0].text, "a slowdown in hiring");
  q = Statements("Lagarde cautioned against reading too much into one month of data.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "reading too much into one month of data");
  q = Statements("Albanese ruled out changes to negative gearing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "ruled out");
  q = Statements("The Bank of England flagged rising risks from private credit markets.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "rising risks from private credit markets");
  q = Statements("Waller flagged that inflation could rise again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that inflation could rise again");
  q = Statements("Thousands gathered holding yellow flags with the lion emblem.");
  EXPECT_TRUE(q.empty());
  q = Statements("Sen. John Barrasso spoke Tuesday, charging that Democrats had moved the goal posts.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Barrasso");
  EXPECT_EQ(q[0].text, "that Democrats had moved the goal posts");
  q = Statements("The company is charging customers more.");
  EXPECT_TRUE(q.empty());
  q = Statements("Rep. James Comer opened the hearing by accusing the administration of stonewalling.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the administration of stonewalling");
  q = Statements("Rep. Mike Turner spoke on Sunday, calling on President Biden to declassify the information.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "calling on");
  q = Statements("Legault, Ford and Smith signed a joint letter calling on Ottawa to increase health transfers.");
  EXPECT_TRUE(q.empty());
  q = Statements("Victor Lamont died on Tuesday. His wife, Anne, confirmed the death.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the death");
  q = Statements("She confirmed it.");
  EXPECT_TRUE(q.empty());
  q = Statements("The justices ruled 6 to 3 that the president is entitled to immunity.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the president is entitled to immunity");
  q = Statements("The court ruled 6 to 3.");
  EXPECT_TRUE(q.empty());
}

}  // namespace
}  // namespace newsgraph
