// Forms met on the desks round 28 read: the Kremlin in wire copy, product
// recalls, startups, shootings and police briefings, weather, archaeology,
// and interview transcripts in mixed case.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "His employer, Awaam, said": a body's name set off after the common noun
// of whoever employs someone.
TEST(QuotesDesksOfRound28, AnEmployerNamedAfterItsNoun) {
  auto q = Statements("His employer, Awaam, said the reporter had been detained without charge.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Awaam");
  EXPECT_EQ(q[0].role, "His employer");
  q = Statements("Her employer said she had resigned.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Her employer");
}

// "The program, according to the ministry, cost $4 million": a past tense
// spelt as its present still opens the second piece.
TEST(QuotesDesksOfRound28, APastLikeItsPresentAfterAnAccordingToAside) {
  auto q = Statements("The program, according to the ministry, cost $4 million.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The program");
  EXPECT_EQ(q[1].text, "cost $4 million");
  EXPECT_EQ(q[1].speaker, "the ministry");
  q = Statements("Sales, according to the company, grew 4% in March.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "grew 4% in March");
}

// "Host Tom Bell:", "Sen. Mary Landrieu:": a mixed-case turn's titles before
// the name are the speaker's role, and the turn is the speaker's own words.
// A title with its subtitle stays no one's.
TEST(QuotesDesksOfRound28, MixedCaseTurnsWithTitles) {
  auto q = Statements(
      "Tom Bell interviewed Mary Landrieu on Sunday.\n\nHost Tom Bell: Will you vote for the bill?\n\n"
      "Sen. Mary Landrieu: I will not vote for it as written.\n\nBell: Why not, Senator?\n\n"
      "Landrieu: Because it cuts Medicaid for working families.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Tom Bell");
  EXPECT_EQ(q[0].role, "Host");
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[1].speaker, "Mary Landrieu");
  EXPECT_EQ(q[1].role, "Sen.");
  EXPECT_EQ(q[1].text, "I will not vote for it as written");
  EXPECT_EQ(q[3].speaker, "Mary Landrieu");
  // (Two turns alone: the opening one is a turn as well, not a headline.)
  q = Statements("Host Lionel Brandt: So what's next for you?\n\nGuest Maya Okafor: Honestly? A nap. Then maybe a "
                 "movie.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Lionel Brandt");
  EXPECT_EQ(q[1].speaker, "Maya Okafor");
  EXPECT_EQ(q[1].role, "Guest");
  EXPECT_TRUE(Statements("Star Wars Jedi: Fallen Order is a game that is many things to different people.").empty());
}

// "TASS quoted the head of the plant, Yuri Chernichuk, as saying": the one
// quoted is the name set off after its description, which is the role.
TEST(QuotesDesksOfRound28, AnAgencyQuotesANameAfterItsDescription) {
  auto q = Statements("TASS quoted the head of the Zaporizhzhia nuclear power plant, Yuri Chernichuk, as saying the "
                      "situation was \"stable but tense\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].speaker, "Yuri Chernichuk");
  EXPECT_EQ(q[0].role, "the head of the Zaporizhzhia nuclear power plant");
  q = Statements("TASS quoted the head of the plant, Yuri Chernichuk, as saying the situation was stable.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Yuri Chernichuk");
  EXPECT_EQ(q[0].text, "the situation was stable");
  q = Statements("RIA quoted Kremlin spokesman Dmitry Peskov as saying talks were possible.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dmitry Peskov");
}

// "the museum said", "the center said": bodies of science and weather copy
// that speak, resolved to the one named before.
TEST(QuotesDesksOfRound28, MuseumsAndCentersSpeak) {
  auto q = Statements("\"The tomb is intact,\" the museum said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the museum");
  q = Statements("The National Hurricane Center upgraded the storm. \"Tornadoes are likely,\" the center said Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "National Hurricane Center");
  EXPECT_EQ(q[0].mention, "the center");
}

// A name the recogniser would read as a person's is a company's after a
// business's noun ("the startup Qubix") or before one set off by commas
// ("Luma Pay, a fintech startup,"): "the company" is then that company.
// A known given name keeps a person a person.
TEST(QuotesDesksOfRound28, CompaniesKnownByTheirKind) {
  auto q = Statements("Luma Pay, a fintech startup, has raised $30 million. \"We are thrilled,\" the company said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luma Pay");
  q = Statements("The startup Qubix has raised $300 million. \"We are thrilled,\" the company said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Qubix");
  q = Statements("The stories are legendary. One, recounted by his former producer Nadine Kroll, involves a piano. "
                 "\"The piano was fine,\" Kroll says.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nadine Kroll");
}

// Of several companies named, "the company" is the one that alone spoke
// there; an outlet reporting on another is no such speaker.
TEST(QuotesDesksOfRound28, TheCompanyThatSpoke) {
  auto q = Statements("Norvale Systems said late Friday that a faulty update from cybersecurity firm Crestline caused "
                      "the outage.\n\nThe company estimated that about 8.5 million servers were affected.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Norvale Systems");
  q = Statements("Reuters reported that Acme Corp. had paused a trial. The company said it would resume soon.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The company");
}

// "Said Ramona Price, the victim's aunt: "..."": the cue opening the label,
// the name, then its role.
TEST(QuotesDesksOfRound28, SaidNameAndRoleBeforeAColon) {
  auto q = Statements("The family gathered. Said Ramona Price, the victim's aunt: \"We want arrests.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ramona Price");
  EXPECT_EQ(q[0].role, "the victim's aunt");
  EXPECT_EQ(q[0].cue, "Said");
}

// "said Special Agent Ortiz": a federal agent's rank is the role, the name
// the speaker; "Special" elsewhere stays part of a name.
TEST(QuotesDesksOfRound28, AnAgentsRank) {
  auto q = Statements("\"Every piece of video matters,\" said Special Agent Ortiz.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ortiz");
  EXPECT_EQ(q[0].role, "Special Agent");
  q = Statements("The Hong Kong Special Administrative Region government said the remarks were smears.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Hong Kong Special Administrative Region government");
}

// "estimated repairs would cost": a bare plural and its modal open the
// clause of a cue that otherwise needs "that" ("estimated 500 people").
TEST(QuotesDesksOfRound28, AnEstimateWithoutThat) {
  auto q = Statements("John Pruett estimated repairs would cost $40 million.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "repairs would cost $40 million");
  EXPECT_EQ(q[0].speaker, "John Pruett");
  EXPECT_TRUE(Statements("Organisers estimated 500 people at the march.").empty());
}

// A named source's office closing the sentence after "according to X," is
// its role; lower-case offices open a closing attribution.
TEST(QuotesDesksOfRound28, OfficesAfterAndBeforeAClosingSource) {
  auto q = Statements("The ice is melting fast, according to Espen Finstad, co-director of the Secrets of the Ice "
                      "program.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The ice is melting fast");
  EXPECT_EQ(q[0].speaker, "Espen Finstad");
  EXPECT_EQ(q[0].role, "co-director of the Secrets of the Ice program");
  q = Statements("The plan, according to John Smith, would cut costs.");
  ASSERT_EQ(q.size(), 2u);
  q = Statements("Wavelength is pivoting to enterprise, co-founder and CEO Tara Singh said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tara Singh");
  EXPECT_EQ(q[0].role, "co-founder and CEO");
}

// Bodies whose names hold "and" or name their country last.
TEST(QuotesDesksOfRound28, UtilitiesAndDepartmentsByName) {
  auto q = Statements("Many customers were in the dark, Oklahoma Gas and Electric said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Oklahoma Gas and Electric");
  EXPECT_EQ(q[0].text, "Many customers were in the dark");
  q = Statements("\"Do not feed these products to children,\" Health Canada said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Health Canada");
}

// A participle after what a cue reports, or a verb joined after a reported
// that-clause, is the cue's speaker's, not that of a name inside the report.
TEST(QuotesDesksOfRound28, VerbsJoinedToTheCueBelongToItsSpeaker) {
  auto q = Statements("The Kremlin said there were no plans for Putin to meet Ukrainian President Volodymyr Zelenskiy, "
                      "adding that any meeting would have to be \"well prepared\".");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "partial");
  EXPECT_EQ(q[1].speaker, "Kremlin");
  q = Statements("Interior Minister Gerald Fontenay said on Tuesday that 45 police officers had been injured and "
                 "praised their \"exceptional courage.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Gerald Fontenay");
}

// "the governing body" is the organisation named before it, and closes a
// statement as a speaker of its own.
TEST(QuotesDesksOfRound28, GoverningBodies) {
  auto q = Statements("UEFA opened an investigation. The governing body said it would not tolerate violence.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "UEFA");
  EXPECT_EQ(q[0].mention, "The governing body");
}

// Given names of features and European copy ("Pierre-Louis", "Ramona") let
// a pronoun find its person; "the stranger" speaks.
TEST(QuotesDesksOfRound28, MoreGivenNamesAndStrangers) {
  auto q = Statements("Pierre-Louis Castaing marched in Bordeaux. The 45-year-old had never been on strike before. "
                      "\"It is about being listened to,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pierre-Louis Castaing");
  q = Statements("Ramona Diaz walks her dog every morning. \"Mom would have hated the yellow,\" she says.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ramona Diaz");
  q = Statements("\"You dropped this,\" the stranger said, and handed her a glove.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the stranger");
}

// An attribution set off inside an unquoted sentence whose first piece has
// a cue with a plain object ("never answered her letter") still splits it;
// the writer's circumstance after it ("amid weeks of mass protests") is no
// second piece.
TEST(QuotesDesksOfRound28, AsidesAroundAPlainObjectAndBeforeACircumstance) {
  auto q = Statements("The mayor never answered her letter, Mary Dempsey says, so she answered it herself.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The mayor never answered her letter");
  EXPECT_EQ(q[0].speaker, "Mary Dempsey");
  EXPECT_EQ(q[1].text, "so she answered it herself");
  q = Statements("Algerian President Abdelaziz Bouteflika has informed the Constitutional Council of his resignation, "
                 "state media reported on Tuesday, amid weeks of mass protests.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "state media");
  EXPECT_EQ(q[0].text, "Algerian President Abdelaziz Bouteflika has informed the Constitutional Council of his "
                       "resignation");
  // (An account going on after it is still the speaker's; a time phrase
  // without a verb is the writer's.)
  q = Statements("Officers tried to persuade the man to surrender for nearly three hours, Sheriff Pollard said, "
                 "before he emerged from the house firing a shotgun.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "before he emerged from the house firing a shotgun");
  q = Statements("Algerian President Abdelaziz Bouteflika has resigned, state media reported on Tuesday, after weeks "
                 "of mass protests.");
  ASSERT_EQ(q.size(), 1u);
  // (A product recalled is no report.)
  EXPECT_TRUE(Statements("Health Canada is recalling several brands of infant formula.").empty());
}

// Wire and court forms: "said by phone that", "a man who prosecutors say
// ran ... was arrested", "A ministry spokesperson, He Yadong,", "Hamas's
// armed wing said", "According to the documents, X, 58, told ...".
TEST(QuotesDesksOfRound28, WireAndCourtForms) {
  auto q = Statements("Anas Salem said by phone that they had been wearing press vests.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anas Salem");
  EXPECT_TRUE(Statements("Trump responded by using the example of Chicago to prove that gun control is not the "
                         "solution.")
                  .empty());
  q = Statements("A New Jersey man who prosecutors say ran one of the largest fraud rings of the pandemic was "
                 "arrested Wednesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "prosecutors");
  EXPECT_EQ(q[0].text, "ran one of the largest fraud rings of the pandemic");
  q = Statements("A ministry spokesperson, He Yadong, said the controls were in line with international practice.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "He Yadong");
  EXPECT_EQ(q[0].role, "A ministry spokesperson");
  q = Statements("Hamas's armed wing said it fired the rocket at Ashkelon.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hamas's armed wing");
  q = Statements("According to the charging documents, Peter Lindqvist, 58, told clients he was buying municipal "
                 "bonds.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].speaker, "the charging documents");
  EXPECT_EQ(q[0].text, "Peter Lindqvist, 58, told clients he was buying municipal bonds");
  // (A person recalling a visit still reports it; a body recalling a
  // product does not.)
  q = Statements("Clinton recalled her opposition to the plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(Statements("The company is recalling 40,000 units.").empty());
}

// A quote running over paragraphs after a sentence that names its speaker
// without a cue ("Chief Elaine Strickland laid out the timeline.") is that
// speaker's in every paragraph; "laid out the timeline:" introduces it too.
// (The lead-in's own object is a statement, as PolNeAR annotates "laid out
// his vision"; not before a colon.)
TEST(QuotesDesksOfRound28, AQuoteRunningOnAfterItsLeadIn) {
  auto q = Statements("Chief Elaine Strickland laid out the timeline.\n\n\"Officers were dispatched at 9:40 p.m. They "
                      "found the victim in the parking lot.\n\n\"We located him two hours later.\"");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "the timeline");
  EXPECT_EQ(q[1].speaker, "Elaine Strickland");
  EXPECT_EQ(q[2].speaker, "Elaine Strickland");
  q = Statements("Chief Elaine Strickland laid out the timeline: \"Officers were dispatched at 9:40 p.m. They found "
                 "the victim in the parking lot.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Elaine Strickland");
}

// A participle after a report whose clause has its own subject ("said on
// Sunday it had dismissed two officers, saying") is the cue's speaker's;
// ""...," was how X described it" names X.
TEST(QuotesDesksOfRound28, ParticiplesAfterAReportAndWasHow) {
  auto q = Statements("JERUSALEM (Reuters) - The Israeli military said on Sunday it had dismissed two officers, "
                      "saying the deaths resulted from \"an operational misunderstanding.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The Israeli military");
  q = Statements("\"Inexplicable,\" was how the council's chief executive, Una Devereux, described the decision.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Una Devereux");
  EXPECT_EQ(q[0].role, "the council's chief executive");
  EXPECT_EQ(q[0].cue, "described");
}

// A relative clause holding a report of its own before the main cue
// ("The president, who once called himself a tariff man, has argued that")
// leaves the main report to the antecedent; a judge reading aloud an email
// "in which X wrote" passes on X's words.
TEST(QuotesDesksOfRound28, ReportsInsideRelativeClausesAndReadings) {
  auto q = Statements("The president, who once called himself a tariff man, has argued that the duties will raise "
                      "billions.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The president");
  EXPECT_EQ(q[1].text, "that the duties will raise billions");
  q = Statements("Judge Nathaniel Osei read aloud an email in which Dunbar wrote that the auditors were \"idiots who "
                 "will sign anything.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dunbar");
  q = Statements("\"Not guilty on all counts,\" Judge Eleanor Vance read aloud to a silent courtroom.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Eleanor Vance");
}

// "In most cases, doctors say, the symptoms fade": a plural and its present
// verb make the second piece a clause; "So far, according to HHS, the
// provision has lowered ..." and "Last year, according to HHS, ..." give
// both pieces; a person's appositive naming a firm after its preposition
// keeps the person a person ("Jan Novak, a lawyer for the firm,").
TEST(QuotesDesksOfRound28, PiecesAroundAsidesAndAppositives) {
  auto q = Statements("In most cases, doctors say, the symptoms fade within a week.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the symptoms fade within a week");
  q = Statements("So far, according to HHS, the provision has lowered coinsurance.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the provision has lowered coinsurance");
  q = Statements("Last year, according to HHS, the provision lowered coinsurance for dozens of drugs.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].role, "<null>");
  EXPECT_EQ(q[1].text, "the provision lowered coinsurance for dozens of drugs");
  q = Statements("\"We will appeal,\" said Jan Novak, a lawyer for the firm. He added that the ruling was unfair.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].role, "a lawyer for the firm");
  EXPECT_EQ(q[1].speaker, "Jan Novak");
}

// "the Supreme Court", "the General Court": a body whose name opens with a
// title's word is an organisation, which "the court" then names.
TEST(QuotesDesksOfRound28, CourtsWhoseNamesOpenWithATitle) {
  auto q = Statements("The General Court dismissed the action. \"The evidence was insufficient,\" the court said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "General Court");
  q = Statements("Supreme Leader Ali Khamenei said the talks were over.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ali Khamenei");
  EXPECT_EQ(q[0].role, "Supreme Leader");
}

// High-school sports: a place that is also a given name after a people noun
// ("point guard Jordan Ellis", "sophomore Brooklyn Hayes") opens a person's
// name; "said a beaming Coach Ray Summers" leaves the writer's adjective out.
TEST(QuotesDesksOfRound28, PlayersNamedLikePlacesAndBeamingCoaches) {
  auto q = Statements("\"We knew they were going to press,\" said point guard Jordan Ellis.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jordan Ellis");
  EXPECT_EQ(q[0].role, "point guard");
  q = Statements("\"We were ready,\" said sophomore Brooklyn Hayes.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Brooklyn Hayes");
  q = Statements("\"Nobody gave us a chance,\" said a beaming Coach Ray Summers.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ray Summers");
  EXPECT_EQ(q[0].role, "Coach");
  // (The place itself stays a place.)
  q = Statements("Officials in Dallas said the storm had passed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Officials in Dallas");
  // (A closing appositive of the source stays its role.)
  q = Statements("Voters aren't buying it, according to Stephanie Grant, a Republican pollster based in Richmond.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "a Republican pollster based in Richmond");
}

// An organisation named at the end of its description is the speaker, the
// description its role, with an auxiliary before the cue too.
TEST(QuotesDesksOfRound28, AnOrganisationAfterItsDescription) {
  auto q = Statements("The Brazilian mining company Vale has said it will close ten of its dams.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vale");
  EXPECT_EQ(q[0].role, "The Brazilian mining company");
  q = Statements("Anglo-Dutch consumer goods giant Veldhuis Group said it would spin off its ice cream business.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Veldhuis Group");
  // (And the subject of a second verb joined by "and".)
  q = Statements("Shipping giant Orient Pacific Lines reported a slump in profit and warned that freight rates would "
                 "remain under pressure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Orient Pacific Lines");
  EXPECT_EQ(q[0].role, "Shipping giant");
}

// A closing attribution of a description and the name set off after it
// ("..., its producer, Ann Lee, said."); "said a jubilant Eva Grebel".
TEST(QuotesDesksOfRound28, ClosingDescriptionThenName) {
  auto q = Statements("Sri Lanka expects arrivals to rise to two million this year, the head of the tourism authority, "
                      "Chalaka Gajabahu, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Chalaka Gajabahu");
  EXPECT_EQ(q[0].role, "the head of the tourism authority");
  EXPECT_EQ(q[0].text, "Sri Lanka expects arrivals to rise to two million this year");
  q = Statements("The play, which opened in May, will close in June, its producer, Ann Lee, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
  q = Statements("\"It is odd,\" said the lead author of the new paper, Reynier Peletier of the University of "
                 "Groningen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Reynier Peletier");
  q = Statements("\"It is remarkable,\" said a jubilant Eva Grebel, director of the institute.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Eva Grebel");
  EXPECT_EQ(q[0].role, "director of the institute");
}

// Nouns that look like cues: "have produced eleven shows", "The play's most
// quoted line, "..."", and carriers named "Air Lines".
TEST(QuotesDesksOfRound28, NounsThatLookLikeCues) {
  EXPECT_TRUE(Statements("Ann Lee and her partner, Bob Kim, have produced eleven shows.").empty());
  EXPECT_TRUE(Statements("The play's most quoted line, \"I am not a tourist in my own grief,\" now appears on tote "
                         "bags.")
                  .empty());
  auto q = Statements("A new poll shows voters are divided.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("Delta Air Lines said it had cancelled 400 flights. \"It is unacceptable,\" the airline said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Delta Air Lines");
}

}  // namespace
}  // namespace newsgraph
