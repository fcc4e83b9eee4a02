// Where a described speaker ends and a cue word is a noun: descriptions that
// run on into a clause are cut back to their noun phrase; a cue word after
// an adjective or a past participle is a noun; the time of an endorsement
// is not part of what was endorsed.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;
using testing_util::Statements;

TEST(QuotesDescriptionEdges, DescriptionCutBeforeItsVerb) {
  auto q = Statements(
      "On Friday, the Norvale Harbour Board was refusing to call the sinking an accident: \"The inquiry is still "
      "going on and we will not speculate.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the Norvale Harbour Board");
  // A participle with its phrase stays: "a report filed by the county".
  q = Statements("The ferry will close, according to a report filed by the county.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "a report filed by the county");
}

// A document described at length (a date, its sender, who obtained it) is
// still the subject.
TEST(QuotesDescriptionEdges, LongDocumentDescription) {
  auto q = Statements("A Feb. 1 letter from the Harbour Legion obtained by The Tull Chronicle warns that the pier "
                      "will close.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the pier will close");
  EXPECT_EQ(q[0].speaker, "A Feb. 1 letter from the Harbour Legion obtained by The Tull Chronicle");
}

TEST(QuotesDescriptionEdges, CueWordsUsedAsNouns) {
  // "questions" after a past participle, "support" after an adjective.
  EXPECT_TRUE(Statements("But the harbour board has faced questions about its plans for the pier.").empty());
  EXPECT_TRUE(Statements("The mayor had her greatest support among the dockers surveyed in May.").empty());
  // A verb in -s after a subject is still a cue.
  auto q = Statements("The harbour board questions whether the pier can be saved.");
  ASSERT_EQ(q.size(), 1u);
}

TEST(QuotesDescriptionEdges, TimeOfAnObjectReportLeftOut) {
  auto q = Statements("Mayor Ada Brennan endorsed the ferry plan on Thursday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry plan");
  q = Statements("Mayor Ada Brennan praised the ferry plan in an interview with the Harbour Gazette.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry plan");
}

TEST(QuotesDescriptionEdges, NoSubjectNoReport) {
  // A quantifier and an adjective before a word in -s make it a noun.
  EXPECT_TRUE(Statements("Seven big questions heading into the harbour vote, to be shown on TV:").empty());
  // A contraction is a pronoun with its verb, "now you" no subject.
  EXPECT_TRUE(Statements("Once you do, you\xE2\x80\x99ll feel much better about where the harbour stands.").empty());
  EXPECT_TRUE(Statements("And now you know that there is a ferry to the island.").empty());
  // A numeric compound before a word in -s: "10-year notes" is a noun.
  EXPECT_TRUE(Statements("Benchmark 10-year notes last rose 7/32 in price to yield 1.786%.").empty());
  // "Even" is a focus word on the subject: the manual notes the rule, the
  // aside ("part of the port authority") speaks for nobody.
  const auto m = Statements(
      "Even the manual of the harbour board, part of the port authority, notes the rule that ferries be inspected.");
  for (const Got& g : m) EXPECT_EQ(g.mention.find("port authority"), std::string::npos) << g.mention;
}

TEST(QuotesDescriptionEdges, SubordinateOpeningClause) {
  // "once" opens a subordinate clause after "And": its report ends at the
  // comma, and "once" is no part of the speaker.
  const auto q = Statements(
      "And once the skipper mentioned that the pier had moved, Karen Walsh quickly found the fault.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].mention, "the skipper");
  EXPECT_EQ(q[0].text, "that the pier had moved");
}

TEST(QuotesDescriptionEdges, WhyASourceIsUnnamedIsNoStatement) {
  auto q = Statements("A senior harbour official, who asked not to be named, said the deal was close.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].text, "the deal was close");
  EXPECT_EQ(q[0].mention, "A senior harbour official");
  q = Statements("Two officials, speaking on condition of anonymity, said the ferry would return.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the ferry would return");
}

// A role set after a name by apposition names its holder later, even
// when it ends in a body of several capitalised words, and a body's
// initials stand for its name ("the UAW president"); what a pair shares
// ("both of ...") is nobody's role.
TEST(QuotesDescriptionEdges, AppositiveRolesOfBodiesAndTheirInitials) {
  auto q = Statements(
      "Shawn Fain, president of the United Auto Workers, met with executives on Monday. \"We are not going "
      "back,\" the UAW president said after the meeting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Shawn Fain");
  EXPECT_EQ(q[0].role, "president of the United Auto Workers");
  q = Statements(
      "Merrill Tate, the chairman of Tate Publishing Inc., spoke at the annual meeting. \"We paid too much,\" "
      "Mr. Tate said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the chairman of Tate Publishing Inc.");
  q = Statements(
      "Dr. Chen Wei and Dr. Chen Li, both of Peking Union Medical College Hospital, led the trial. Dr. Chen Li "
      "said the second arm had confirmed the result.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Chen Li");
  EXPECT_EQ(q[0].role, "<null>");
}

// After an inverted name, a clause of the writer's or a "whose" clause is
// no role; an unknown name takes its description; "it" after a body that
// spoke without a recognised name is that body.
TEST(QuotesDescriptionEdges, WritersClausesAfterNamesAndUnknownNames) {
  auto q = Statements("The fire was set on purpose, said Fire Marshal Kevin O'Dell, but no arrests have been made.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Fire Marshal");
  q = Statements("\"I just want my son home,\" said Gail Foster, whose son, Aaron, has been missing since Sept. 9.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("\"We will not negotiate,\" said Peskov, the Kremlin spokesman.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Peskov");
  EXPECT_EQ(q[0].role, "the Kremlin spokesman");
  q = Statements(
      "The Relief Headquarters said 103 defenders had returned home. Among them were soldiers, it said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The Relief Headquarters");
  q = Statements("The officials said 103 people had been hurt. Among them were children, it said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "<null>");
}

// A street after its house number is an address, no speaker.
TEST(QuotesDescriptionEdges, AddressesAreNoSpeakers) {
  auto q = Statements("Tom Reed of 40 Main St. said the carts were too big. \"They don't fit,\" he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[1].speaker, "Tom Reed");
}

// A work's title after "director of" is part of the role, no quote, and the
// quote after it keeps its speaker.
TEST(QuotesDescriptionEdges, WorksNamedInARole) {
  auto q = Statements(
      "\"It was a risk,\" said Grace Nakamura, director of \"Riverbend.\" \"We nearly lost everything.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].role, "director of \"Riverbend\"");
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].speaker, "Grace Nakamura");
}

// A field in "-ing" before an office and a name opens the subject, not a
// participle's phrase: the aside after the name is no clause start.
TEST(QuotesDescriptionEdges, FieldsInIngBeforeAnOffice) {
  for (const char* text : {"Planning Director Susan Kim, 45, said her staff needed six more months.",
                           "Planning Director Susan Kim, no relation, said her staff needed six more months."}) {
    auto q = Statements(text);
    ASSERT_EQ(q.size(), 1u) << text;
    EXPECT_EQ(q[0].speaker, "Susan Kim");
    EXPECT_EQ(q[0].role, "Planning Director");
  }
}

// The subject's own past verb between its name and a participle is no role.
TEST(QuotesDescriptionEdges, PastVerbBeforeAParticipleIsNoRole) {
  auto q = Statements(
      "Kim Yo Jong spoke first. Her brother, Kim Jong Un, went further in January, declaring that the South was "
      "the \"primary foe.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kim Jong Un");
  EXPECT_EQ(q[0].role, "Her brother");
}

}  // namespace
}  // namespace newsgraph
