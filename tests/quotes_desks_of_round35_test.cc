// Forms met on the desks round 35 read: the White House, state houses, the
// Pentagon, trade, Wall Street, American football, Brussels and the war in
// Ukraine; and forms PolNeAR's train split showed in numbers.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// ", while 23 percent favored Cruz": a contrast with no cue of its own
// finishes what was found or said; one with its own cue, or the writer's
// participle, ends it.
TEST(QuotesDesksOfRound35, ContrastInsideTheReport) {
  auto q = Statements("A poll released Saturday found that 28 percent backed Mr. Trump, while 23 percent were undecided.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that 28 percent backed Mr. Trump, while 23 percent were undecided");
  q = Statements("Pressley said the plan was dead, while Okafor said it could be saved.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the plan was dead");
  EXPECT_EQ(q[1].speaker, "Okafor");
  q = Statements("Clinton has said she wants a pause, while raising questions about the deal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she wants a pause");
}

// "Sanders is touting his wins": the progressive of a stance verb is the
// subject's act, not a passive; the object ends at the occasion ("at a
// victory rally", "in his opening statement").
TEST(QuotesDesksOfRound35, ProgressiveStances) {
  auto q = Statements("Sanders is touting his recent wins in his opening statement.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sanders");
  EXPECT_EQ(q[0].cue, "touting");
  EXPECT_EQ(q[0].text, "his recent wins");
  q = Statements("Bernie Sanders is thanking supporters at a victory rally in Vermont.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "supporters");
  q = Statements("The senator was criticized for the vote.");
  EXPECT_TRUE(q.empty());
}

// The war desk: ", killing several officers" is what the strike did and
// part of what was said; ", remarks that drew rebukes", ", a decision that
// had been rumored" and ", without giving a reason" are the writer's.
TEST(QuotesDesksOfRound35, TollsAndTheWritersGloss) {
  auto q = Statements("Ukraine's military said it had struck a command post, killing several officers.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it had struck a command post, killing several officers");
  q = Statements("Macron said he did not rule out sending troops, remarks that drew swift rebukes from Berlin.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he did not rule out sending troops");
  q = Statements("Zelensky said that he would dismiss the general, a decision that had been rumored for days.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that he would dismiss the general");
  q = Statements("Zelensky announced the dismissal of the commander, without giving a reason.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the dismissal of the commander");
  // (The analysts' verb, with its "that" only.)
  q = Statements("The ISW assessed that the offensive had stalled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "assessed");
  EXPECT_TRUE(Statements("Inspectors assessed the damage on Monday.").empty());
}

// "apologized for", "shrugged off", "boasted of": stances on their object.
TEST(QuotesDesksOfRound35, MorePhrasalStances) {
  auto q = Statements("Ted Cruz apologized for his campaign's suggestion.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "apologized for");
  EXPECT_EQ(q[0].text, "his campaign's suggestion");
  q = Statements("Andy Reid shrugged off the losing streak.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the losing streak");
  q = Statements("The candidate boasted of his negotiating skills.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "his negotiating skills");
}

// "Fed Chair Jerome Powell warned of a slowdown": a body's office before
// the name opens the phrasal stance's subject; "Reuters first reported":
// the adverb is no part of the name.
TEST(QuotesDesksOfRound35, OfficesAndAdverbsBeforeTheVerb) {
  auto q = Statements("Fed Chair Jerome Powell warned of a slowdown.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jerome Powell");
  EXPECT_EQ(q[0].role, "Fed Chair");
  EXPECT_EQ(q[0].text, "a slowdown");
  q = Statements("Reuters first reported that the two men met in March.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Reuters");
}

// The war desk's sources: a think tank named "X for the Y of Z" after "at
// the"; a soldier "identified only as Alexei" is named, not reported; a
// list's header ("Key developments:") is no one's lead-in.
TEST(QuotesDesksOfRound35, ThinkTanksNamesAndListHeaders) {
  auto q = Statements("Analysts at the Institute for the Study of War said Russia was losing ground.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Analysts at the Institute for the Study of War");
  q = Statements("A Russian soldier identified only as Alexei said the unit had no artillery.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].text, "the unit had no artillery");
  q = Statements("Key developments:\n\n1. Zelensky said Ukraine had received the first jets.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Zelensky");
}

// The state house: a second predicate of the same subject is a statement of
// its own, a pledge ("and vowed to release her calendars") and a phrasal
// stance ("and pointed to the surplus") too; "and declined to comment" says
// nothing.
TEST(QuotesDesksOfRound35, SecondPredicatesOfTheSubject) {
  auto q = Statements("Kowalski denied the report and vowed to release her calendars.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "vowed");
  EXPECT_EQ(q[1].speaker, "Kowalski");
  EXPECT_EQ(q[1].text, "to release her calendars");
  q = Statements("Marchand said the budget was sound and pointed to the surplus.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the budget was sound");
  EXPECT_EQ(q[1].cue, "pointed to");
  EXPECT_EQ(q[1].text, "the surplus");
  q = Statements("Marchand railed against the cuts and pointed to the surplus.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "the surplus");
  q = Statements("The spokesman said the firm regretted the error and declined to comment further.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the firm regretted the error");
}

// The state house: every lawmaker carries a party tag ("Rep. Wayne Colter,
// R-Conway,"), and a subordinate clause's subject keeps it ("after ...
// said", "which ... called"); its comma is no inverted attribution.
TEST(QuotesDesksOfRound35, PartyTagsInsideClauses) {
  auto q = Statements("The plan collapsed after state Rep. Wayne Colter, R-Conway, said the utility should be "
                      "placed under state control.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wayne Colter");
  EXPECT_EQ(q[0].role, "R-Conway");
  EXPECT_EQ(q[0].text, "the utility should be placed under state control");
  q = Statements("A ban on cellphones, which Sen. Ruth Calloway, R-Searcy, called \"common sense,\" passed easily.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ruth Calloway");
  q = Statements("The plan collapsed after state Rep. Wayne Colter, R-Conway, suggested the utility be sold.");
  for (const auto& s : q) EXPECT_NE(s.speaker, "the utility be sold");
}

// The White House: "pushed back on the report" is a stance on its object;
// "on a background call with reporters that" is where it was said; a
// briefing reports what it was on ("briefed reporters on the plan"), not
// the listeners; ", a decision human rights groups
// called" has the groups as its speaker; a player "ruled out" is no stance.
TEST(QuotesDesksOfRound35, BriefingRoomForms) {
  auto q = Statements("Andrew Bates, a White House spokesman, pushed back on the report Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "pushed back on");
  EXPECT_EQ(q[0].text, "the report");
  q = Statements("Officials said on a background call with reporters that the United States would expel 10 "
                 "diplomats.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the United States would expel 10 diplomats");
  q = Statements("A senior official briefed reporters on the plan Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan");
  EXPECT_TRUE(Statements("A senior official briefed reporters on condition of anonymity.").empty());
  q = Statements("The court upheld the law, a decision the governor called \"a victory.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the governor");
  EXPECT_TRUE(Statements("The Pelicans ruled out Zion Williamson (hamstring) for Friday's game.").empty());
  q = Statements("The Eagles ruled out cornerback Darius Slay for Sunday's game, the team announced Friday.");
  for (const auto& s : q) EXPECT_NE(s.cue, "ruled out");
}

// Wall Street: ", repeating that inflation was too high" reports its clause;
// "said Layla Ahmadi at Brookvale Partners" gives the firm as the role, as
// "of" does.
TEST(QuotesDesksOfRound35, MarketsDeskForms) {
  auto q = Statements("Powell said the Fed was patient, repeating that inflation was too high.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "repeating");
  EXPECT_EQ(q[1].text, "that inflation was too high");
  q = Statements("\"Buy,\" said Layla Ahmadi at Brookvale Partners.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Layla Ahmadi");
  EXPECT_EQ(q[0].role, "at Brookvale Partners");
  q = Statements("\"Buy,\" said Layla Ahmadi at Tuesday's hearing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
}

// American football: a position before the name is a title ("Safety Kyle
// Hamilton", "Bengals receiver Tee Higgins"); a quote nobody spoke takes the
// name in "That was Josh Allen." and the body in "The statement came from
// the Falcons."
TEST(QuotesDesksOfRound35, PositionsAndSpeakersNamedAfterTheQuote) {
  auto q = Statements("Safety Kyle Hamilton said he was hurt.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kyle Hamilton");
  EXPECT_EQ(q[0].role, "Safety");
  q = Statements("\"Congrats,\" said Bengals receiver Tee Higgins.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tee Higgins");
  q = Statements("\"Best team in the league.\"\n\nThat was Josh Allen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Josh Allen");
  q = Statements("\"We made a mistake.\"\n\nThe statement came from the Falcons.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Falcons");
  q = Statements("\"We are fine.\" That was the mood in the locker room.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
}

// Brussels: "quoted Orban as telling lawmakers that" is a quoting frame like
// "as saying"; hyphenated offices ("Commission Vice-President Margaritis
// Schinas") are titles before the name.
TEST(QuotesDesksOfRound35, BrusselsFramesAndOffices) {
  auto q = Statements("MTI quoted Orban as telling lawmakers that Hungary would not back the plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Orban");
  EXPECT_EQ(q[0].text, "that Hungary would not back the plan");
  q = Statements("Commission Vice-President Margaritis Schinas said the plan was ready.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Margaritis Schinas");
  EXPECT_EQ(q[0].role, "Commission Vice-President");
}

// Trade: a parenthetical attribution with where it was said ("The
// agreement, Lighthizer said on Fox Business Network, could be signed"), a
// day naming the shows ("said on Sunday talk shows that"), a possessive
// before a report noun ("the Treasury Department's currency report
// declined"), names listed to an object's end ("from China, Russia and
// North Korea").
TEST(QuotesDesksOfRound35, TradeDeskForms) {
  auto q = Statements("The agreement, Lighthizer said on Fox Business Network, could be signed next month.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The agreement");
  EXPECT_EQ(q[1].text, "could be signed next month");
  q = Statements("Officials said on Sunday talk shows that the tariffs would stay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the tariffs would stay");
  q = Statements("The Treasury Department's semiannual currency report declined to name China a manipulator.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "declined");
  q = Statements("Trump warned against potential hackers from China, Russia and North Korea.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "potential hackers from China, Russia and North Korea");
  q = Statements("However, the Smithsonian Institution said Thursday on Twitter, \"We never expressed interest.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
}

// Westminster's stances ("lashed out at", "hit out at", "took aim at",
// "rebuked", "outlined") and a refusal's "when", "who" ("ICE did not say
// when the man was detained").
TEST(QuotesDesksOfRound35, StancesAndRefusedQuestions) {
  auto q = Statements("Trump lashed out at Khan after he delivered his speech.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "lashed out at");
  EXPECT_EQ(q[0].text, "Khan");
  q = Statements("Biden took aim at comments by Donald Trump.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "took aim at");
  q = Statements("The Chancellor outlined his priorities for the budget.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "his priorities for the budget");
  EXPECT_TRUE(Statements("He hit out in anger.").empty());
  q = Statements("ICE did not say when the man was detained.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "ICE");
  EXPECT_EQ(q[0].text, "when the man was detained");
  q = Statements("Police did not say who fired the shots.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "who fired the shots");
}

// Several speakers named together speak together ("Both Poilievre and Singh
// said", "Pelosi, Schumer and Jeffries said"), not the last one with the
// others as a role; a count before a participle is part of the description
// ("Two retired generals").
TEST(QuotesDesksOfRound35, JointSpeakersAndCountedDescriptions) {
  auto q = Statements("Both Poilievre and Singh said the budget was reckless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Poilievre and Singh");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Pelosi, Schumer and Jeffries said in a joint statement that the veto was a betrayal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pelosi, Schumer and Jeffries");
  q = Statements("Two retired generals said the plan was reckless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Two retired generals");
}

// A stance's participle after a document its subject issued ("issued a
// statement condemning the decision", "signed an open letter calling for a
// ceasefire") reports the object for the issuer; a document the subject did
// not issue says nothing of its own ("unleashed a series of tweets
// criticizing").
TEST(QuotesDesksOfRound35, StancesOfIssuedDocuments) {
  auto q = Statements("The Bloc issued a statement condemning the decision.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Bloc");
  EXPECT_EQ(q[0].cue, "condemning");
  EXPECT_EQ(q[0].text, "the decision");
  q = Statements("The senators signed an open letter calling for a ceasefire.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a ceasefire");
  EXPECT_TRUE(Statements("Trump unleashed a series of tweets criticizing the former beauty queen.").empty());
}

// Science: ", a notion that has been debunked" is the writer's gloss; the
// name set off after a description keeps its affiliation with a place
// ("Ana Ruiz of Stanford University in California").
TEST(QuotesDesksOfRound35, ScienceDeskForms) {
  auto q = Statements("Wakefield said vaccines cause autism, a notion that has been debunked.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "vaccines cause autism");
  q = Statements("\"It is a breakthrough,\" said the lead author, Ana Ruiz of Stanford University in California.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ana Ruiz");
}

// Crypto: "said about $40 million had been stolen": an estimate of money
// opens the clause.
TEST(QuotesDesksOfRound35, EstimatesOfMoney) {
  auto q = Statements("The exchange said about $40 million had been stolen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "about $40 million had been stolen");
}

// The judges' read: the medium a phrasal verb was said on is no object
// ("lashed out on Twitter", "insisted on the call that ..."); another
// source's figure after ", while" is no part of the report.
TEST(QuotesDesksOfRound35, MediaAndOtherSourcesFigures) {
  EXPECT_TRUE(Statements("Trump lashed out on Twitter on Saturday.").empty());
  auto q = Statements("Musk insisted on the call that Tesla was \"not a car company.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "insisted");
  q = Statements("Police said 12 people died, while the Red Cross put the toll at 40.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "12 people died");
}

// East Africa: a "whom" aside between the subject and its cue ("Odinga,
// whom supporters call Baba, said") is skipped, and is no role.
TEST(QuotesDesksOfRound35, WhomAsides) {
  auto q = Statements("Odinga, whom supporters call Baba, said the vote was rigged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Odinga");
  EXPECT_EQ(q[0].role, "<null>");
  EXPECT_EQ(q[0].text, "the vote was rigged");
}

// AI policy: a phrasal stance after another act shares the clause's subject
// ("OpenAI declined to comment but pointed to a blog post on safety"); the
// refusal to comment says nothing.
TEST(QuotesDesksOfRound35, StanceAfterARefusalToComment) {
  auto q = Statements("Google declined to comment but pointed to a blog post on safety.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Google");
  EXPECT_EQ(q[0].cue, "pointed to");
  EXPECT_EQ(q[0].text, "a blog post on safety");
}

// The last regression read: a briefing "on the condition that he not be
// named" reports nothing; an object keeps its own time after a preposition
// ("a blog post from last year").
TEST(QuotesDesksOfRound35, BriefingConditionsAndObjectsTimes) {
  auto q = Statements("An Energy Department official briefed reporters on the condition that he not be named.");
  EXPECT_TRUE(q.empty());
  q = Statements("A Google spokesman declined to comment but pointed to a company blog post from last year "
                 "describing its data practices.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a company blog post from last year describing its data practices");
}

// Transcripts: a report inside a labelled turn is the turn's words, as one
// inside quotation marks is ("SANDERS: He has condemned it many times."),
// unless the turn's "we" reports ("PESKOV: We have said many times that
// ...", how often skipped before the clause).
TEST(QuotesDesksOfRound35, ReportsInsideTranscriptTurns) {
  auto q = Statements("SANDERS: He has condemned it many times.\n\nACOSTA: But has he?");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[1].kind, "direct");
  q = Statements("The Kremlin has said many times that it is open to talks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that it is open to talks");
}

// Orders to listeners named with their own phrase ("told residents of the
// community to stay indoors", "told national committees to respect the
// ban"); a second noun phrase before the "to" stays a clause.
TEST(QuotesDesksOfRound35, OrdersToDescribedListeners) {
  auto q = Statements("The chief told residents of the community to stay indoors.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "residents of the community to stay indoors");
  q = Statements("Bach told national committees to respect the ban.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "national committees to respect the ban");
  q = Statements("Mr. Hale told reporters the decision to drop the inquiry had been taken.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the decision to drop the inquiry had been taken");
}

}  // namespace
}  // namespace newsgraph
