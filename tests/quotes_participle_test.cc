// A speech participle after a comma (", saying ...", ", noting that ...",
// ", citing ...") reports for the subject of its sentence.
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

TEST(QuotesParticiple, SayingAfterAnObjectReport) {
  auto q = Reports("Mayor Ada Brennan praised the ferry plan on Monday, saying the pier would reopen in May.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the pier would reopen in May");
  EXPECT_EQ(q[1].speaker, "Ada Brennan");
  EXPECT_EQ(q[1].cue, "saying");
}

// After an inverted attribution with a role, and after one whose quote
// ends right before "said", the participle is the same speaker's.
TEST(QuotesParticiple, AddingAfterAnInvertedSpeakerAndRole) {
  for (const char* text :
       {"\xE2\x80\x9CThe offer was fair,\xE2\x80\x9D said Jane Holm, a spokeswoman for the rail operator, adding "
        "that talks would resume next week.",
        "\"The offer was fair,\" said Jane Holm, adding that talks would resume next week."}) {
    auto q = Reports(text);
    ASSERT_EQ(q.size(), 2u) << text;
    EXPECT_EQ(q[1].kind, "indirect");
    EXPECT_EQ(q[1].text, "that talks would resume next week");
    EXPECT_EQ(q[1].speaker, "Jane Holm");
    EXPECT_EQ(q[1].cue, "adding");
  }
}

// "by saying": the means of the clause's act is its subject's statement.
TEST(QuotesParticiple, BySayingReportsForTheSubject) {
  auto q = Reports("Bram Holm has soared in the polls by saying that the system is rigged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the system is rigged");
  EXPECT_EQ(q[0].speaker, "Bram Holm");
  EXPECT_EQ(q[0].cue, "saying");
  // Not every "by ...ing" is speech.
  EXPECT_TRUE(Reports("Bram Holm won the race by running faster than anyone.").empty());
}

// A verbless subordinate phrase after the first report does not hide the
// participle after it.
TEST(QuotesParticiple, AfterAVerblessSubordinatePhrase) {
  auto q = Reports("Bram Holm called for a prosecutor to examine the ferry deal while mayor of Tull, saying the "
                   "council is biased.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the council is biased");
  EXPECT_EQ(q[1].speaker, "Bram Holm");
}

// "while saying", and a second participle joined by "and" to a first.
TEST(QuotesParticiple, SubordinatedAndJoinedParticiples) {
  auto q = Reports("Bram Holm voted for the budget while saying that the pier would need more money.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the pier would need more money");
  EXPECT_EQ(q[0].speaker, "Bram Holm");
  q = Reports("Bram Holm ducked, pointing to his record in the council and saying that the pier is overrated.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the pier is overrated");
  EXPECT_EQ(q[0].speaker, "Bram Holm");
  // "adding" without "that" is gaining, not saying.
  EXPECT_TRUE(Reports("The party held its seats while adding strongholds like Tull and Vask.").empty());
  // "and" after a non-participle is a clause of its own, read elsewhere.
  EXPECT_TRUE(Reports("The pier opened in May and saying goodbye was hard.").empty());
}

// A described subject with an irregular past tense, or in lower case after
// an opening phrase, is the speaker of a partial quote after ", saying".
TEST(QuotesParticiple, DescribedSubjectOfAQuotedParticiple) {
  // (Round 46: the talk's topic is a stance of its own, as PolNeAR has it.)
  auto q = Reports("The harbour master began by talking about the silt, saying that dredging is now \"cheaper than "
                   "waiting.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the silt");
  EXPECT_EQ(q[0].speaker, "The harbour master");
  EXPECT_EQ(q[1].speaker, "The harbour master");
  q = Reports("In three interviews, the mayor sounded off on the port, saying she didn't \"want to contemplate\" "
              "another closure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the mayor");
}

TEST(QuotesParticiple, NotingAfterAnActionTakesTheSubject) {
  auto q = Reports("Maria Okonkwo toured the depot, noting that repairs had fallen behind.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that repairs had fallen behind");
  EXPECT_EQ(q[0].speaker, "Maria Okonkwo");
}

TEST(QuotesParticiple, CitingReportsItsObject) {
  auto q = Reports("The governor vetoed the bill, citing concerns about its cost.");
  ASSERT_EQ(q.size(), 1u);  // vetoing is an act, not a statement
  EXPECT_EQ(q[0].text, "concerns about its cost");
  EXPECT_EQ(q[0].speaker, "The governor");
}

TEST(QuotesParticiple, AfterAnOpeningPhrase) {
  auto q = Reports("Ruth Adler spoke first. Last spring, she rose to defend the mayor, saying he had done nothing wrong.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he had done nothing wrong");
  EXPECT_EQ(q[0].speaker, "Ruth Adler");
}

TEST(QuotesParticiple, AfterAQuotesAttribution) {
  auto q = Reports("\"We are ready,\" said Mary Cole, adding that the vote would come soon.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "that the vote would come soon");
  EXPECT_EQ(q[1].speaker, "Mary Cole");
  EXPECT_EQ(q[1].cue, "adding");
  auto r = Reports("Ruth Adler spoke. \"It is late,\" she said, noting the ferry had left.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].text, "the ferry had left");
  EXPECT_EQ(r[1].speaker, "Ruth Adler");
}

TEST(QuotesParticiple, ReferringToNamesItsObject) {
  auto q = Reports("Ruth Adler spoke. \"They will pay,\" she said, referring to the two ferry companies.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the two ferry companies");
  EXPECT_EQ(q[1].cue, "referring to");
  EXPECT_EQ(q[1].speaker, "Ruth Adler");
  EXPECT_TRUE(Reports("The ferry kept referring to the old timetable.").empty());
}

TEST(QuotesParticiple, ARoleBeforeTheNameAndADashKeepTheSubject) {
  auto q = Reports("U.S. District Judge Ruth Adler imposed a 52-month sentence, saying a tough penalty was needed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a tough penalty was needed");
  EXPECT_EQ(q[0].speaker, "Ruth Adler");
  // "dismissed the charges" is a stance statement of its own since session 4.
  auto r = Reports("Harbour Board Chair Omar Vance dismissed the charges \xE2\x80\x94 saying the board broke no rule.");
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r.back().text, "the board broke no rule");
  EXPECT_EQ(r.back().speaker, "Omar Vance");
}

TEST(QuotesParticiple, AfterAnIrregularOrAuxiliaryVerb) {
  auto q = Reports("Senator Ada Brennan took the stage with a jab at the mayor, saying the pier plan was a failure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the pier plan was a failure");
  EXPECT_EQ(q[0].speaker, "Ada Brennan");
  // ("pushed back against" is a stance on its object too, as PolNeAR
  // annotates it; round 35.)
  auto r = Reports("Omar Vance has pushed back against the ferry charges, saying the board broke no rule.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].text, "the ferry charges");
  EXPECT_EQ(r[1].text, "the board broke no rule");
  EXPECT_EQ(r[1].speaker, "Omar Vance");
}

TEST(QuotesParticiple, AfterALongOpeningPhrase) {
  auto q = Reports(
      "In a victory speech in Harbour County on Tuesday night, Mayor Ada Brennan struck a measured tone, saying "
      "she understood the weight of the office.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she understood the weight of the office");
  EXPECT_EQ(q[0].speaker, "Ada Brennan");
}

TEST(QuotesParticiple, AfterAQuotesAttributionWithAnAdjunct) {
  auto q = Reports("\"We are ready,\" Mary Cole said at the time, adding that the vote would come soon.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "that the vote would come soon");
  EXPECT_EQ(q[1].speaker, "Mary Cole");
  EXPECT_EQ(q[1].cue, "adding");
  auto r = Reports("Ruth Adler spoke. \"It is late,\" she said at Tuesday's rally in Dover, insisting the ferry had left.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].text, "the ferry had left");
  EXPECT_EQ(r[1].speaker, "Ruth Adler");
}

TEST(QuotesParticiple, NoSubjectAtTheClauseStartIsNoReport) {
  // The participle's subject must open its clause: a verb later in a
  // description gives none.
  EXPECT_TRUE(Reports("The ferry that the board had sold, saying goodbye to the island, sank.").empty());
}

TEST(QuotesParticiple, ParticipleWithoutACommaIsNoReport) {
  auto q = Reports("Tourists kept saying goodbye to the harbour seals.");
  EXPECT_TRUE(q.empty());
}

TEST(QuotesParticiple, SpeechParticipleWithThatReportsWithoutAComma) {
  // An adverb, "but" or a document before the participle: the clause is
  // still a report, of the sentence's subject.
  auto q = Reports("Tom Reed spread rumours about the mayor, falsely suggesting that she was born abroad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that she was born abroad");
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[0].cue, "suggesting");
  q = Reports("The campaign sent a fundraising email Wednesday saying that the harbour vote was close.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the harbour vote was close");
  EXPECT_EQ(q[0].speaker, "The campaign");
  q = Reports("Tom Reed left early, later explaining that he had a family emergency.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[0].text, "that he had a family emergency");
  // A lower-case office before the name is the role, not the speaker.
  q = Reports("Chief executive Rhea Calver apologized, insisting that the ferry firm was sound.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rhea Calver");
  EXPECT_EQ(q[0].role, "Chief executive");
  // A thing's change suggests nothing on anyone's behalf: no speaker.
  q = Reports("The company's shares fell 4 percent, suggesting that investors remain nervous.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
  // A participle aside right after the subject ends at its comma.
  q = Reports("The harbour master, insisting that she had done nothing wrong, resigned on Friday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that she had done nothing wrong");
  // The writer's idioms and the noun "saying" report nothing.
  EXPECT_TRUE(Reports("It goes without saying that the harbour vote was close.").empty());
  EXPECT_TRUE(Reports("It is worth noting that the harbour vote was close.").empty());
  EXPECT_TRUE(Reports("There is an old saying that goes the harbour never sleeps.").empty());
}

}  // namespace
}  // namespace newsgraph
