// Cues whose statement is the to-infinitive after them: "declined to
// say", "refused to answer", "promised to ..." ("declined to comment" and
// "agreed to meet" say nothing); and the
// passive question "was asked whether ...", whose asker is not named.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Reports(const std::string& text) { return testing_util::Statements(text); }

TEST(QuotesInfinitive, DeclinedToSay) {
  auto q = Reports("A spokesman for the harbour authority declined to say whether the lease was signed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to say whether the lease was signed");
  EXPECT_EQ(q[0].cue, "declined");
}

TEST(QuotesInfinitive, DeclinedToCommentSaysNothing) {
  EXPECT_TRUE(Reports("The port authority declined to comment.").empty());
}

// Refusing to be named says why a source is unnamed: the statement is the
// one the main verb reports.
TEST(QuotesInfinitive, DeclinedToBeNamedIsAnAside) {
  auto q = Reports("A source close to the company, who declined to be named, said the board had met in March.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the board had met in March");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].speaker, "A source close to the company");
}

TEST(QuotesInfinitive, PromisedAfterANamedSubject) {
  auto q = Reports("Maria Okafor promised to rebuild the library if elected.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to rebuild the library if elected");
  EXPECT_EQ(q[0].speaker, "Maria Okafor");
}

TEST(QuotesInfinitive, WithoutToThereIsNoInfinitiveReport) {
  auto q = Reports("The board declined sharply in value after the vote.");
  EXPECT_TRUE(q.empty());
}

TEST(QuotesInfinitive, PassiveQuestionHasNoSpeaker) {
  auto q = Reports("The mayor was asked whether the pier would reopen before winter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "whether the pier would reopen before winter");
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].cue, "asked");
}

TEST(QuotesInfinitive, WhenAskedInAnOpeningPhrase) {
  auto q = Reports("When asked whether the ferry would return, Mr. Ortiz said nothing.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "whether the ferry would return");
  EXPECT_EQ(q[0].speaker, "<null>");
  auto r = Reports("The mayor, when asked whether the pier would reopen, shrugged.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "whether the pier would reopen");
}

TEST(QuotesInfinitive, BareAskedOpeningTheSentence) {
  auto q = Reports("Asked whether he would back the levy, Reid said he would not give advice.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "whether he would back the levy");
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].cue, "Asked");
  EXPECT_EQ(q[1].text, "he would not give advice");
}

TEST(QuotesInfinitive, AgreementsReportClausesNotActs) {
  auto q = testing_util::Statements("Ada Vale agreed with the mayor that the ferry would have to wait.", true);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the ferry would have to wait");
  q = testing_util::Statements("The pilots agreed there are safer routes.", true);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "there are safer routes");
  // An agreement to act, or to a thing, is no statement.
  EXPECT_TRUE(testing_util::Statements("The two mayors agreed to meet in May.", true).empty());
  EXPECT_TRUE(testing_util::Statements("Ada Vale vowed to a crowd of islanders.", true).empty());
}

TEST(QuotesInfinitive, SpeechAfterAPhraseOfMannerOrSequence) {
  auto q = testing_util::Statements("Tom Reed went on to say that the harbour would reopen in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[0].cue, "say");
  EXPECT_EQ(q[0].text, "that the harbour would reopen in May");
  q = testing_util::Statements("Ada Vale was quick to point out that not all ferry pilots backed the strike.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].cue, "point out");
  EXPECT_EQ(q[0].text, "that not all ferry pilots backed the strike");
  q = testing_util::Statements("Ada Vale went out of her way to say that the economy had hit bottom.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  // "went on to win" is no statement.
  EXPECT_TRUE(testing_util::Statements("Tom Reed went on to win the harbour seat in May.").empty());
}

}  // namespace
}  // namespace newsgraph
