// Where a role or a label stops being about the speaker: a second person
// joined by "and", a participle clause, a list after a colon, and the bare
// Q/A labels of an interview.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <utility>

namespace newsgraph {
namespace {

TEST(QuotesRoleEdges, RoleStopsWhereASecondPersonBegins) {
  Document doc = testing_util::Analyze(
      "\"The plan is dead,\" said Kurt Vance, the former envoy to Ukraine, and Tim Moss, a former official.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Kurt Vance");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "the former envoy to Ukraine");
}

// Members of parliaments are people: "the MP for X" before a name is a role.
TEST(QuotesRoleEdges, MemberOfParliamentBeforeANameIsARole) {
  Document doc = testing_util::Analyze("The MP for Selby, Kurt Vance, said the town had been abandoned.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Kurt Vance");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "The MP for Selby");
  doc = testing_util::Analyze("Several MPs said the town had been abandoned.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Several MPs");
}

// A role word before an inverted name stays the role when an age follows.
TEST(QuotesRoleEdges, AgeAfterTheNameKeepsTheRoleBefore) {
  Document doc = testing_util::Analyze("\"It is a joke,\" said commuter Quorin Vask, 34.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Quorin Vask");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "commuter");
}

TEST(QuotesRoleEdges, AParticipleAsideAfterADescriptionIsNoRole) {
  Document doc = testing_util::Analyze(
      "Port officials familiar with the deal, speaking on condition of anonymity, said the ferry was sold.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Port officials familiar with the deal");
  EXPECT_FALSE(doc.quotes[0].speaker_role.has_value()) << *doc.quotes[0].speaker_role;
}

// After a quote: a relative clause asking for anonymity is neither the cue
// nor a role; the words before a title join it as one role.
TEST(QuotesRoleEdges, AnonymityAsideAndWordsBeforeATitle) {
  Document doc = testing_util::Analyze(
      "\"We need more pumps,\" one firefighter, who asked not to be identified, said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "one firefighter");
  EXPECT_EQ(doc.Slice(*doc.quotes[0].cue), "said");
  EXPECT_FALSE(doc.quotes[0].speaker_role.has_value()) << *doc.quotes[0].speaker_role;
  doc = testing_util::Analyze("\"Help is on the way,\" said Harbour Minister Sarah Holm.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Sarah Holm");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "Harbour Minister");
}

// A list of offices before a name is its role, before or after the quote.
TEST(QuotesRoleEdges, ListOfOfficesBeforeTheName) {
  for (const auto& [text, role] :
       {std::pair{"\"Sales grew,\" chairman, CEO and president Sarah Holm said in the release.",
                  "chairman, CEO and president"},
        std::pair{"\"Sales grew,\" chairman and CEO Sarah Holm said in the release.", "chairman and CEO"},
        std::pair{"Chairman and CEO Sarah Holm said the sales grew again.", "Chairman and CEO"}}) {
    Document doc = testing_util::Analyze(text);
    ASSERT_EQ(doc.quotes.size(), 1u) << text;
    EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Sarah Holm") << text;
    EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), role) << text;
  }
}

// After an inverted cue, a description and then a name in apposition: the
// name speaks, the description is its role.
TEST(QuotesRoleEdges, InvertedDescriptionThenName) {
  Document doc = testing_util::Analyze("\"She meant it,\" recalled Holm's colleague, Sarah Vossberg.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Sarah Vossberg");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "Holm's colleague");
  doc = testing_util::Analyze("\"We won,\" said one of the residents, Sarah Vossberg.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Sarah Vossberg");
}

// A role given by apposition in a sentence without a statement still
// belongs to the speaker; another named subject after the comma is none.
TEST(QuotesRoleEdges, RoleFromASentenceOfItsOwn) {
  Document doc = testing_util::Analyze(
      "The city's lawyer, Sarah Vossberg, disagreed. \"We believe the court erred,\" she said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Sarah Vossberg");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "The city's lawyer");
  doc = testing_util::Analyze("Sarah Vossberg, a harbour pilot, arrived late. \"The fog was thick,\" she said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "a harbour pilot");
  doc = testing_util::Analyze(
      "Housing economist Sarah Vossberg has studied rents. \"We don't build enough,\" she said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "Housing economist");
  doc = testing_util::Analyze("As early retiree Sarah Vossberg put it, the pier is lovely. \"It is,\" she said.");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.speaker_role.value_or(""), "As early retiree");
  doc = testing_util::Analyze(
      "Sarah Vossberg, her former employer Tull Shipping, which owns the pier, is selling. \"It hurts,\" she said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_FALSE(doc.quotes[0].speaker_role.has_value()) << *doc.quotes[0].speaker_role;
}

TEST(QuotesRoleEdges, AParticipleClauseIsNoRole) {
  Document doc = testing_util::Analyze("\"We lack money,\" Jim Brand, noting the budget, said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Jim Brand");
  EXPECT_FALSE(doc.quotes[0].speaker_role.has_value()) << *doc.quotes[0].speaker_role;
}

TEST(QuotesRoleEdges, AParticipleAfterAnInvertedSpeakerIsNoRole) {
  Document doc = testing_util::Analyze(
      "\"It depends,\" responded city treasurer Jim Brand, noting that there was no money.");
  ASSERT_FALSE(doc.quotes.empty());
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Jim Brand");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "city treasurer");
}

TEST(QuotesRoleEdges, AListAfterAColonIsNoStatement) {
  Document doc = testing_util::Analyze(
      "Lunch for the week is simple and cheap to make.\n\nPortion Containers: 1 Green, 1 Red, 2 Yellow\n\n"
      "Dinner Boxes: 2 Green, 1 Blue\n");
  for (const Quote& q : doc.quotes) {
    EXPECT_NE(q.speaker.value_or(""), "Portion Containers") << doc.Slice(q.content);
    EXPECT_NE(q.speaker.value_or(""), "Dinner Boxes") << doc.Slice(q.content);
  }
}

TEST(QuotesRoleEdges, InterviewLabelsNameNobody) {
  Document doc = testing_util::Analyze(
      "Q: What made you start the shelter in the first place?\n\n"
      "A: We saw dogs on the street every single morning and could not look away.\n");
  ASSERT_FALSE(doc.quotes.empty());
  for (const Quote& q : doc.quotes) {
    EXPECT_FALSE(q.speaker.has_value()) << *q.speaker;
    ASSERT_TRUE(q.speaker_mention.has_value());
  }
}

// "FBI Director James Comey": the organisation before the title is part of
// the role, before a quote as after one, and the second verb after a
// partial quote ("called ... "careless," but said ...") keeps the subject.
TEST(QuotesRoleEdges, AnOrganisationBeforeATitleJoinsTheRole) {
  Document doc = testing_util::Analyze("FBI Director James Comey said, \"We are done.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "James Comey");
  EXPECT_EQ(doc.quotes[0].speaker_role.value_or(""), "FBI Director");
  auto got = testing_util::Statements(
      "FBI Director James Comey called the use \"extremely careless,\" but said she should face no charges.");
  bool second = false;
  for (const auto& g : got) {
    if (g.cue != "said") continue;
    second = true;
    EXPECT_EQ(g.speaker, "James Comey");
    EXPECT_EQ(g.role, "FBI Director");
    EXPECT_EQ(g.text, "she should face no charges");
  }
  EXPECT_TRUE(second);
  // A question's modal before a name is no role.
  doc = testing_util::Analyze("Would Adam Schiff have pleaded to keep the \"whistleblower's\" identity secret?");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.speaker_role.value_or(""), "Would");
}

// "Mr. Manafort, citing "the unique magic of Trump," said ...": the
// participle's quote is its own; the sentence's cue still reports.
TEST(QuotesRoleEdges, AParticipleQuoteLeavesTheMainReport) {
  auto got = testing_util::Statements(
      "Mr. Paul Manafort, citing \"the unique magic of Trump,\" said the candidate could win in Delaware.");
  bool main = false;
  for (const auto& g : got) main = main || (g.cue == "said" && g.text == "the candidate could win in Delaware");
  EXPECT_TRUE(main);
}

// After "ROLE, NAME," the cue's auxiliary is no role; an occasion in a
// participle or relative aside ("speaking at ...", "who spoke at ...") is
// none either, and does not stop a one-word name from being a person whom
// "he" and "she" later resolve to.
TEST(QuotesRoleEdges, AuxiliariesAndOccasionsAreNoRoles) {
  auto got = testing_util::Statements("The health secretary, Wes Streeting, has warned that the NHS faces a hard winter.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Wes Streeting");
  EXPECT_EQ(got[0].role, "The health secretary");
  got = testing_util::Statements("Nancy Pelosi, who spoke at a news conference, said the House would vote Friday.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
  got = testing_util::Statements("Nancy Pelosi, who chairs the panel, said the House would vote Friday.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "who chairs the panel");
  got = testing_util::Statements(
      "Biden, speaking at a union hall in Pittsburgh, said his plan would create jobs. "
      "\"This is about dignity,\" he said.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Biden");
  EXPECT_EQ(got[0].role, "<null>");
  got = testing_util::Statements(
      "Joe Biden, speaking at a union hall in Pittsburgh, said his plan would create jobs.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
}

// Offices with "of" after an inverted cue, an age before the role, an
// occasion set off by commas, and groups that speak as written.
TEST(QuotesRoleEdges, OfficesAgesOccasionsAndGroups) {
  auto got = testing_util::Statements("\"It's over,\" said Secretary of State Antony Blinken.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Antony Blinken");
  EXPECT_EQ(got[0].role, "Secretary of State");
  got = testing_util::Statements("\"We waited a long time,\" said Aisha Bello, 42, a teacher in Lagos.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "a teacher in Lagos");
  got = testing_util::Statements("Maria Lopez, 35, a nurse in Seville, said the wait was too long.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "a nurse in Seville");
  got = testing_util::Statements("Former President Barack Obama, in a rare public statement, said the vote mattered.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "Former President");
  got = testing_util::Statements("Democrats said the vote showed Republicans were out of touch.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Democrats");
  got = testing_util::Statements("Mr Ramaphosa denied wrongdoing, saying the money came from the sale of buffalo.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "wrongdoing");
  EXPECT_EQ(got[1].text, "the money came from the sale of buffalo");
}

// A title inside the name's mention joins the words before it when an
// appositive follows ("House Speaker Paul Ryan, R-Wis., said").
TEST(QuotesRoleEdges, ATitleAndItsOrganisationBeforeAnAppositive) {
  auto got = testing_util::Statements("House Speaker Paul Ryan, a Republican, said he would not run again.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Paul Ryan");
  EXPECT_EQ(got[0].role, "House Speaker");
}

// A state's abbreviation closing a name's appositive is no speaker.
TEST(QuotesRoleEdges, AnAbbreviationInAnAppositiveIsNoSpeaker) {
  auto got = testing_util::Statements(
      "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back "
      "memories of her father.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Donna Rawlings");
  EXPECT_EQ(got[0].text, "the event brought back memories of her father");
}

// A relative clause is a role only when it states an office or affiliation;
// acts and occasions are none, and end a role they follow.
TEST(QuotesRoleEdges, RelativeClausesOfOfficeAndOfActs) {
  auto got = testing_util::Statements("\"I want to know,\" said Denise Walker, whose son was shot in 2019.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
  got = testing_util::Statements(
      "\"It was like a bomb,\" said Carlos Mendez, a construction worker who was eating lunch nearby.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "a construction worker");
  got = testing_util::Statements("Michael Reed, who will be the merged company's chairman, said the deal was done.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "who will be the merged company's chairman");
  got = testing_util::Statements(
      "The study, which followed 12,000 women for two decades, found no link between coffee and cancer.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
  got = testing_util::Statements("\"We lost,\" said Chiefs quarterback Patrick Mahomes, who threw two interceptions.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "Chiefs quarterback");
}

// A title's capitalised words after an opening phrase's comma are the role
// ("Outside the courtroom, Assistant District Attorney Karen Liu said"); a
// description before a pronoun ("a fact he mentions") is none.
TEST(QuotesRoleEdges, TitlesAfterAnOpeningPhrase) {
  auto got = testing_util::Statements(
      "Outside the courtroom, Assistant District Attorney Karen Liu said the verdict \"sends a message.\"");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "Assistant District Attorney");
  got = testing_util::Statements(
      "Outside the courtroom, Assistant District Attorney Karen Liu said the verdict sends a message.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "Assistant District Attorney");
}

// A statement named by a titled mention keeps that title as its role, also
// when a participle or partial quote reports it ("Judge Patricia Owens
// rejected it, saying ..."); an honorific is none.
TEST(QuotesRoleEdges, TheNamingMentionsTitle) {
  auto got = testing_util::Statements(
      "Judge Patricia Owens rejected that argument, saying the interrogation had been \"entirely lawful.\"");
  ASSERT_EQ(got.size(), 2u);  // "rejected that argument" is a stance of its own
  EXPECT_EQ(got[0].role, "Judge");
  EXPECT_EQ(got[1].role, "Judge");
  got = testing_util::Statements("Sen. Amy Klobuchar praised the bill, saying it was \"a big win.\"");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].role, "Sen.");
  got = testing_util::Statements("Mr. Donald Trump said it was \"huge.\"");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
}

// Party labels: never a name ("D-El Paso"), the role of the person they
// follow, not of a description around that person, and a second titled
// senator ends the first one's role.
TEST(QuotesRoleEdges, PartyLabels) {
  auto got = testing_util::Statements(
      "State Rep. Gloria Martinez, D-El Paso, who sponsored the bill, said it would \"save lives.\"");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Gloria Martinez");
  EXPECT_EQ(got[0].role, "D-El Paso");
  got = testing_util::Statements(
      "A spokesman for Rep. Matt Gaetz, R-Fla., said the congressman \"has never paid for sex.\"");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "<null>");
  got = testing_util::Statements(
      "Sen. Elizabeth Warren, D-Mass., and Sen. Bernie Sanders, I-Vt., said in a statement that the merger was bad.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "D-Mass.");
}

// A ranked or titled name set off after a description: the person speaks,
// the description is the role; Gulf names with "bin" stay whole.
TEST(QuotesRoleEdges, RanksAndParticlesInNames) {
  auto got = testing_util::Statements(
      "\"We have arrested 12 suspects,\" the police spokesman, DSP Olumuyiwa Adejobi, told journalists in Abuja.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Olumuyiwa Adejobi");
  EXPECT_EQ(got[0].role, "the police spokesman");
  got = testing_util::Statements("Sheikh Tamim bin Hamad Al Thani said the states must stand together.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Tamim bin Hamad Al Thani");
  EXPECT_EQ(got[0].role, "Sheikh");
}

// A description before an appositive name is its role whatever noun heads
// it ("the photographer, Ben McDonald, told"); an inverted description keeps
// its relative clause whole.
TEST(QuotesRoleEdges, DescriptionsAroundNames) {
  auto got = testing_util::Statements("\"He hit me in the face,\" the photographer, Ben McDonald, told reporters.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Ben McDonald");
  EXPECT_EQ(got[0].role, "the photographer");
  got = testing_util::Statements(
      "\"The water came up so fast,\" said a 34-year-old nurse who asked not to be named.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "a 34-year-old nurse who asked not to be named");
}

// An appositive after an unknown one-word name is its role; the person's
// own clause after an age ("Jessie Elkins, 70, had served ... and said") is
// none.
TEST(QuotesRoleEdges, AppositivesOfLoneNamesAndClausesAfterAnAge) {
  auto got = testing_util::Statements(
      "Sanders, a senator from Vermont and self-described democratic socialist, said economic stagnation is the "
      "source of the anger.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].role, "a senator from Vermont and self-described democratic socialist");
  got = testing_util::Statements(
      "Hours later, Trump returned the compliment to Adelson, telling Reuters, \"He is an amazing man.\"");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Trump");
  got = testing_util::Statements("Jessie Elkins, 70, had served in Vietnam and said he was convinced the war was wrong.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "Jessie Elkins");
  EXPECT_EQ(got[0].role, "<null>");
}

TEST(QuotesRoleEdges, HowADocumentCameAboutAndAnAgeAreNoRoles) {
  auto q = testing_util::Statements("The memo, obtained by the Harbour Ledger, shows that the pilots knew for months.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = testing_util::Statements("Mr Vance, 52, who chairs the harbour committee, said the fares would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "who chairs the harbour committee");
  q = testing_util::Statements("\"We have done nothing wrong,\" the Secretary-General said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Secretary-General");
  EXPECT_EQ(q[0].role, "<null>");
  q = testing_util::Statements("Councilwoman Ada Pruitt said the harbour plan was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ada Pruitt");
  EXPECT_EQ(q[0].role, "Councilwoman");
}

TEST(QuotesRoleEdges, ArtsOccupationsAndClosingDescriptions) {
  auto q = testing_util::Statements("Publicist Dana Kroll told Page Six that her client was resting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Kroll");
  EXPECT_EQ(q[0].role, "Publicist");
  q = testing_util::Statements("\"It's fine,\" one reviewer said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one reviewer");
  // "when asked about it" is the occasion, no role.
  q = testing_util::Statements("\"We'll see,\" said Tom Abernathy, when asked about it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  // "CLAUSE, her husband, NAME, said": the description is the role, not the
  // statement's end.
  q = testing_util::Statements("The cause was cancer, her husband, Leonard Ellison, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The cause was cancer");
  EXPECT_EQ(q[0].role, "her husband");
}

}  // namespace
}  // namespace newsgraph
