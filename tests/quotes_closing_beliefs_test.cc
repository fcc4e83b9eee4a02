// A verb of belief closing a clause attributes it as "said" does ("The plan
// will fail, aides believe."); what follows a dash after a closing
// attribution is the writer's; a second verb of saying after ", and" is the
// subject's next act, not part of what was said. A closing attribution
// vouches only for what follows a colon or an open bracket, and "according
// to" for a relative clause that runs up to it.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesClosingBeliefs, BeliefAfterTheClauseAttributesIt) {
  auto q = Reports("The ferry plan will fail, harbour officials believe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ferry plan will fail");
  EXPECT_EQ(q[0].speaker, "harbour officials");
  EXPECT_EQ(q[0].cue, "believe");
  q = Reports("Tom Reed left the council last spring. The vote was rigged, he thinks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The vote was rigged");
  EXPECT_EQ(q[0].speaker, "Tom Reed");
}

TEST(QuotesClosingBeliefs, FirstPersonHedgeIsNoStatement) {
  EXPECT_TRUE(Reports("The ferry will be late again, I think.").empty());
  EXPECT_TRUE(Reports("(Yes, we know, the ferry is late.)").empty());
}

TEST(QuotesClosingBeliefs, ThinkTankIsANoun) {
  EXPECT_TRUE(Reports("The ferry plan was drafted by Harbour Watch, a conservative think tank.").empty());
  auto q = Reports("Ada Vale, who runs a harbour think tank, said the ferry would run again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry would run again");
  EXPECT_EQ(q[0].cue, "said");
}

TEST(QuotesClosingBeliefs, DashAfterAClosingAttributionEndsIt) {
  auto q = Reports("Such a move could alienate the ferry crews, council members believe \xE2\x80\x94 crews the mayor will need.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Such a move could alienate the ferry crews");
  EXPECT_EQ(q[0].speaker, "council members");
  q = Reports("The ferry will not run in May, officials said \xE2\x80\x94 a blow to the islanders.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ferry will not run in May");
}

TEST(QuotesClosingBeliefs, SecondVerbOfSayingEndsTheReport) {
  auto q = Reports("Ada Vale said the harbour budget was a disaster, and accused Tom Reed of hiding the cost.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the harbour budget was a disaster");
  q = Reports("Ada Vale noted that she had run the port for years, and added that she knew its books.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that she had run the port for years");
  // A second verb that is no verb of saying still belongs to the report.
  q = Reports("Ada Vale said the ferry had sailed late, and arrived after dark.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry had sailed late, and arrived after dark");
}

TEST(QuotesClosingBeliefs, ClosingAttributionStartsAfterAColonOrBracket) {
  auto q = Reports("The port has a problem: ferry fares rose 40 percent this year, according to the harbour board.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "ferry fares rose 40 percent this year");
  q = Reports("Tom Reed blamed the crews for the delays (the real cause was a broken crane, according to port records).");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the real cause was a broken crane");
  EXPECT_EQ(q[0].speaker, "port records");
  // The colon of a time opens nothing.
  q = Reports("The ferry left at 8:30 p.m. from the north pier, according to the harbour board.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ferry left at 8:30 p.m. from the north pier");
}

TEST(QuotesClosingBeliefs, AccordingToVouchesForTheRelativeClauseBeforeIt) {
  auto q = Reports("Council members denounced the deal, which would cut the ferry budget by half, according to port records.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "which would cut the ferry budget by half");
  EXPECT_EQ(q[1].cue, "according to");
  // The main clause before the relative one keeps its own report.
  EXPECT_EQ(q[0].text, "the deal");
  EXPECT_EQ(q[0].speaker, "Council members");
  q = Reports("Ada Vale says the port can still close the gap in funds, which stood at $3 million, according to port "
              "records.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the port can still close the gap in funds");
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[1].text, "which stood at $3 million");
  // A relative clause closed before the main verb is the subject's.
  q = Reports("Ada Vale, who ran the port for years, had a bigger budget, according to port records.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Ada Vale, who ran the port for years, had a bigger budget");
}

TEST(QuotesClosingBeliefs, AccordingToInMoreShapes) {
  // A quote after an opening "According to X,".
  auto all = testing_util::Statements(
      "According to the harbour board, \xE2\x80\x9CThe ferry will run again in May.\xE2\x80\x9D");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].kind, "direct");
  EXPECT_EQ(all[0].speaker, "the harbour board");
  EXPECT_EQ(all[0].text, "The ferry will run again in May.");
  // A title in quotation marks inside the source is nobody's words.
  all = testing_util::Statements(
      "The plan would cost about $1.4 billion a year, according to the \"Ferries for all\" document she released.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].kind, "indirect");
  EXPECT_EQ(all[0].text, "The plan would cost about $1.4 billion a year");
  // After a colon, and without a comma before it when the writer goes on.
  auto q = Reports("It has not gone unnoticed: According to recent polls, the ferry has lost half its riders.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry has lost half its riders");
  q = Reports("The ferry lost 271 riders according to a count by the harbour board, but the mayor vowed to fight on.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ferry lost 271 riders");
  EXPECT_EQ(q[0].speaker, "a count by the harbour board");
}

TEST(QuotesClosingBeliefs, ListOfTheSubjectsActs) {
  auto all = testing_util::Statements(
      "Ada Vale later suggested the pier was unsafe, called the mayor \xE2\x80\x9Cthird-rate\xE2\x80\x9D and "
      "boycotted the meeting.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].text, "the pier was unsafe");
  EXPECT_EQ(all[1].kind, "partial");
  EXPECT_EQ(all[1].cue, "called");
  EXPECT_EQ(all[1].speaker, "Ada Vale");
  EXPECT_EQ(all[1].clause, "the mayor \xE2\x80\x9Cthird-rate\xE2\x80\x9D");
}

TEST(QuotesClosingBeliefs, BeliefClausesInMoreShapes) {
  auto q = Reports("Harbour pilots know they\xE2\x80\x99re being watched.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they\xE2\x80\x99re being watched");
  q = Reports("Only about 4 in 10 islanders want all ferries in the harbour after dark to be stopped.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "all ferries in the harbour after dark to be stopped");
  // "I'd" is the first person, no name.
  q = Reports("The pier reopens on Monday. I\xE2\x80\x99" "d expect some changes for this week\xE2\x80\x99s sailing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
}

TEST(QuotesClosingBeliefs, OpeningPhraseIsNoClauseToAttribute) {
  // "Shortly after X, SUBJECT CUE OBJECT": the phrase before the comma is
  // no statement of the subject's.
  auto q = Reports("Shortly after the storm, Ada Vale announced her resignation.");
  for (const auto& g : q) EXPECT_NE(g.text, "Shortly after the storm");
  q = Reports("The ferry will not run in May, officials said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ferry will not run in May");
}

TEST(QuotesClosingBeliefs, ClosingSubjectIsNotANameAcrossTheClause) {
  auto q = Reports(
      "Tom Reed, 24, joined in May. Reed, the ferry\xE2\x80\x99s pilot, had logged 2,766 hours at sea, the airline said "
      "Thursday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the airline");
  EXPECT_EQ(q[0].text, "Reed, the ferry\xE2\x80\x99s pilot, had logged 2,766 hours at sea");
}

TEST(QuotesClosingBeliefs, AttributionMidSentenceBeforeANewReport) {
  auto q = Reports(
      "The ferry was insured for $35 million in 2011, records show, and harbour experts say it is now worth $18 million.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "records");
  EXPECT_EQ(q[0].text, "The ferry was insured for $35 million in 2011");
  EXPECT_EQ(q[1].speaker, "harbour experts");
  EXPECT_EQ(q[1].text, "it is now worth $18 million");
  // An aside on the clause's subject, closed before its verb, is no end.
  q = Reports("Pilots say that Tom Reed, who must make the final decision, has revealed nothing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Tom Reed, who must make the final decision, has revealed nothing");
  // "v." in a case name ends no sentence.
  q = Reports("Ada Vale argues that the blame belongs to the ruling in the harbour case, Vale v. Reed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the blame belongs to the ruling in the harbour case, Vale v. Reed");
}

TEST(QuotesClosingBeliefs, StanceAdjectiveWithThatReportsTheClause) {
  auto q = Reports("Her advisers are not convinced that the ferry plan will survive the winter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Her advisers");
  // (The negation is the cue's: without it the cue says the opposite.)
  EXPECT_EQ(q[0].cue, "are not convinced");
  EXPECT_EQ(q[0].text, "that the ferry plan will survive the winter");
  q = Reports("Tom Reed has been acutely aware that the contest boils down to a delegate battle.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[0].text, "that the contest boils down to a delegate battle");
  q = Reports("The governor toured the harbour, confident that the ferry would run by May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The governor");
  q = Reports("Ada Vale also made clear that she has not considered resigning.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "made clear");
  EXPECT_EQ(q[0].text, "that she has not considered resigning");
  // In a question the stance is asked about, not held ("Asked whether" is
  // the report); a passive and "make sure" report nothing.
  q = Reports("Asked whether he was concerned that the ferry would fail, Tom Reed shrugged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "Asked");
  EXPECT_TRUE(Reports("It had been made clear that the testimony had weakened.").empty());
  EXPECT_TRUE(Reports("The crew will make sure that the ferry runs on time.").empty());
  // No stance is held by "It" or a thing, nor in "too sure that".
  EXPECT_TRUE(Reports("It seems certain that the harbour plant will close.").empty());
  q = Reports("The harbour vote made clear that the party was divided.");
  for (const auto& g : q) EXPECT_NE(g.speaker, "The harbour vote");
  // Feelings and certainty after the holder's verb; "made clear" with a
  // bare clause.
  q = Reports("Investors were relieved that the harbour board held fares steady.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Investors");
  EXPECT_EQ(q[0].text, "that the harbour board held fares steady");
  // After a clause and "and", the holder is the noun phrase after it.
  q = Reports("Many of the farmers in the north belong to the old union and politicians are worried that "
              "pressing them could reopen old wounds.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "politicians");
  q = Reports("Teachers and parents are worried that the ferry will stop.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Teachers and parents");
  q = Reports("The spokesman made clear he would not negotiate with the pilots.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he would not negotiate with the pilots");
}

}  // namespace
}  // namespace newsgraph
