// Speaker labels at the start of a paragraph: transcript lines ("NAME: ...")
// and attribution headlines ("Name: words"), and what is not one.
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

std::vector<Got> Attribute(const std::string& text) { return testing_util::Statements(text); }

TEST(QuotesLabels, TranscriptLinesInQuotesGoToTheNamedPerson) {
  auto q = Attribute(
      "Host Dana Orlov spoke with Senator Lena Marsh on Sunday.\n\n"
      "\"ORLOV: Will you vote for the bill next week?\n\n"
      "\"MARSH: Well, I have read it twice, and it is not ready.\n\n"
      "\"(CROSSTALK.)\n\n"
      "\"ORLOV: Thank you.\"");
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Will you vote for the bill next week?");
  EXPECT_EQ(q[0].speaker, "Dana Orlov");
  EXPECT_EQ(q[0].mention, "ORLOV");
  EXPECT_EQ(q[0].cue, ":");
  EXPECT_EQ(q[1].text, "Well, I have read it twice, and it is not ready.");
  EXPECT_EQ(q[1].speaker, "Lena Marsh");
  for (const Got& g : q) EXPECT_EQ(g.text.find("CROSSTALK"), std::string::npos);  // a stage direction
}

TEST(QuotesLabels, UnquotedTranscriptParagraph) {
  auto q = Attribute("Q: What happens to the pier now?\n\nA: We rebuild it. Then we open it again.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "We rebuild it. Then we open it again");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].mention, "A");
}

// Labelled lines of one paragraph, no blank line between, are statements
// of their own.
TEST(QuotesLabels, LabelledLinesOfOneParagraph) {
  auto q = Attribute("Q: Will you run again?\nA: I have not decided yet.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Will you run again?");
  EXPECT_EQ(q[1].text, "I have not decided yet");
  q = Attribute("HOLM: We will win.\nVASK: No, you will not.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "We will win");
  EXPECT_EQ(q[1].text, "No, you will not");
}

TEST(QuotesLabels, AttributionHeadline) {
  auto q = Attribute("Okafor: Harbour tax will pay for the new ferries\n\nMayor Ruth Okafor spoke on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Harbour tax will pay for the new ferries");
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Ruth Okafor");
  EXPECT_EQ(q[0].mention, "Okafor");
}

TEST(QuotesLabels, PageLabelsAndLowerCaseLeadsAreNoSpeakers) {
  EXPECT_TRUE(Attribute("Update: The ferry schedule changed on Monday.").empty());
  EXPECT_TRUE(Attribute("Watch: Crews lift the old crane off the pier.").empty());
  EXPECT_TRUE(Attribute("The plan has three parts: taxes, ferries and piers.").empty());
  EXPECT_TRUE(Attribute("At 10:30 the council met.").empty());
}

TEST(QuotesLabels, ATitleWithASubtitleIsNoSpeaker) {
  EXPECT_TRUE(Attribute("Star Wars Jedi: Fallen Order is a game that is many things to different people.").empty());
  // A label naming people still speaks.
  auto q = Attribute("Police: Suspect fled the harbour on foot\n\nThe search went on overnight.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Suspect fled the harbour on foot");
}

TEST(QuotesLabels, PlacesAndHeadlinesThatMerelyNameSomeoneAreNoSpeakers) {
  // A place heads a list of names; "Big Win For Vale" names its subject
  // last. Neither says anything.
  auto q = Attribute("Ohio: Ada Vale, Tom Reed, Lena Marsh and Ravi Okonkwo\n\nThe panel met on Monday.");
  EXPECT_TRUE(q.empty());
  q = Attribute("Big Win For Ada Vale: Ferry Union Holds Off On Endorsement\n\nThe union met on Monday.");
  EXPECT_TRUE(q.empty());
  // A label opening with the person still speaks.
  q = Attribute("Ada Vale at Rally: Ferry fares must fall\n\nThe rally ended at noon.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Vale");
  EXPECT_EQ(q[0].text, "Ferry fares must fall");
}

// Roundups: a name (with its party label) opening the paragraph and a colon
// label the quote after it; the quote is direct.
TEST(QuotesLabels, RoundupNamesBeforeQuotes) {
  auto got = testing_util::Statements(
      "Here is what lawmakers said after the vote:\n\n"
      "Rep. Jim Jordan, R-Ohio: \"Today the House stood up for the American people.\"\n\n"
      "McConnell: \"The Senate will take it up in due course.\"\n");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].speaker, "Jim Jordan");
  EXPECT_EQ(got[0].kind, "direct");
  EXPECT_EQ(got[0].text, "Today the House stood up for the American people.");
  EXPECT_EQ(got[1].speaker, "McConnell");
}

// A paragraph introduced by a document ("released a statement Sunday
// evening:", "The governor's full statement:") is its issuer's or owner's.
TEST(QuotesLabels, ParagraphsIntroducedByADocument) {
  auto got = testing_util::Statements(
      "The family released a statement Sunday evening:\n\n\"Our hearts are broken. We ask for privacy.\"\n");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The family");
  got = testing_util::Statements(
      "The governor's full statement:\n\n\"Tonight our state mourns. Flags will fly at half-staff.\"\n");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The governor");
}

// A transcript's courtesy title before the capitalised family name is no
// part of the speaker's name; a list of names ends a subject.
TEST(QuotesLabels, TranscriptCourtesyTitlesAndNameLists) {
  auto got = testing_util::Statements(
      "MS. JEAN-PIERRE: Go ahead, Peter.\n\nQ: Thank you. Does the president plan to meet the family?\n\n"
      "MS. JEAN-PIERRE: I don't have anything to share on his schedule.\n");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].speaker, "Jean-Pierre");
  EXPECT_EQ(got[2].speaker, "Jean-Pierre");
  got = testing_util::Statements("The foreign ministers of France, Germany and Britain said they condemn the launch.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "The foreign ministers of France, Germany and Britain");
}

// A fact-check's own labels ("THE FACTS:", "AP FACT CHECK:") name no
// speaker; a transcript's name after them still does.
TEST(QuotesLabels, FactCheckLabelsAreNoSpeakers) {
  auto q = Attribute(
      "AP FACT CHECK: Castile's claims on crime\n\nTHE FACTS: Not true. Crime fell in 2023.\n\n"
      "CASTILE: \"We will win this.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "CASTILE");
  // "Claim:" introduces a whole quote whose speaker it does not name; an
  // "Update:" before a quote leaves its closing attribution to name one.
  q = Attribute("Claim: \"The governor cut school funding by half.\" Our ruling: False.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "<null>");
  q = Attribute("Update: \"We are investigating,\" the company said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "the company");
}

// "X on Y: "..."": a name opening the paragraph, then what the quote is
// about, labels it.
TEST(QuotesLabels, NameOnATopicBeforeAColon) {
  auto q = Attribute("Bears quarterback Caleb Wilkes on his first NFL win: \"It's a relief.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Caleb Wilkes");
  EXPECT_EQ(q[0].role, "Bears quarterback");
}

}  // namespace
}  // namespace newsgraph
