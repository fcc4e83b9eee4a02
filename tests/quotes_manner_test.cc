// Quotes attributed by position rather than by a speech verb: a verb no
// lexicon lists right after a whole quote ("beamed Ann Cole", "Cole
// laughed"), and the verb of a clause that introduces a quote with a colon.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;
using testing_util::Statements;

TEST(QuotesManner, VerbAfterAWholeQuote) {
  auto q = Statements("\xE2\x80\x9CThis is fantastic!\xE2\x80\x9D beamed Karen Walsh of Norvale, Ohio.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].cue, "beamed");
  q = Statements("\xE2\x80\x9CThe ferry will run again,\xE2\x80\x9D Karen Walsh laughed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].cue, "laughed");
}

TEST(QuotesManner, OnlyWhenNothingElseFollows) {
  // A clause of its own after the quote: the verb is not its attribution.
  auto q = Statements(
      "\xE2\x80\x9CThe ferry will run again,\xE2\x80\x9D Karen Walsh repeated before she walked to the harbour "
      "office and closed the door behind her.");
  for (const Got& g : q) EXPECT_NE(g.cue, "repeated");
  // A title is no quote, whatever follows it.
  EXPECT_TRUE(Statements("\xE2\x80\x9CHarbour Lights\xE2\x80\x9D aired on Thursday.").empty());
}

TEST(QuotesManner, ColonAfterAClause) {
  auto q = Statements(
      "Then Karen Walsh addressed the dockers again: \xE2\x80\x9CHere is what I regret. I regret that nobody "
      "listened.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].cue, "addressed");
  q = Statements(
      "Two members of the crew turned to the cameras: \xE2\x80\x9CHere is what we regret. We regret that nobody "
      "listened.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Two members of the crew");
}

TEST(QuotesManner, ScareQuoteInANewClauseHasNoSpeaker) {
  auto q = Statements(
      "Critics dubbed the plan \xE2\x80\x9Cthe ferry to nowhere\xE2\x80\x9D, and the \xE2\x80\x9C" "experts\xE2\x80\x9D "
      "were never consulted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry to nowhere");
  EXPECT_EQ(q[0].clause, "the plan \xE2\x80\x9Cthe ferry to nowhere\xE2\x80\x9D");
}

TEST(QuotesManner, QuoteOpeningWithAPeopleNounIsNoSubject) {
  // "Ambassador" inside the quote is no subject of the participle after it.
  auto q = Statements(
      "\xE2\x80\x9C""Ambassador Lindqvist referred to the ferries,\xE2\x80\x9D Karen Walsh testified, referring "
      "to the company that ran them.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Karen Walsh");
  EXPECT_EQ(q[1].cue, "referring to");
}

TEST(QuotesManner, CoordinatedCueOfAQuote) {
  auto q = Statements(
      "Karen Walsh joked that the pier was her office, but went on to say, \xE2\x80\x9CThe harbour is "
      "dying.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "Karen Walsh");
  // "Another source familiar with X" is one described speaker.
  q = Statements("Another source familiar with the board said, \xE2\x80\x9CThe pier will close.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Another source familiar with the board");
}

TEST(QuotesManner, AnAgeIsNoRole) {
  auto q = Statements("Karen Walsh, 49, said the cuts were \xE2\x80\x9Cregrettable but necessary\xE2\x80\x9D.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].role, "<null>");
}

TEST(QuotesManner, PhrasalCuesAndTellingWithAListener) {
  auto q = testing_util::Statements("Ada Vale has pointed out, that is the whole point of the ferry.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "pointed out");
  EXPECT_EQ(q[0].text, "that is the whole point of the ferry");
  q = testing_util::Statements("Ada Vale fired back that the plan would fail.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the plan would fail");
  EXPECT_TRUE(testing_util::Statements("The pilot fired back at the storm.").empty());
  q = testing_util::Statements("Ada Vale went to Ohio, telling reporters on Thursday the plan was a failure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan was a failure");
  q = testing_util::Statements("Ada Vale said the ferry would win, but not until the fares fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry would win, but not until the fares fall");
}

TEST(QuotesManner, AskedAboutATopic) {
  auto q = testing_util::Statements("The moderator asked about her plans for the ferry, and she smiled.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].cue, "asked");
  EXPECT_EQ(q[0].text, "her plans for the ferry");
  // An opening "When asked about X," names a topic, not a question put in
  // words: only the answer is a statement (PolNeAR train: 3 of 20 such
  // topics annotated).
  q = testing_util::Statements("When asked about the fares, Ada Vale said they would fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they would fall");
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  q = testing_util::Statements("Asked about the omission of Ashwin, the skipper said it was a tough call.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it was a tough call");
}

TEST(QuotesManner, AQuestionBeforeACueOfItsOwnAndAReportInsideWhile) {
  // The answer's verb is a cue ("demurred"): the question still stands.
  auto q = testing_util::Statements("Asked whether he would resign, Tom Reed demurred.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "Asked");
  EXPECT_EQ(q[0].text, "whether he would resign");
  // "asked NP for X": what was asked for.
  q = testing_util::Statements("Tom Reed asked the harbour court for quick action.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "for quick action");
  // "However, while X says ..., ...": the report inside the opening clause.
  q = testing_util::Statements(
      "However, while the harbour board says it is well on its way to its goal, the pilots are not convinced.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "it is well on its way to its goal");
}

}  // namespace
}  // namespace newsgraph
