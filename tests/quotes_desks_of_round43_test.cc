// Forms round 43 took up: namings whose object is a bare noun phrase or an
// unknown name, namings after a participle and in the present tense, a
// body's one-word name after "for" before its office, and a poll's share as
// a relative's speaker.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "called climate change a hoax", "called Oz a quack": the object has no
// article and no entity, yet the naming after it is what was said.
TEST(QuotesDesksOfRound43, NamingWithABareOrUnknownObject) {
  auto q = Statements("Trump has called climate change a hoax perpetrated by China.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Trump");
  EXPECT_EQ(q[0].text, "climate change a hoax perpetrated by China");
  EXPECT_EQ(q[0].cue, "called");
  q = Statements("One of the doctors called Oz a quack.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Oz a quack");
  // A call, a time or a count after "called" names nothing.
  EXPECT_TRUE(Statements("Police called off the search on Monday.").empty());
  EXPECT_TRUE(Statements("The White House called reporters a few minutes later.").empty());
  EXPECT_TRUE(Statements("The manager called staff a second time.").empty());
}

// ", calling them rapists": a participle's naming is short, yet a statement
// of the clause's subject; "call" in the present tense names as "calls"
// does, and its idioms name nothing.
TEST(QuotesDesksOfRound43, NamingAfterAParticipleAndInThePresent) {
  auto q = Statements("Trump attacked Mexican immigrants, calling them rapists.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "them rapists");
  EXPECT_EQ(q[1].speaker, "Trump");
  EXPECT_EQ(q[1].cue, "calling");
  q = Statements("Others call it the nerd prom.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it the nerd prom");
  EXPECT_EQ(q[0].speaker, "Others");
  q = Statements("Critics call the plan a disaster.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan a disaster");
  // An infinitive's or a modal's "call" names nothing yet.
  EXPECT_TRUE(Statements("The board was refusing to call it a sale.").empty());
  EXPECT_TRUE(Statements("He would never call him a friend.").empty());
  EXPECT_TRUE(Statements("Let's call it a day.").empty());
  EXPECT_TRUE(Statements("They call it quits.").empty());
}

// "Americans for Prosperity President Tim Phillips said": a body's name of
// one word after "for" ran into the office, so "Americans for" read as a
// group for someone and the sentence had no statement at all.
TEST(QuotesDesksOfRound43, OfficeOfABodyNamedForOneWord) {
  auto q = Statements("Americans for Prosperity President Tim Phillips said the tax plan was a good start.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tim Phillips");
  EXPECT_EQ(q[0].role, "Americans for Prosperity President");
  EXPECT_EQ(q[0].text, "the tax plan was a good start");
  q = Statements("The tax plan was a good start, Americans for Prosperity President Tim Phillips said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tim Phillips");
  EXPECT_EQ(q[0].role, "Americans for Prosperity President");
  // People for a person are still a group of their own.
  q = Statements("Lawyers for Donald Trump said the case was baseless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lawyers for Donald Trump");
}

// "compared with 64 percent who say the same of Sanders": a poll's share
// of respondents before a relative "who" is the speaker, as a people noun
// is ("voters who said"); a share opening the clause is left alone.
TEST(QuotesDesksOfRound43, PollShareBeforeARelative) {
  auto q = Statements("Most voters like Clinton, compared with 64 percent who say the same of Sanders.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "the same of Sanders");
  EXPECT_EQ(q.back().speaker, "64 percent");
  EXPECT_EQ(q.back().mention, "who");
  q = Statements("Half wanted an outsider, compared with four in 10 who said they preferred someone with experience.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().text, "they preferred someone with experience");
  EXPECT_EQ(q.back().speaker, "four in 10");
  q = Statements("A majority of voters dislike him, including 18% who say they would be dissatisfied.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "18%");
  EXPECT_EQ(q.back().text, "they would be dissatisfied");
}

}  // namespace
}  // namespace newsgraph
