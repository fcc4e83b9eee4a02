// How a sentence opens decides who speaks and where a statement starts: a
// focus word before the subject ("Even Ada Vale, ..., said"), a name ending
// in "-ing" that is no opening participle, an adjective-like noun before a
// verb-only cue ("The official said"), and the writer's words before a quote
// whose attribution follows it ("Sooner or later, ''I think ...,'' Mr. Vale
// said"), which belong to the statement unless a dash or bracket sets the
// quote off.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;
using testing_util::Statements;

std::vector<Got> Reports(const std::string& text) { return Statements(text, /*indirect_only=*/true); }

TEST(QuotesOpenings, VerbOnlyCueAfterAdjectiveLikeNoun) {
  // "official" reads as an adjective in "the official statement"; before
  // "said" it is the noun.
  auto q = Reports("The official said the harbour would close in June.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The official");
  EXPECT_EQ(q[0].text, "the harbour would close in June");
  // A cue that can be a noun still is one after such a word.
  q = Reports("The official support for the harbour plan was weak.");
  EXPECT_TRUE(q.empty());
}

TEST(QuotesOpenings, FocusWordBeforeSubject) {
  auto q = Reports("Even Ada Vale, a loyal ally of the mayor, said the ferry fare was too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "the ferry fare was too high");
  q = Reports("Even the harbour master said the ferry fare was too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the harbour master");
  // "Even so," and "Even as ...," still open the sentence.
  q = Reports("Even as the vote neared, Ada Vale said the ferry fare was too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  // After an opening phrase the focus word is lower-case.
  q = Reports("In Ohio, even the harbour master said the ferry fare was too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the harbour master");
  q = Reports("Alongside the protests, even Ada Vale said the ferry fare was too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "the ferry fare was too high");
}

TEST(QuotesOpenings, NameEndingInIngIsNoParticiple) {
  auto q = Reports("Tom Brenning ultimately did not run, and Ada Vale said he was never seen again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "he was never seen again");
  q = Reports("Brenning said the ferry would stop in June.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Brenning");
  // An opening participle is still skipped.
  q = Reports("Heading into the vote, Ada Vale said the ferry would stop in June.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
}

TEST(QuotesOpenings, WritersWordsBeforeQuoteWithTitledSpeaker) {
  // Straight apostrophe pairs as marks, and a title before the name.
  auto q = Statements("Sooner or later, ''I think the ferry will stop,'' Mr. Vale said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].clause, "Sooner or later, ''I think the ferry will stop");
  q = Statements("But when it comes to fares, \xE2\x80\x9Cwe have all worked hard,\xE2\x80\x9D Sen. Ada Vale said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].clause, "But when it comes to fares, \xE2\x80\x9Cwe have all worked hard,\xE2\x80\x9D");
}

TEST(QuotesOpenings, DashOrBracketSetsQuoteApart) {
  auto q = Statements("He fought the plan to move the ferry - \"I love that boat,\" Mr. Vale said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "I love that boat");
  EXPECT_EQ(q[0].clause, "<null>");
}

TEST(QuotesOpenings, NounClauseAfterVerbOfFinding) {
  // Without "that", a noun phrase and its finite verb open the clause.
  auto q = Statements("A statement from the harbour office indicated the ferry was sold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry was sold");
  q = Statements("The survey found Pilots favored the new route by a wide margin.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Pilots favored the new route by a wide margin");
  // An object with a participle or a gerund is no clause.
  q = Statements("The divers found her hidden in a basket.");
  EXPECT_TRUE(q.empty());
  q = Statements("This pilot learned the importance of staying hydrated early on.");
  EXPECT_TRUE(q.empty());
}

TEST(QuotesOpenings, BracketedRelativeClauseAfterName) {
  auto q = Statements("Ada Vale (who has run the ferry since 2010) said the fares would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].role, "<null>");  // a description, no role
  EXPECT_EQ(q[0].text, "the fares would rise");
  q = Statements("Sen. Ada Vale (R-Ohio) said the fares would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "(R-Ohio)");
}

TEST(QuotesOpenings, LongClauseBeforeInvertedSaid) {
  // "impact" is a present plural, which the verb test cannot tell from a
  // noun; a long clause before ", said NAME, ROLE" is read as one.
  auto q = Statements(
      "A variety of factors impact the price of a ferry ticket and a rider's ability to pay, said Ada Vale, a "
      "transport economist.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "A variety of factors impact the price of a ferry ticket and a rider's ability to pay");
  // A name followed by its own verb is the next clause's subject, no speaker.
  q = Statements("Ada Vale, the ferry company's chief executive from 2007 to 2013, said Ohio must pay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
}

TEST(QuotesOpenings, WordsAsOftenNounsAsVerbs) {
  // "support" and "states" after a preposition, an object-taking verb, an
  // adjective or a name are nouns: no statement.
  for (const char* text : {"Ada Vale won overwhelming support from the harbour pilots.",
                           "Ada Vale drew support from a majority of ferry riders.",
                           "The ferry company has focused resources on states in the Midwest.",
                           "Voters went to the polls in Ohio, Rust Belt states that have lost ferries.",
                           "A good social support system may reduce stress.",
                           "The 20 states that Ada Vale won hold 152 electoral votes.",
                           "A new Harbour Research report shocked the ferry riders.",
                           "Ada Vale maintains a wide lead over the other harbour candidates.",
                           "The ferry company did not respond to questions about its fares."}) {
    EXPECT_TRUE(Statements(text).empty()) << text;
  }
  // As verbs they still report.
  auto q = Statements("Most harbour pilots support the new route, the survey shows.");
  ASSERT_FALSE(q.empty());
  q = Statements("About 19 percent of pilots polled support the new route.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "support");
  q = Statements("Ada Vale has long maintained that the ferry was safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the ferry was safe");
  q = Statements("Mr. Vale forecast that fares would rise.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("Ada Vale voiced support for the new route, saying it would cut fares.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].speaker, "Ada Vale");
}

TEST(QuotesOpenings, WroteReportsOnlyAClause) {
  // What someone wrote is a statement; the thing written is not.
  for (const char* text : {"Ada Vale wrote a children's book about the ferry.",
                           "The fund manager wrote a $500,000 check to the harbour campaign.",
                           "Ada Vale wrote the letter on Friday to the harbour board."}) {
    EXPECT_TRUE(Statements(text).empty()) << text;
  }
  auto q = Statements("Ada Vale wrote in a letter that the ferry was unsafe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the ferry was unsafe");
  q = Statements("Ada Vale also wrote the pilots knew to brace for storms.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pilots knew to brace for storms");
}

TEST(QuotesOpenings, ConnectiveOpeningIsNotPartOfATailStatement) {
  auto q = Statements("Despite the storms, the ferry kept its schedule, according to the harbour office.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry kept its schedule");
  q = Statements("Even so, fares rose by a third, Ada Vale said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "fares rose by a third");
  // A time or place opening stays part of it.
  q = Statements("In 2019, the ferry kept its schedule, according to the harbour office.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "In 2019, the ferry kept its schedule");
}

TEST(QuotesOpenings, LongAsideAfterADescribedSubject) {
  auto q = Statements(
      "The former governor, who ended his own bid for the council last September, noted that the port "
      "was too small.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The former governor");
  EXPECT_EQ(q[0].text, "that the port was too small");
}

TEST(QuotesOpenings, ListenerAfterToBeforeThat) {
  auto q = Statements("Ada Vale complained to Harbour Radio's Tom Reed that the fares were unfair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the fares were unfair");
  // "referred to X" names, it reports no clause.
  q = Statements("Ada Vale referred to the ferry that sank in 1990.");
  for (const Got& g : q) EXPECT_NE(g.text.rfind("that", 0), 0u) << g.text;
}

TEST(QuotesOpenings, RecordsAndPollsShow) {
  auto q = Statements("He sold the ferry in 2010, harbour records show.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "He sold the ferry in 2010");
  q = Statements("Recent polls show that Ada Vale leads the race.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Ada Vale leads the race");
  // A show is a programme after a determiner, a name or a medium.
  EXPECT_TRUE(Statements("The talk show host Ada Vale laughed.").empty());
}

TEST(QuotesOpenings, DocumentsShowInsideTheSentence) {
  // After "and", inside an "as" clause and as a participle after its noun:
  // the document is the speaker, what it shows the statement.
  auto q = Statements("The vote is on Saturday, and a new CNN/ORC poll shows Ada Vale and Tom Reed in a dead heat.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Ada Vale and Tom Reed in a dead heat");
  EXPECT_EQ(q[0].speaker, "a new CNN/ORC poll");
  q = Statements("The debate took place as a new poll showed Ada Vale moving ahead of Tom Reed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Ada Vale moving ahead of Tom Reed");
  q = Statements("Ada Vale spoke after a harbour poll showing her lead down to four points, and left.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "her lead down to four points");
  // A document that opens the clause with a participle or "that" is the
  // subject of a verb still to come.
  EXPECT_TRUE(Statements("A video showing the rescue of the ferry crew was released Monday.").empty());
}

TEST(QuotesOpenings, PlaceWithItsStateInAnOpeningPhrase) {
  // "in Ypsilanti, Michigan," is one phrase: the state is no speaker.
  auto q = Statements(
      "At a harbour rally in Ypsilanti, Michigan, Ada Vale told reporters that the ferry would stop.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "that the ferry would stop");
}

// Live blogs and briefings: a time stamp opening the line, "Minutes later,",
// a surname after a generational suffix, a participle after a party label.
TEST(QuotesOpenings, LiveBlogsAndBriefings) {
  auto got = testing_util::Statements(
      "2:15 p.m.: Police Chief Robert Contee tells reporters the suspect was taken into custody.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Robert Contee");
  EXPECT_EQ(got[0].role, "Police Chief");
  got = testing_util::Statements(
      "7:55 p.m. ET - Hamas official Osama Hamdan told reporters the group had received the proposal.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "Hamas official");
  got = testing_util::Statements(
      "Ann Cole said the plan was dead. Minutes later, John Smith shot back that Democrats were playing games.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "John Smith");
  got = testing_util::Statements(
      "Gen. Charles Q. Brown Jr. told the panel that recruiting was hard. Brown said the services would miss targets.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Charles Q. Brown Jr.");
  got = testing_util::Statements("Sen. Chris Coons, D-Del., speaking on CNN, said the deal was close.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "D-Del.");
}

// A quote after a dateline is direct; a line linking to another story
// ("Read more:", "RELATED:") holds none of this article's statements.
TEST(QuotesOpenings, DatelinesAndCrossLinks) {
  auto got = testing_util::Statements("WASHINGTON — \"We're done,\" Schumer said Thursday.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].kind, "direct");
  EXPECT_TRUE(testing_util::Statements("Intro.\n\nRead more: Trump says he will appeal the verdict\n").empty());
  EXPECT_TRUE(
      testing_util::Statements("Intro.\n\nRELATED: \"We are not going anywhere,\" mayor says of stadium deal\n").empty());
}

}  // namespace
}  // namespace newsgraph
