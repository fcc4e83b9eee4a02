// Forms met on the desks round 40 read: Bangladesh, Peru, the European Union,
// tennis, US courts, US campaigns, nuclear power, fashion; and gaps earlier
// rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "The Confédération des syndicats nationaux (CSN) said": a body's name the
// recogniser does not know, with lower-case words in it, speaks when the
// short name in brackets spells its initials; not when it does not.
TEST(QuotesDesksOfRound40, BodyWhoseInitialsTheBracketSpells) {
  auto q = Statements("The Confédération des syndicats nationaux (CSN) said the strike would continue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Confédération des syndicats nationaux");
  EXPECT_EQ(q[0].text, "the strike would continue");
  q = Statements("The Instituto nacional de estadística (INE) said prices rose in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Instituto nacional de estadística");
  EXPECT_TRUE(Statements("The Confédération des syndicats nationaux (XYZ) said the strike would continue.").empty());
}

// A quote that ends its line, signed on the next line after a dash ("-
// Sayed Ullah, Rohingya teacher"), is the signer's, over a quote of several
// paragraphs too; a dash line that runs on as prose signs nothing.
TEST(QuotesDesksOfRound40, SignatureOnTheLineAfterAQuote) {
  auto q = Statements("\"Nobody is above the law.\"\n\n- U.S. Attorney Damian Williams, announcing the indictment");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Damian Williams");
  EXPECT_EQ(q[0].role, "U.S. Attorney");
  q = Statements(
      "\"We are facing the worst wave of extortion in our history.\n\n\"And what does Congress do? Nothing.\"\n\n"
      "\xE2\x80\x94 Delia Espinoza, prosecutor general, in a speech to prosecutors");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Delia Espinoza");
  EXPECT_EQ(q[1].speaker, "Delia Espinoza");
  EXPECT_EQ(q[1].role, "prosecutor general");
  q = Statements("\"Nobody is above the law.\"\n\n- Damian Williams said the case was closed and nobody would be "
                 "charged again before the end of this year, because the witnesses had left the country for good.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "<null>");
}

}  // namespace
}  // namespace newsgraph
