// The object of a verb like "endorsed" or "criticized" is what was said;
// when and where it was said, and a second verb of the same subject, are not.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text, /*indirect_only=*/true); }

TEST(QuotesObjects, TimeAfterTheObjectIsLeftOut) {
  auto q = Reports("Ada Vale endorsed Tom Reed last week.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tom Reed");
  q = Reports("Ada Vale endorsed the ferry plan Saturday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry plan");
  q = Reports("Ada Vale criticized Tom Reed during a debate in Ohio.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tom Reed");
  q = Reports("Ada Vale supported harbour cuts for years.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "harbour cuts");
}

TEST(QuotesObjects, SecondVerbOfTheSubjectEndsTheObject) {
  auto q = Reports("Ada Vale endorsed Tom Reed and has appeared at his side since.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tom Reed");
}

TEST(QuotesObjects, RelativeClauseInsideTheObjectKeepsItsPhrases) {
  // "during" and "and was" belong to the relative clause, not the report.
  auto q = Reports("Ada Vale criticized the crisis that occurred during his second term and was never solved.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the crisis that occurred during his second term and was never solved");
  // A day in a name or after a preposition is no time of the report.
  q = Reports("Ada Vale praised a memoir by Wednesday Martin about the harbour.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a memoir by Wednesday Martin about the harbour");
}

TEST(QuotesObjects, ExamplesAndListsGoOnPastTheComma) {
  auto q = Reports("Ada Vale supported a ban on night ferries, including the one to the islands.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a ban on night ferries, including the one to the islands");
  q = Reports("Ada Vale questioned Tom Reed's plans, his judgment and his record.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tom Reed's plans, his judgment and his record");
  // A comma before anything else still ends the object.
  q = Reports("Ada Vale praised the ferry plan, calling it overdue.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "the ferry plan");
}

TEST(QuotesObjects, StanceVerbsReportTheirObject) {
  auto q = Reports("Ada Vale blasted the ferry company for raising fares.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "blasted");
  EXPECT_EQ(q[0].text, "the ferry company for raising fares");
  q = Reports("Ada Vale dismissed the report last week.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the report");
  // "attacks" is a noun too often to be a cue; "backed by" is a passive.
  EXPECT_TRUE(Reports("The attacks on the ferry continued.").empty());
  EXPECT_TRUE(Reports("The ferry plan was backed by the harbour board.").empty());
}

TEST(QuotesObjects, BareReflexiveIsNoStatement) {
  EXPECT_TRUE(Reports("Ada Vale supported herself during her studies through part-time work.").empty());
  auto q = Reports("Ada Vale described herself as a ferry captain.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "herself as a ferry captain");
}

TEST(QuotesObjects, NameSetOffByCommasStaysInside) {
  auto q = Reports("The panel asked about concerns his predecessor, Ada Vale, might have had.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "concerns his predecessor, Ada Vale, might have had");
}

TEST(QuotesObjects, PassivesAndNounUsesOfObjectCuesAreNoStatements) {
  EXPECT_TRUE(Reports("The harbour board was criticized for its fares.").empty());
  EXPECT_TRUE(Reports("The pilots were accused of speeding.").empty());
  // "voiced support for X" still reports, the support part of the cue.
  auto q = Reports("Ada Vale voiced support for the ferry plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "for the ferry plan");
  q = Reports("The mayor expressed support for the new ferry plan at a rally on Sunday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The mayor");
  EXPECT_EQ(q[0].cue, "expressed support");
  EXPECT_EQ(q[0].text, "for the new ferry plan");
}

TEST(QuotesObjects, ListOfNounsAndPossessiveDates) {
  auto q = Reports("Ada Vale opposed the plan, citing high fares, long delays and rising harbour fees.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "high fares, long delays and rising harbour fees");
  // An appositive after the object is no list item.
  q = Reports("Ada Vale criticized Tom Reed, a harbour official overseeing ferries and piers.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tom Reed");
  // "Saturday's debate" is part of the object, not when it was said.
  q = Reports("Ada Vale dismissed the critique of her speech at Saturday's debate.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the critique of her speech at Saturday's debate");
}

TEST(QuotesObjects, ClauseEndsBeforeAnotherSpeakersClause) {
  auto q = Reports("Six in 10 say the ferry is reliable, after half said so in the spring poll.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry is reliable");
  q = Reports("Forty-two percent say they are islanders, 34% mainlanders.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "they are islanders");
  // A score after the comma stays with the clause.
  q = Reports("The poll found Ada Vale leading Tom Reed among voters, 46% to 44%.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Ada Vale leading Tom Reed among voters, 46% to 44%");
}

TEST(QuotesObjects, CircumstancesOfTheSayingAreLeftOut) {
  auto q = Reports("Ada Vale praised the pilots online.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pilots");
  q = Reports("Ada Vale endorsed Tom Reed even as she questioned his harbour record.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tom Reed");
  q = Reports("Ada Vale endorsed Tom Reed over the weekend.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Tom Reed");
}

TEST(QuotesObjects, ContinuingIsNoCueWithoutThat) {
  EXPECT_TRUE(Reports("Ada Vale continued her campaign against the pier.").empty());
  auto q = Reports("Ada Vale continued that the pier was unsafe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the pier was unsafe");
}

TEST(QuotesObjects, ButGoesOnWithTheSameClause) {
  auto q = Reports("Ada Vale said that she recruited the pilots, but that she had not chosen a captain.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that she recruited the pilots, but that she had not chosen a captain");
  q = Reports("Ada Vale said the pilot had seen the wreck, but couldn\xE2\x80\x99t reach it in time.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pilot had seen the wreck, but couldn\xE2\x80\x99t reach it in time");
  // "but that's ..." is a demonstrative, the writer's.
  q = Reports("Ada Vale said the fares will ease your pain, but that\xE2\x80\x99s just a painkiller.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the fares will ease your pain");
  // A past verb after "but" is the writer's next fact.
  q = Reports("Ada Vale said the ferry would win the race, but still lost it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry would win the race");
  // "Several" begins no name.
  q = Reports("Several Vale supporters said the ferry was late.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Several Vale supporters");
}

TEST(QuotesObjects, DashAsideBeforeThat) {
  auto q = Reports(
      "Ada Vale said \xE2\x80\x94 on the radio, as it happens \xE2\x80\x94 that the ferry raised $4 million that day.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the ferry raised $4 million that day");
}

TEST(QuotesObjects, NumbersKeepTheirCommas) {
  auto q = Reports("Ada Vale urged the council to process the roughly 54,000 pages of harbour records by July 31.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the council to process the roughly 54,000 pages of harbour records by July 31");
}

TEST(QuotesObjects, ExpressedFeelingThatReportsTheClause) {
  // The feeling is part of the cue; the clause after "that" is what was said.
  auto q = Reports("Ada Vale expressed concern that the ferry company was raising fares.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "expressed concern");
  EXPECT_EQ(q[0].text, "that the ferry company was raising fares");
  q = Reports("Tom Reed voiced similar doubts that the harbour could reopen by July.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the harbour could reopen by July");
  // Without a clause the feeling itself is the object.
  q = Reports("Ada Vale expressed her disapproval of the ruling.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "her disapproval of the ruling");
  // A participle after its noun reports nothing.
  EXPECT_TRUE(Reports("The views expressed in the harbour column are the writer's own.").empty());
}

TEST(QuotesObjects, CalledAPronounSomethingIsWhatWasSaid) {
  auto q = Reports("Ada Vale calls herself a democratic socialist.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "calls");
  EXPECT_EQ(q[0].text, "herself a democratic socialist");
  q = Reports("Tom Reed called him a pragmatic and effective strategist.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "him a pragmatic and effective strategist");
  // A telephone call and an idiom name nothing.
  EXPECT_TRUE(Reports("Tom Reed called him on Tuesday.").empty());
  EXPECT_TRUE(Reports("Tom Reed called them back after the harbour meeting.").empty());
  EXPECT_TRUE(Reports("Tom Reed called it quits in May.").empty());
  EXPECT_TRUE(Reports("Tom Reed called it a day after the vote.").empty());
}

TEST(QuotesObjects, AppealedForIsCalledFor) {
  auto q = Reports("Chief Superintendent Ada Vale appealed for witnesses to come forward.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "witnesses to come forward");
}

TEST(QuotesObjects, APapersCorrectionIsNoStatement) {
  EXPECT_TRUE(Reports("An earlier version of this story incorrectly said that Tom Reed chaired the harbour board.")
                  .empty());
}

}  // namespace
}  // namespace newsgraph
