// Forms met on the desks round 33 read: headlines over political copy,
// aviation safety, labour disputes, space agencies, drug approvals,
// Australian and Nigerian politics, tennis and climate summits.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "Clinton camp: ...", "IG report: ...", "Clinton to Planned Parenthood:
// ...", "Graham: Trump's 'Incredibly ...'": a headline's label may hold a
// noun in lower case, whom the words were for, or start its words with a
// possessive and a mark; single marks around the whole are no part of the
// words; "Editor's note:" names no one, and "I support" inside a labelled
// headline is that statement again.
TEST(QuotesDesksOfRound33, HeadlineLabels) {
  const std::string body = "\n\nWASHINGTON (AP) - Hillary Clinton and Lindsey Graham spoke on Thursday.\n";
  auto q = Statements("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hillary Clinton");
  EXPECT_EQ(q[0].text, "Trump will reverse Roe v. Wade");
  q = Statements("IG report: State was inaccurate on Clinton." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "IG report");
  q = Statements("Clinton camp: Trump's Islamophobia threatens national security." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hillary Clinton");
  q = Statements("Graham: Trump\xE2\x80\x99s \xE2\x80\x98Incredibly Hateful Rhetoric\xE2\x80\x99 Destroying GOP." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lindsey Graham");
  q = Statements("WSJ editorial: 'Deport Nikki Haley.'" + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Deport Nikki Haley.");
  q = Statements("Clinton: I support D.C. statehood." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "I support D.C. statehood");
  q = Statements("Editor's note: This story has been updated to include comment from the Diocese of Tyler." + body);
  EXPECT_TRUE(q.empty());
}

}  // namespace
}  // namespace newsgraph
