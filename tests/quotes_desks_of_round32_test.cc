// Forms met on the desks round 32 read: Northern Ireland's Troubles in AP
// copy, bankruptcy courts, cannabis and gambling regulation, Southern
// European politics, the dot-com press, epidemics, veterans and military
// families, and the oil crisis of the 1970s.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "BELFAST, Northern Ireland (AP) _ Police said": the AP's wire of the 1990s
// set every dash as an underscore, the dateline's too; an underscore inside a
// word ("tweet_id") is no dash.
TEST(QuotesDesksOfRound32, UnderscoreDashesOfTheWire) {
  auto q = Statements("DUNDALK, Irish Republic (AP) _ Irish police said Monday they had found a van near the border.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Irish police");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements(
      "BELFAST, Northern Ireland (AP) _ A bomb exploded outside a pub on Saturday night, injuring 14 people, police "
      "said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "A bomb exploded outside a pub on Saturday night, injuring 14 people");
  q = Statements(
      "BELFAST, Northern Ireland (AP) _ \"We will not be bombed into submission,\" said David Trimble, the Ulster "
      "Unionist leader.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "David Trimble");
  q = Statements("LONDON (AP) _ Northern Ireland Secretary Tom King said Monday the government would not bend.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Northern Ireland Secretary");
}

// "Tech. Sgt. Lauren Hobbs", "Senior Airman X", "1st Sgt. X", "Petty Officer
// 2nd Class X", "retired Marine Master Sgt. X": ranks of several words, and
// the service before them, are the role, never the speaker's name; "Lance
// Armstrong" stays a name, and "Texas Tech." still ends its sentence.
TEST(QuotesDesksOfRound32, MilitaryRanksOfSeveralWords) {
  auto q = Statements("\"The clinic has been broken for years,\" said Tech. Sgt. Lauren Hobbs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lauren Hobbs");
  EXPECT_EQ(q[0].role, "Tech. Sgt.");
  q = Statements("Senior Airman Dana Kerrigan said the clinic was broken.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Kerrigan");
  EXPECT_EQ(q[0].role, "Senior Airman");
  q = Statements("\"We lost three sailors,\" said Petty Officer 2nd Class Maria Lopez.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maria Lopez");
  EXPECT_EQ(q[0].role, "Petty Officer 2nd Class");
  q = Statements("\"We were told the water was safe,\" said retired Marine Master Sgt. Gerald Ostrowski.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gerald Ostrowski");
  EXPECT_EQ(q[0].role, "retired Marine Master Sgt.");
  q = Statements("Coast Guard Petty Officer Jim Ross said the boat sank.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jim Ross");
  EXPECT_EQ(q[0].role, "Coast Guard Petty Officer");
  q = Statements("\"It was chaos,\" said Seaman Luis Ortega.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luis Ortega");
  EXPECT_EQ(q[0].role, "Seaman");
  q = Statements("Lance Armstrong said he never doped.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lance Armstrong");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("He left Texas Tech. Coach Ross said the team was young.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ross");
  EXPECT_EQ(q[0].text, "the team was young");
}

// "Smith and Jones said": a surname the recogniser does not know, joined to
// a named one, is half of a joined subject, and the quote is kept.
TEST(QuotesDesksOfRound32, UnknownSurnameJoinedToANamedOne) {
  auto q = Statements("\"It is over,\" Smith and Jones said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith and Jones");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Smith and Jones said the plan was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith and Jones");
}

// "said HE Abdulla Al Attiyah": His Excellency in the Gulf's copy, a
// courtesy style before a name in mixed case, no pronoun and no role.
TEST(QuotesDesksOfRound32, HisExcellencyIsNoPronoun) {
  auto q = Statements("\"This is a sad day,\" said HE Abdulla bin Hamad Al Attiyah.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Abdulla bin Hamad Al Attiyah");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Ann Lee spoke. \"HE SAID NO,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
}

}  // namespace
}  // namespace newsgraph
