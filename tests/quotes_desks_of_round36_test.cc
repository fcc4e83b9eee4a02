// Forms met on the desks round 36 read: hockey, the car industry, French
// politics, Taiwan, Pakistan, the media business, policing and polling; and
// gaps earlier rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "who added" after an appositive that ends with a firm is the person's,
// whatever the firm's name looks like; a named person after "from" keeps
// the relative.
TEST(QuotesDesksOfRound36, RelativeAfterAnAppositiveWithAFirm) {
  auto q = Statements("\"It is fine,\" said Jane Roe, an analyst at Cox Automotive, who added that prices would fall.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Jane Roe");
  EXPECT_EQ(q[1].cue, "added");
  EXPECT_EQ(q[1].text, "that prices would fall");
  q = Statements("Cruz won an endorsement from a colleague, from Mike Lee, who declared, \"It is time to unite.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mike Lee");
}

// A number in words opens a group that speaks, not a name.
TEST(QuotesDesksOfRound36, NumbersInWordsOpenAGroup) {
  auto q = Statements("Eleven states said they would sue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Eleven states");
  q = Statements("Twelve progressive groups are asking Hillary Clinton to repudiate the general.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Twelve progressive groups");
  EXPECT_EQ(q[0].text, "Hillary Clinton to repudiate the general");
}

// A stance in the progressive inside a clause that another speaker reports
// after the comma of a partial quote is part of that speaker's statement.
TEST(QuotesDesksOfRound36, ProgressiveStanceInsideAReport) {
  auto q = Statements("Germany was asking for \"clarity,\" Lindner argued.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lindner");
  EXPECT_EQ(q[0].cue, "argued");
  q = Statements("Germany was calling for \"clarity\" on the budget.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Germany");
}

// Those who back a person are a group; the person is no speaker and the
// participle no role.
TEST(QuotesDesksOfRound36, SupportersOfAPerson) {
  auto q = Statements("Voters supporting Mr. Trump said the economy was bad.");
  ASSERT_EQ(q.size(), 2u);  // whom they back, and what they said
  EXPECT_EQ(q[0].cue, "supporting");
  EXPECT_EQ(q[0].text, "Mr. Trump");
  EXPECT_EQ(q[1].cue, "said");
  EXPECT_EQ(q[1].speaker, "Voters");
  EXPECT_NE(q[1].role, "Voters supporting");
}

// The polling desk: "Mr. Biden's remark that ..." and a claim whose clause
// opens with a bare noun are their owners' statements. ("project" stays no
// cue: "the Mekedatu project would be", "project director".)
TEST(QuotesDesksOfRound36, OwnedRemarks) {
  auto q = Statements("Mr. Joe Biden said little. Republicans seized on Mr. Biden's claim that inflation had peaked.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Joe Biden");
  EXPECT_EQ(q[0].cue, "claim");
  EXPECT_EQ(q[0].text, "that inflation had peaked");
  q = Statements("Contrary to his claim that people would learn nothing, there would be a wealth of information.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that people would learn nothing");
}

// A stance noun after a possessive ("his attacks on Mr. Clinton") gives its
// owner's stance, unless a report of the sentence already holds the words.
TEST(QuotesDesksOfRound36, StanceNouns) {
  auto q = Statements("Trump stepped up his attacks on Mr. Clinton on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Trump");
  EXPECT_EQ(q[0].cue, "attacks on");
  EXPECT_EQ(q[0].text, "Mr. Clinton");
  q = Statements("Murphy's opposition to the funding proposal angered Republicans.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the funding proposal");
  q = Statements("Critics said his criticism of the judge went too far.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Critics");
}

// ", saying" after the irregular past of an act ("upheld") reports for the
// clause's subject.
TEST(QuotesDesksOfRound36, IrregularPastBeforeSaying) {
  auto q = Statements("Lai upheld the decision, saying the colonel had endangered national security.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lai");
  EXPECT_EQ(q[0].cue, "saying");
}

// "an outside group backing Marco Rubio": a group's allegiance, right after
// its noun phrase, is its stance (as PolNeAR annotates it); "the backing of"
// is a noun, and a group in subject position ends its object at its verb.
TEST(QuotesDesksOfRound36, BackingParticiples) {
  auto q = Statements("Donors flocked to an outside group backing Marco Rubio.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "an outside group");
  EXPECT_EQ(q[0].cue, "backing");
  EXPECT_EQ(q[0].text, "Marco Rubio");
  q = Statements("Democrats supporting Mrs. Clinton have pointed to her record.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Democrats");
  EXPECT_EQ(q[0].text, "Mrs. Clinton");
  q = Statements("The bill has the backing of many Democrats.");
  EXPECT_TRUE(q.empty());
  q = Statements("Abedin has also played a supporting role in the controversy.");
  EXPECT_TRUE(q.empty());
}

// The polling desk's voters ("Rosa Alvarez, 33, a pharmacy technician,")
// and a description set off by dashes keep their roles for later quotes.
TEST(QuotesDesksOfRound36, RolesPastAnAgeAndBetweenDashes) {
  auto q = Statements("Rosa Alvarez, 33, a pharmacy technician in Kissimmee, laughed. \"Not even a little,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rosa Alvarez");
  EXPECT_EQ(q[0].role, "a pharmacy technician in Kissimmee");
  q = Statements("Frank Luntz \u2014 the Republican focus-group moderator \u2014 has studied voters. \"They broke hard,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the Republican focus-group moderator");
}

// A second act after a report shares its speaker: an order to listeners
// ("and urged voters to reject it"), "ruled out" and ", ruling out".
TEST(QuotesDesksOfRound36, SecondActsAfterAReport) {
  auto q = Statements("Trump said the plan was bad and urged voters to reject it.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Trump");
  EXPECT_EQ(q[1].text, "voters to reject it");
  q = Statements("Macron said he would stay and ruled out a snap election.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "ruled out");
  EXPECT_EQ(q[1].text, "a snap election");
  q = Statements("Macron said he would stay, ruling out a snap election.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "ruling out");
  q = Statements("Harris lashed out at critics and said they were wrong.");
  for (const auto& s : q) EXPECT_NE(s.text, "at critics and said they were wrong");
}

// Earnings copy: ", the company said, up from 5 million a year earlier" is
// the writer's comparison after a closing attribution.
TEST(QuotesDesksOfRound36, ComparisonAfterAClosingAttribution) {
  auto q = Statements("Netflix added 8.8 million subscribers, the company said, up from 5 million a year earlier.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].text, "Netflix added 8.8 million subscribers");
  q = Statements("Revenue rose 4 percent, the company said, far more than analysts had expected.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Revenue rose 4 percent");
}

// A title or phrase in marks closed by its comma before a closing
// attribution: the clause is the closing speaker's, whatever cue it holds.
TEST(QuotesDesksOfRound36, CommaInsideTheMarksBeforeAClosingAttribution) {
  auto q = Statements("Amazon is in talks to acquire the rights to \"The Quiet Harbor,\" sources said on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "sources");
  EXPECT_EQ(q[0].cue, "said");
  q = Statements("Amazon wants to make \"more shows,\" Smith said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith");
  EXPECT_EQ(q[0].clause, "Amazon wants to make \"more shows,\"");
  // (A whole quote before its speaker stays the quote's.)
  q = Statements("\"Israel was sold out,\" Trump said in August, referring to John Kerry.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[1].cue, "referring to");
}

// Requests and pleas: "asked that ...", "pleaded for ...", "begged the
// officers to stop"; and the newsroom's "grumbled", "confided".
TEST(QuotesDesksOfRound36, RequestsPleasAndGrumbles) {
  auto q = Statements("The family asked that the public respect their privacy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the public respect their privacy");
  q = Statements("The mother pleaded for the return of her son.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "pleaded for");
  EXPECT_EQ(q[0].text, "the return of her son");
  q = Statements("The mayor begged the officers to stop.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the officers to stop");
  q = Statements("\"They want A-list talent at B-list prices,\" one agent grumbled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one agent");
  EXPECT_EQ(q[0].cue, "grumbled");
  q = Statements("Several former anchors criticized the decision on social media.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the decision");
}

// "Le Pen denied that report": a demonstrative and its noun, no clause.
TEST(QuotesDesksOfRound36, DemonstrativeObject) {
  auto q = Statements("Le Pen denied that report.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that report");
  q = Statements("Le Pen denied that claim on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that claim");
  q = Statements("Le Pen denied that she had taken the money.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that she had taken the money");
}

// What the round's judged hunt over earlier batteries caught.
TEST(QuotesDesksOfRound36, RegressionsTheHuntCaught) {
  auto q = Statements("Ali Vaez, the Iran project director at the International Crisis Group, said the deal was fragile.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the Iran project director at the International Crisis Group");
  q = Statements("The mayor has for years demanded that climbers on the route carry a minimum kit list.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that climbers on the route carry a minimum kit list");
  q = Statements("Four Paws, an international animal-welfare group, said it had moved the animals.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "an international animal-welfare group");
  q = Statements("\"We cried,\" recalled Rep. Jan Doe \u2014 no relation to the senator \u2014 who watched the vote. "
                 "\"People had lost family members.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].role, "Rep.");
  q = Statements("Some days there is a part where we sing without any backing track.");
  EXPECT_TRUE(q.empty());
  q = Statements("AIMIM chief Asaduddin Owaisi's remarks that the Bill was \"unconstitutional\" drew sharp reactions.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Asaduddin Owaisi");
  EXPECT_EQ(q[0].clause, "that the Bill was \"unconstitutional\"");
  q = Statements("A tally found that 37 governors supported the plan, while five said they opposed it.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "five");
}

// "Trump is expected to deliver a speech": an expectation with no source,
// in two pieces around the cue, as PolNeAR annotates it; "is expected to
// say" is a report of its own, not one of these.
TEST(QuotesDesksOfRound36, ExpectationsWithoutASource) {
  auto q = Statements("Trump is expected to deliver a victory speech later tonight.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].text, "Trump");
  EXPECT_EQ(q[1].text, "to deliver a victory speech later tonight");
  EXPECT_EQ(q[1].cue, "is expected");
  q = Statements("He is expected to say more on Monday.");
  EXPECT_TRUE(q.empty());
  q = Statements("It is expected to rain.");
  EXPECT_TRUE(q.empty());
}

// A series of the subject's acts after commas, and ", then vowed that".
TEST(QuotesDesksOfRound36, SeriesOfActs) {
  auto q = Statements("Crawford said the team would add a defenceman, admitted the goaltending was poor.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Crawford");
  EXPECT_EQ(q[1].cue, "admitted");
  EXPECT_EQ(q[1].text, "the goaltending was poor");
  q = Statements("Sandstrom conceded the team got what it deserved, then vowed that it would respond.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the team got what it deserved");
  EXPECT_EQ(q[1].cue, "vowed");
  EXPECT_EQ(q[1].speaker, "Sandstrom");
  // (An inverted closing attribution is no act of the first speaker's.)
  q = Statements("Cecile Richards noted that abortion is central to the platform, reported the Washington Examiner.");
  for (const auto& s : q) EXPECT_NE(s.speaker == "Cecile Richards" && s.cue == "reported", true);
}

// "between protesters and police and said": no subject ends in "and"; the
// second act is the first subject's.
TEST(QuotesDesksOfRound36, NoSubjectEndsInAConjunction) {
  auto q = Statements("Authorities announced the arrest of a man after a clash between protesters and police and said "
                      "a curfew would continue.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Authorities");
  EXPECT_EQ(q[1].text, "a curfew would continue");
}

// A cue joined by "and" to a relative clause's first verb: the relative's
// antecedent speaks.
TEST(QuotesDesksOfRound36, CueJoinedInsideARelativeClause) {
  auto q = Statements("Smith, who has served for years and said the plan was bad, resigned.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith");
  EXPECT_EQ(q[0].text, "the plan was bad");
}

// "It said" after a one-word company the recogniser took for a person's
// name, when "its" in the sentence before said what it was.
TEST(QuotesDesksOfRound36, ItForACompanyNamedInOneWord) {
  auto q = Statements("Soundwave said it would cut 17 percent of its workforce. It said the move would save money.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Soundwave");
  q = Statements("Harrower said it was a bad game. It said little about the season.");
  for (const auto& s : q) EXPECT_FALSE(s.cue == "said" && s.text.find("little") == 0 && s.speaker == "Harrower");
}

// Taiwanese given names in Wade-Giles ("Wen-hsiung", "Tseng-chang") are
// names, not modifiers.
TEST(QuotesDesksOfRound36, WadeGilesGivenNames) {
  auto q = Statements("\"It is a blockade,\" said Su Wen-hsiung, a researcher at the institute.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Su Wen-hsiung");
  EXPECT_EQ(q[0].role, "a researcher at the institute");
  q = Statements("Su Tseng-chang, head of the council, said the government would set up a hotline.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Su Tseng-chang");
  q = Statements("The Beijing-sponsored group said it would sue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Beijing-sponsored group");
}

// A document signed by a count of people speaks as the document; one
// issued by a body speaks for the body.
TEST(QuotesDesksOfRound36, DocumentsAndTheirSignatories) {
  auto q = Statements("The letter, signed by 40 senators, says the program should end.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The letter");
  q = Statements("The statement, issued by the ministry, said the drills were a provocation.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the ministry");
}

// Esports: a player's handle in marks inside the name, in lower case or
// before a Korean given name, is a nickname, no statement.
TEST(QuotesDesksOfRound36, HandlesInsidePlayersNames) {
  auto q = Statements("Finn \"karrigan\" Andersen said the team was ready.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Finn Andersen");
  q = Statements("\"We won,\" said Lee \"Faker\" Sang-hyeok, the team's mid laner. Faker said he was tired.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Lee Sang-hyeok");
  EXPECT_EQ(q[1].speaker, "Lee Sang-hyeok");
}

// Stances with a plain object that PolNeAR's train split annotates:
// "promised a country of new opportunities", "asked for proof",
// "credited him for".
TEST(QuotesDesksOfRound36, PromisesRequestsAndCredit) {
  auto q = Statements("Clinton promised a country of new opportunities.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a country of new opportunities");
  q = Statements("The employer asked for proof of citizenship.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "asked for");
  EXPECT_EQ(q[0].text, "proof of citizenship");
  q = Statements("Sanders credited the volunteers for the win.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "credited");
}

// Orders to listeners: a one-word infinitive, and listeners with a place.
TEST(QuotesDesksOfRound36, OrdersToPlacedListeners) {
  auto q = Statements("Police told residents to leave.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "residents to leave");
  q = Statements("Officials told residents of Lake Charles to leave.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "residents of Lake Charles to leave");
  q = Statements("The mayor told members at the plant to report for work.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "members at the plant to report for work");
}

// The NHS desk's bodies named after a nation ("Public Health England").
TEST(QuotesDesksOfRound36, BodiesNamedAfterANation) {
  auto q = Statements("Public Health England said the risk was low.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Public Health England");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("The NHS Confederation said it was worried. It said trusts were struggling.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "NHS Confederation");
}

// ", even as officials warned that ...": another source's report after the
// contrast ends the first one; a described source set off by its name too.
TEST(QuotesDesksOfRound36, EvenAsAnotherSourceWarned) {
  auto q = Statements("The mayor said the city was ready, even as officials warned that the storm could strengthen.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the city was ready");
  EXPECT_EQ(q[1].speaker, "officials");
  q = Statements("Gov. John Kasich insisted that he could still win, even as his campaign manager, Beth Colley, "
                 "conceded that the path was narrow.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Beth Colley");
}

// The picket line's profile: a long appositive in a sentence with no cue
// still carries to the worker's later quote.
TEST(QuotesDesksOfRound36, LongProfilesCarry) {
  auto q = Statements("Laura Dominguez, 45, a quality inspector at GM's Arlington Assembly plant in Texas, voted "
                      "against the agreement. \"It is a good deal for some,\" Dominguez said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "a quality inspector at GM's Arlington Assembly plant in Texas");
}

// A time phrase after the object ("the next morning") is no part of it, and
// an article alone is no statement.
TEST(QuotesDesksOfRound36, TimeAfterTheObject) {
  auto q = Statements("Sheinbaum rejected the claim the next morning.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the claim");
  q = Statements("He praised the next morning session.");
  for (const auto& s : q) EXPECT_NE(s.text, "the");
}

// What the second judged hunt caught: a pledge's listener before its
// clause; a second source set off by its name after a possessive role; a
// participle's aside is no series; a stance inside what a closing
// attribution reports; an expectation with a source after all.
TEST(QuotesDesksOfRound36, SecondHuntRegressions) {
  auto q = Statements("Smith promised voters that taxes would not rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that taxes would not rise");
  q = Statements("Mark Mitchell promised that police numbers would increase.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("The players said the stage was too small, and the club's captain, Orrin Blackwood, argued the hall "
                 "was fine.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Orrin Blackwood");
  q = Statements("United Press International, quoting a Kiev resident, reported that 2,000 people may have died.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "United Press International");
  q = Statements("The union asked for a raise, an official said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "an official");
  q = Statements("The storm was expected to pass over the Keys, the weather service's Key West office said.");
  for (const auto& s : q) EXPECT_NE(s.cue, "was expected");
}

// "said one exhausted lineman": "one", the writer's participle and a people
// noun are one description.
TEST(QuotesDesksOfRound36, OneAndAParticipleBeforeAPeopleNoun) {
  auto q = Statements("\"I have not slept in two days,\" said one exhausted lineman.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one exhausted lineman");
}

// The religion desk's verbs: "preached that", "decreed that". ("who teaches
// history" stays a role and "prayed the Hail Mary" no statement: "taught"
// and "prayed" are no cues.)
TEST(QuotesDesksOfRound36, PulpitVerbs) {
  auto q = Statements("The bishop preached that mercy must come first.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "preached");
  q = Statements("The pope decreed that the feast would move.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("\"It is cheap,\" says Harriet Gold, who teaches media economics at Ridgeway College.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "who teaches media economics at Ridgeway College");
}

// The music desk's stances: a day or an outlet between the verb and its
// particle ("apologized Friday for", "spoke to The Times about"), and
// "opened up about".
TEST(QuotesDesksOfRound36, StancesAcrossADayOrAnOutlet) {
  auto q = Statements("The singer apologized Friday for the remarks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the remarks");
  q = Statements("Park spoke to The New York Times about his illness.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "his illness");
  q = Statements("The band opened up about the breakup.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the breakup");
  q = Statements("The store opened up the back room.");
  EXPECT_TRUE(q.empty());
}

// The labor desk: "told reporters outside X, the union's headquarters,
// that ...", and ", citing ..." after a long subject's verb.
TEST(QuotesDesksOfRound36, ListenersPlacesAndLongSubjects) {
  auto q = Statements("Shawn Fain told reporters outside Solidarity House, the union's Detroit headquarters, that the "
                      "strike would expand.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the strike would expand");
  q = Statements("Three of the union's 13 Ford locals voted the deal down, citing concerns about retiree benefits.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "citing");
  EXPECT_EQ(q[0].speaker, "Three of the union's 13 Ford locals");
}

// "That was how X summed up the survey", "... put it": the speaker named in
// the sentence after the quote.
TEST(QuotesDesksOfRound36, ThatWasHowXSummedItUp) {
  auto q = Statements("\"We have never seen numbers like this.\" That was how Rochelle Fant, a Democratic pollster, "
                      "summed up the survey.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rochelle Fant");
  q = Statements("\"It is over.\" That was how the coach put it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the coach");
}

// What the rest of the first hunt caught: "best supporting actress" is no
// allegiance; a stance noun's object ends before a relative clause; a vigil
// is an occasion; "Polling institute Ifop" is a title and a name; a voter's
// age before the sentence's own verb gives no role; "the two sides were" is
// a plural and its verb.
TEST(QuotesDesksOfRound36, FirstHuntRegressions) {
  auto q = Statements("\"I want to thank my mom,\" Delphine Achebe said as she accepted the Oscar for best supporting "
                      "actress.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("Lula's attacks on the central bank governor, Roberto Campos Neto, whom he has called \"that guy,\" "
                 "have rattled markets.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the central bank governor, Roberto Campos Neto");
  q = Statements("The girl's father, Michael Torres, pleaded for the public's help at a vigil Friday night.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the public's help");
  q = Statements("Polling institute Ifop estimated that the abstention rate would reach 33 percent.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ifop");
  q = Statements("Yesenia Lopez, 29, holds her daughter at a shelter in Tapachula. \"We will try again,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Lai's remarks that the two sides were \"not subordinate to each other\" drew a rebuke from Beijing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].clause, "that the two sides were \"not subordinate to each other\"");
}

}  // namespace
}  // namespace newsgraph
