// Who said a quote, round 2 (issue 4, quoted sources): kinds read on PolNeAR
// train's wrong quoted sources, each tested here on made-up text.
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

// ""...," Twitter's Ada Brennan said": an owner with 's (and a role) before
// the name is part of the subject; the quote no longer inherits the speaker
// of the quote before it.
TEST(QuotesSourceKinds2, PossessiveOwnerBeforeTheName) {
  auto q = Attribute(
      "\"We are ready,\" Tom Okafor said.\n\n"
      "\"What stuns me is how little the field shifts,\" Twitter's Ada Brennan said.\n\n"
      "\"They will vote in record numbers,\" Okafor's senior communications adviser Lena Marsh said in a "
      "statement.");
  const Got* a = Find(q, "What stuns me");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->mention, "Ada Brennan");
  EXPECT_EQ(a->speaker, "Ada Brennan");
  const Got* b = Find(q, "They will vote");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->mention, "Lena Marsh");
  EXPECT_EQ(b->speaker, "Lena Marsh");
}

// A possessive that is not followed by a name stays out: the quote's
// speaker is not taken from inside "Okafor's plan".
TEST(QuotesSourceKinds2, PossessiveWithoutNameIsNoSubject) {
  auto q = Attribute("\"It is a fraud,\" Okafor's plan said nothing about it.");
  for (const Got& g : q) EXPECT_NE(g.speaker, "Okafor");
}

// ""...," said a city official who was not authorized to speak publicly":
// an inverted description naming people, with its relative clause, is the
// (unnamed) mention; the quote no longer inherits the previous speaker.
TEST(QuotesSourceKinds2, InvertedDescriptionWithWho) {
  auto q = Attribute(
      "\"We are ready,\" Tom Okafor said.\n\n"
      "\"This set off our fear,\" said a city official who was not authorized to speak publicly on the issue. "
      "\"It will pass.\"");
  const Got* a = Find(q, "This set off");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->mention, "a city official who was not authorized to speak publicly on the issue");
  EXPECT_NE(a->speaker, "Tom Okafor");
}

// Without a people noun the words after "said" are no speaker ("said the
// plan that ..."), and nothing is named.
TEST(QuotesSourceKinds2, InvertedWhoNeedsPeople) {
  auto q = Attribute(
      "\"We are ready,\" Tom Okafor said.\n\n"
      "\"It is late,\" said the storm who came early.");
  const Got* a = Find(q, "It is late");
  if (a) EXPECT_NE(a->mention, "the storm who came early");
}

// British copy: a quote in single marks running over paragraphs (each
// reopens, only the last closes) is one speaker's; sports and public
// bodies speak unnamed ("the striker told", "the hospital said").
TEST(QuotesSourceKinds2, BritishRunOnQuotesAndUnnamedBodies) {
  auto got = testing_util::Statements(
      "Mr Sunak said: 'I have been clear. We will stop the boats.\n\n"
      "'We have already cut crossings by a third.\n\n'And we will do more.'\n");
  ASSERT_EQ(got.size(), 3u);
  for (const auto& g : got) EXPECT_EQ(g.speaker, "Sunak") << g.text;
  EXPECT_EQ(got[1].text, "We have already cut crossings by a third.");
  // An apostrophe opening the next paragraph ("'90s") reopens nothing.
  got = testing_util::Statements("Mr Sunak said: 'I have been clear.\n\n'90s music was better, he added.\n");
  for (const auto& g : got) EXPECT_NE(g.text, "I have been clear.");
  got = testing_util::Statements("\"I want to say sorry to the fans,\" the striker told Sky Sports.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "the striker");
  got = testing_util::Statements("\"We are deeply saddened,\" the hospital said in a statement.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "the hospital");
}

// Commonwealth and wire forms: acronyms in offices, "on X." ending a
// sentence, Malay given names, an app's name, "claimed without evidence".
TEST(QuotesSourceKinds2, AcronymsInOfficesAndPlatforms) {
  auto q = Attribute("IT Minister Ravi Vaishnaw said the harbour chip would roll out soon.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ravi Vaishnaw");
  EXPECT_EQ(q[0].role, "IT Minister");
  q = Attribute("\"Teachers will be paid by the end of the month,\" Education CS Ezekiel Osoro said in Nairobi.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ezekiel Osoro");
  q = Attribute("\"This is not the end,\" Ada Vale wrote on X. \"It is only the beginning.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "It is only the beginning.");
  EXPECT_EQ(q[1].kind, "direct");
  q = Attribute("Mr Mohd Ismail bin Abdul Rahman, a spokesman for the harbour board, said the ferry was safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mohd Ismail bin Abdul Rahman");
  EXPECT_TRUE(Attribute("The new app, called \"KisanMitra\", lets farmers check ferry times.").empty());
  q = Attribute("Former President Tom Reed claimed without evidence that the harbour vote had been rigged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the harbour vote had been rigged");
}

}  // namespace
}  // namespace newsgraph
