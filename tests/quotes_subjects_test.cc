// Subjects and clause openings of reported speech: coordinated names, noun
// phrases led by a determiner, titles with a role before them, and the
// words that may follow the cue.
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

TEST(QuotesSubjects, TwoNamedPeopleSpeakTogether) {
  auto q = Reports("Ms. Varga and Mr. Lindqvist said the tunnel would close in June.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ms. Varga and Mr. Lindqvist");
  q = Reports("Both Ms. Varga and Mr. Lindqvist say the tunnel is safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Ms. Varga and Mr. Lindqvist");  // "Both" opens the clause, names no one
  // A name after "and" that follows no person is an object, not a subject.
  EXPECT_TRUE(Reports("The grant went to schools and Mr. Lindqvist said nothing.").empty());
}

TEST(QuotesSubjects, DeterminerNounPhrase) {
  auto q = Reports("The former harbour master said the cranes were sold in 2019.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "The former harbour master");
  EXPECT_EQ(q[0].text, "the cranes were sold in 2019");
  // A clause before the cue is no noun phrase.
  EXPECT_TRUE(Reports("The cranes that were sold said nothing about it.").empty());
}

TEST(QuotesSubjects, RoleBeforeATitledName) {
  auto q = Reports("TSA Director Karen Walsh said the cranes were sold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].role, "TSA Director");
}

TEST(QuotesSubjects, WhatMayFollowTheCue) {
  auto q = Reports("A lawyer for the union said no decision had been made.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "no decision had been made");
  EXPECT_TRUE(Reports("The mayor said no to the harbour deal.").empty());
  q = Reports("Mina Osei said after the vote she would resign in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she would resign in May");
  // "Pressed by reporters," opens the sentence like "On Sunday,".
  q = Reports("Pressed by reporters, Mina Osei said the cranes were sold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mina Osei");
}

TEST(QuotesSubjects, BeliefsAndIntentions) {
  auto q = Reports("Harbour officials think tourists are likely to return by spring.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "tourists are likely to return by spring");
  EXPECT_EQ(q[0].mention, "Harbour officials");
  q = Reports("The ferry company plans to sell two boats next year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to sell two boats next year");
  q = Reports("Karen Walsh wants the council to reopen the pier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the council to reopen the pier");
  // An object alone, or a preposition, is no belief.
  EXPECT_TRUE(Reports("Karen Walsh knows him from school.").empty());
  EXPECT_TRUE(Reports("The ferry captain fears for his job.").empty());
}

TEST(QuotesSubjects, WhatWasAsked) {
  auto q = Reports("A reporter asked Karen Walsh whether the pier would reopen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "whether the pier would reopen");
  EXPECT_EQ(q[0].mention, "A reporter");
  q = Reports("The council asked two engineers to inspect the pier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "two engineers to inspect the pier");
  EXPECT_TRUE(Reports("The council asked for help.").empty());
}

TEST(QuotesSubjects, SeveralReportsInOneSentence) {
  auto q = Reports("Karen Walsh said the pier was safe, and Mina Varga said it would close in May.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the pier was safe");
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[1].text, "it would close in May");
  EXPECT_EQ(q[1].mention, "Mina Varga");
  // A second cue right after the first report shares its subject.
  q = Reports("Karen Walsh said she had met them twice but said neither engineer signed the report.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "she had met them twice");
  EXPECT_EQ(q[1].text, "neither engineer signed the report");
  EXPECT_EQ(q[1].speaker, "Karen Walsh");
  // "and" inside a clause without a new speaker does not split it.
  q = Reports("Karen Walsh said the pier was old and the cranes were rusty.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pier was old and the cranes were rusty");
}

TEST(QuotesSubjects, ObjectsOfNamingCuesAndWhatDocumentsShow) {
  auto q = Reports("On Monday, Karen Walsh called for an inquiry into the pier collapse.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "an inquiry into the pier collapse");
  q = Reports("The harbour union endorsed the ferry plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry plan");
  // A document shows whatever follows, "that" or not; a person "shows up".
  q = Reports("The latest survey shows most residents opposing the toll.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "most residents opposing the toll");
  EXPECT_EQ(q[0].mention, "The latest survey");
  EXPECT_TRUE(Reports("Karen Walsh shows the cranes to visitors.").empty());
}

TEST(QuotesSubjects, BracketsThenAnAppositive) {
  auto q = Reports("\"The count was wrong,\" Rep. Karen Walsh (D-Ore.), a budget panel member, said on Friday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karen Walsh");
  EXPECT_EQ(q[0].role, "(D-Ore.), a budget panel member");
}

TEST(QuotesSubjects, FirstPersonKeepsItsMentionWithoutAName) {
  auto q = Reports("I think the ferry will be late again.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry will be late again");
  EXPECT_EQ(q[0].mention, "I");
  EXPECT_EQ(q[0].speaker, "<null>");
}

TEST(QuotesSubjects, ClauseEndsBeforeTheWritersParticipleOrBut) {
  auto q = Reports("Karen Walsh wants to hire 40 new pilots, focusing on islanders under 30.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to hire 40 new pilots");
  q = Reports("Karen Walsh said the ferry made money in 2019, but still closed the route.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry made money in 2019");
  // "but" with a subject of its own stays inside the report.
  q = Reports("Karen Walsh said the ferry made money, but the pier lost it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry made money, but the pier lost it");
}

TEST(QuotesSubjects, AccordingToALongSourceEndingAtADash) {
  auto q = Reports("The toll lost money in May, according to the harbour board's monthly report - despite the crowds.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The toll lost money in May");
  EXPECT_EQ(q[0].mention, "the harbour board's monthly report");
}

TEST(QuotesSubjects, SubjectAfterAnOpeningPhrase) {
  auto q = Reports("Although the pier is old, officials say it will stand for decades.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "officials");
  EXPECT_EQ(q[0].text, "it will stand for decades");
  q = Reports("Karen Walsh spoke. And in recent months, she said the ferry had improved.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry had improved");
  // A cue in the opening part keeps the later subject out ("X said, Y ...").
  q = Reports("The pier failed, engineers said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The pier failed");
}

TEST(QuotesSubjects, APeopleNounWithARestrictiveRelativeClause) {
  auto q = Reports("Executives who have worked with Ms. Varga say she is careful.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she is careful");
  EXPECT_EQ(q[0].mention, "Executives who have worked with Ms. Varga");
  q = Reports("Current and former officials who spoke with the Harbour Gazette said the board had lost its way.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "Current and former officials who spoke with the Harbour Gazette");
  q = Reports("The tunnel cannot stay open all year, economists who have studied the port say.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The tunnel cannot stay open all year");
  EXPECT_EQ(q[0].mention, "economists who have studied the port");
}

TEST(QuotesSubjects, ARelativeClauseWithItsOwnVerbOrAClauseBeforeItIsNoSubject) {
  // The relative clause runs into the sentence's own verb: no speakers.
  for (const Got& g : Reports("Pilots who came from the north would be considered a separate group, Ms. Varga said.")) {
    EXPECT_EQ(g.mention.find("Pilots"), std::string::npos);
  }
  // "Lindqvist is the first judge who has been": a clause, not a noun phrase.
  for (const Got& g : Reports("Lindqvist is only the third judge who has been confirmed since the board said so.")) {
    EXPECT_EQ(g.mention.find("judge"), std::string::npos);
  }
}

}  // namespace
}  // namespace newsgraph
