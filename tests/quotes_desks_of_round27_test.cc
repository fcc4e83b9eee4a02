// Forms met on the desks round 27 read: aviation, individual sports, rights
// reports, polls, shipping, digital formats, and the last unread real pages
// of the extraction benchmark.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "not as good as the organisers hoped it would be": a comparison with what
// someone expected echoes the writer's own clause and reports nothing; a
// plain "said it would" still does.
TEST(QuotesDesksOfRound27, AComparisonWithAnExpectationIsNoReport) {
  EXPECT_TRUE(Statements("The event was neither as bad as the sceptics thought it would be, nor as good as the "
                         "organisers hoped it would be.")
                  .empty());
  EXPECT_TRUE(Statements("Sales were better than analysts thought they would be.").empty());
  auto q = Statements("The minister said it would.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The minister");
  EXPECT_EQ(q[0].text, "it would");
}

// "ATTENTION: comments that ... will not be approved": a page's notice in
// capitals before a colon is no speaker's label.
TEST(QuotesDesksOfRound27, ANoticeInCapitalsIsNoSpeaker) {
  EXPECT_TRUE(Statements("WARNING: Comments that are offensive will not be approved by the moderator.").empty());
  EXPECT_TRUE(Statements("ATEN\xC3\x87\xC3\x83O: Coment\xC3\xA1rios ofensivos n\xC3\xA3o ser\xC3\xA3o aprovados pelo "
                         "moderador.")
                  .empty());
  auto q = Statements("PENCE: Well, look, we are going to win this election.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "PENCE");
}

// "Prices rose in March and the ministry said": without a comma too, the
// clause before "and" with a past verb of its own is no part of the
// speaker; a list of speakers, a relative's antecedent and a participle's
// agents stay whole.
TEST(QuotesDesksOfRound27, AClauseBeforeAndIsNoPartOfTheSpeaker) {
  auto q = Statements("Prices rose sharply in March and the ministry said inflation would peak in the summer.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the ministry");
  EXPECT_EQ(q[0].text, "inflation would peak in the summer");
  q = Statements("Shares slumped on Monday and analysts said the outlook was grim.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "analysts");
  q = Statements("A national poll released Sunday by The Washington Post and ABC News shows the senator ahead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A national poll");
  EXPECT_EQ(q[0].mention, "A national poll");
}

// "The plan, according to two officials, would cut ...": a source set off
// inside the sentence after a short subject splits the statement in two
// pieces, as "the minister said" there does; after an opening time the
// clause is the second piece, and a named source's appositive at the end is
// its role.
TEST(QuotesDesksOfRound27, AccordingToInsideTheSentence) {
  auto q = Statements("The plan, according to two officials, would cut waiting times.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The plan");
  EXPECT_EQ(q[1].text, "would cut waiting times");
  EXPECT_EQ(q[1].speaker, "two officials");
  EXPECT_EQ(q[1].cue, "according to");
  q = Statements("Yesterday, according to police, a man was arrested.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "a man was arrested");
  EXPECT_EQ(q[1].speaker, "police");
  q = Statements("The fire was set deliberately, according to John Reed, a spokesman for the fire service.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The fire was set deliberately");
  EXPECT_EQ(q[0].speaker, "John Reed");
  EXPECT_EQ(q[0].role, "a spokesman for the fire service");
  // (A relative clause after the appositive is still no clause of the
  // statement.)
  q = Statements("The fire was set deliberately, according to John Reed, a spokesman who has served for years.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The fire was set deliberately");
}

// Sports desks: "said the world No. 12, Oliver Bellamy" (a rank, an age or
// a nationality before the name set off after it), "the Kiwi Tom Latu"
// (a nationality noun is no part of the name), "Afterwards the Kiwi" (an
// opening adverb is no part of the role), "Sydney Marsh" (a given name that
// is also a city).
TEST(QuotesDesksOfRound27, SportsDescriptionsBeforeNames) {
  auto q = Statements("\"I choked,\" said the world No. 12, Oliver Bellamy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Oliver Bellamy");
  EXPECT_EQ(q[0].role, "the world No. 12");
  q = Statements("\"I choked,\" said the 24-year-old, Jane Bellamy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jane Bellamy");
  q = Statements("Afterwards the Kiwi Tom Latu said he was exhausted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Latu");
  EXPECT_EQ(q[0].role, "the Kiwi");
  // ("Scot" is a given name too.)
  q = Statements("The report's author, Scot Wortley, a criminologist at the University of Toronto, said the data "
                 "were flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Scot Wortley");
  q = Statements("The record holder, Sydney Marsh, said she had been injured.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sydney Marsh");
  EXPECT_EQ(q[0].role, "The record holder");
}

// Shipping and transport desks: "..., the railroad said", "shipbrokers
// said" (bodies and trades that speak), and a short clause before a role
// and a name ("Profits rose, analyst Jim Vexor said", "Rates rose,
// consultancy Drewry said").
TEST(QuotesDesksOfRound27, TradesAndShortClausesBeforeARoleAndName) {
  auto q = Statements("\"We are grateful,\" the railroad said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the railroad");
  q = Statements("Freight rates jumped to their highest since November, shipbrokers said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "shipbrokers");
  q = Statements("Profits rose sharply, analyst Jim Vexor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Profits rose sharply");
  EXPECT_EQ(q[0].speaker, "Jim Vexor");
  EXPECT_EQ(q[0].role, "analyst");
  q = Statements("Rates rose, consultancy Drewry said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Drewry");
  EXPECT_EQ(q[0].role, "consultancy");
}

// Newsletter formats: a label before the colon ("Driving the news:", "**The
// latest:**"), a list's bullet, a reaction line with a party label before
// its colon, and a closing "per" with unnamed sources.
TEST(QuotesDesksOfRound27, NewsletterLabelsBulletsAndReactions) {
  auto q = Statements("Driving the news: Senate Majority Leader Dana Whitcomb said the chamber will vote.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Whitcomb");
  EXPECT_EQ(q[0].role, "Senate Majority Leader");
  EXPECT_EQ(q[0].text, "the chamber will vote");
  q = Statements("**The latest:** Boeing said Monday it would pause deliveries.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Boeing");
  q = Statements("- The U.S. Chamber of Commerce called the agreement \"a step in the right direction.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "U.S. Chamber of Commerce");
  q = Statements("\xE2\x80\xA2 Boeing said it would pause deliveries.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Boeing");
  q = Statements("- Sen. Marcus Ebbing (R-Kan.): \"This deal is a giveaway.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Marcus Ebbing");
  EXPECT_EQ(q[0].role, "(R-Kan.)");
  q = Statements("The White House is weighing a new order on AI chips, per two sources familiar with the discussions.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "two sources familiar with the discussions");
  EXPECT_EQ(q[0].cue, "per");
  // (A page's label names nobody.)
  q = Statements("Flashback: \"Read my lips: no new taxes\" became a famous broken promise.");
  for (const auto& s : q) EXPECT_NE(s.speaker, "Flashback");
}

// Rights and wire desks: "the group" after a rights group or a company,
// "the agency" after a news agency, and a body's proper name set off after
// its common noun ("Ghana's cocoa regulator, Cocobod, said").
TEST(QuotesDesksOfRound27, BodiesNamedByTheirKind) {
  auto q = Statements("Human Rights Watch said the strike killed 12 civilians. \"There was no military target near the "
                      "market,\" the group said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Human Rights Watch");
  EXPECT_EQ(q[1].mention, "the group");
  q = Statements("Fewer firms are hiring, Kyodo News reported. The agency said 57 percent of firms had frozen hiring.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Kyodo News");
  q = Statements("Ghana's cocoa regulator, Cocobod, said output would fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Cocobod");
  EXPECT_EQ(q[0].role, "Ghana's cocoa regulator");
  q = Statements("The union representing the workers, the United Auto Workers, said it would strike.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "United Auto Workers");
  EXPECT_EQ(q[0].role, "The union representing the workers");
  // (A person for the body still speaks.)
  q = Statements("A lawyer for the developer, Brightline Partners, said the permit was valid.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A lawyer for the developer");
}

// "shrugged Tom Pike", "she laughed", "Marsh shrugged: "..."": a gesture
// attributes a quote beside it, reports no clause of its own, and is no
// attribution in the next sentence after a quote's full stop.
TEST(QuotesDesksOfRound27, MannersOfSpeakingAfterAQuote) {
  auto q = Statements("\"That's golf,\" shrugged Tom Pike.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Pike");
  EXPECT_EQ(q[0].cue, "shrugged");
  EXPECT_TRUE(Statements("He laughed at the idea that the plan would work.").empty());
  // (With its particle the gesture takes a stance on its object, as PolNeAR
  // annotates "shrugged off Trump's comments"; round 35.)
  q = Statements("He shrugged off the criticism.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "shrugged off");
  EXPECT_EQ(q[0].text, "the criticism");
  // (Nor one in the next sentence: "... simple." The cabinet members
  // gathered around Mr. Trump laughed.)
  q = Statements("\"It's very simple,\" Mr. Trump said. \"Buy tractors.\" The cabinet members gathered around Mr. "
                 "Trump laughed.");
  for (const auto& s : q) EXPECT_NE(s.role, "The cabinet members gathered around");
  EXPECT_TRUE(Statements("Simmons teased The Doobie Brothers tour during the set.").empty());
  q = Statements("When host Stephen Colbert asked whether he would marry again, Marsh shrugged: \"Never say never.\"");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "Marsh");
  EXPECT_EQ(q.back().cue, "shrugged");
  q = Statements("\"They tell me I am too old to be a missionary,\" Sister Agnes Mbeki laughed. She is 87.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Agnes Mbeki");
}

// A "he" after a sentence about a crowd or a body is not that body; an
// adjective "anonymous" is no anonymity aside; "the U.N. special
// rapporteur on torture, X" is X's role; "The Port of Valmora" is a body.
TEST(QuotesDesksOfRound27, BodiesAreNoHeAndOtherReadings) {
  auto q = Statements("The crowd gave Marchand a standing ovation. \"I wasn't expecting that,\" he said later.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "The crowd");
  q = Statements("When asked if he would run again, the senator smiled. \"Ask me next year,\" he said.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "the senator");
  q = Statements("Ana Popescu said staff had received anonymous threats.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "staff had received anonymous threats");
  q = Statements("\"Silence is not an answer,\" the U.N. special rapporteur on torture, Alice Edwards, told reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Alice Edwards");
  EXPECT_EQ(q[0].role, "the U.N. special rapporteur on torture");
  q = Statements("The Port of Valmora said the terminal was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Port of Valmora");
  q = Statements("Officials in Port Moresby said the road was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Officials in Port Moresby");
}

// Market wires: "S&P Global said" (a name ending in a corporate word), ",
// the EIA said, compared with expectations" (the writer's comparison after
// a bracketed acronym).
TEST(QuotesDesksOfRound27, MarketWiresAndQuotedTails) {
  auto q = Statements("Factory output rose in March, S&P Global said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "S&P Global");
  q = Statements("Crude stocks rose by 2 million barrels, the Energy Information Administration (EIA) said, compared "
                 "with expectations for a 1.5 million-barrel draw.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Crude stocks rose by 2 million barrels");
  // (A split quote's second piece after an inverted speaker and a role
  // with a relative clause stays whole.)
  q = Statements("\"The risk,\" said Edward Leamer, an economist who is the director of the forecast, \"is that we "
                 "lose jobs.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  // (A gesture after the writer's clause reports nothing.)
  EXPECT_TRUE(Statements("When the question was put to Martin Kaplan, director of the center, he laughed.").empty());
}

// Polls desk: "According to X, chief pollster at Y, CLAUSE" (an office in
// lower case is the role, not the statement) and "One respondent ... was
// blunter: "..."" (a described speaker before a judgement of manner).
TEST(QuotesDesksOfRound27, PollstersAndRespondents) {
  auto q = Statements("According to Sheila Varghese, chief pollster at the Centre for the Study of Developing "
                      "Societies, the party's vote share rose by four points.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the party's vote share rose by four points");
  EXPECT_EQ(q[0].speaker, "Sheila Varghese");
  EXPECT_EQ(q[0].role, "chief pollster at the Centre for the Study of Developing Societies");
  q = Statements("According to Jane Smith, chief executives are worried about prices.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "chief executives are worried about prices");
  q = Statements("One respondent in the construction industry was blunter: \"Clients have put everything on hold.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "One respondent in the construction industry");
}

// What the regression judges of round 27 found the first versions broke:
// speakers joined by "and" after a clause's own comma, a time's colon read
// as a label's, "The dissident group" after a company, a subject with a cue
// of its own after "according to", and "called on him" (a visit).
TEST(QuotesDesksOfRound27, JudgedRegressions) {
  auto q = Statements("A bomb ripped through a vegetable market in Quetta on Friday, killing at least 20 people, "
                      "police and hospital officials said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "police and hospital officials");
  q = Statements("Boeing agreed to pay $200 million, the Securities and Exchange Commission said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Securities and Exchange Commission");
  q = Statements("The accident occurred at 7:42 A.M., according to the agency.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The accident occurred at 7:42 A.M.");
  q = Statements("Lockhart Industries won the vote. Lockhart said it won. The dissident group said it would challenge "
                 "the tally.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "The dissident group");
  q = Statements("The mechanic, according to court documents, had told a co-worker that he \"didn't want anyone to "
                 "get hurt.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The mechanic");
  EXPECT_EQ(q[0].cue, "told");
  for (const auto& s : Statements("The chief was at home when a delegation of surveyors called on him, said his son.")) {
    EXPECT_NE(s.text, "him");
  }
  EXPECT_TRUE(Statements("Asked about Salcedo's claim that he was \"scared,\" Okafor laughed.").empty());
}

// Science and screen desks: ", far higher than experts had predicted" (a
// comparison, not the experts' report, which left the whole statement
// out), "speculate"/"hypothesize that", "It found" after a study, "the
// tribe said", and titles of works in quotation marks that name no one's
// words ("The network said "Pine Ridge" was delayed", ""Succession" alum X
// said").
TEST(QuotesDesksOfRound27, ScienceAndScreen) {
  auto q = Statements("Dr. Ann Lee said the rate was 12 percent, far higher than experts had predicted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
  q = Statements("The researchers speculate that the songs change because of traffic noise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "speculate");
  q = Statements("The study tracked 500,000 people. It found that sleep matters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The study");
  EXPECT_EQ(q[0].mention, "It");
  q = Statements("The decision was \"plainly unlawful,\" the tribe said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the tribe");
  q = Statements("The network said \"Pine Ridge\" was delayed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "The network");
  q = Statements("\"Succession\" alum Brendan Caulfield said he was nervous about joining a sitcom.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Brendan Caulfield");
  EXPECT_EQ(q[0].role, "\"Succession\" alum");
  q = Statements("\"Pine Ridge\" star Ana Lee said she was tired.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "\"Pine Ridge\" star");
}

// Screen and courts desks: verbs of recaps after a quote ("mutters",
// "bellows"), "teased that", "Executive Producer X" (a title, not a name),
// "the talent show" (a show, no verb), "refused to be drawn on" (an idiom
// that says nothing), and "The filing states that" (a noun in -ing, then
// its verb).
TEST(QuotesDesksOfRound27, RecapsAndFilings) {
  auto q = Statements("\"Three victims,\" Farrow mutters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Farrow");
  q = Statements("The showrunner teased that the finale would shock fans.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "teased");
  q = Statements("Executive Producer Marnie Oyelaran said the show would return.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marnie Oyelaran");
  EXPECT_EQ(q[0].role, "Executive Producer");
  q = Statements("Bo Lindgren, the producer of the talent show, said producers do not script it.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Bo Lindgren");
  EXPECT_EQ(q[0].text, "producers do not script it");
  EXPECT_TRUE(Statements("Chelsea manager Fabian Kessler refused to be drawn on speculation linking the club with "
                         "Victor Osende.")
                  .empty());
  q = Statements("The filing states that the company misrepresented the mileage.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The filing");
  EXPECT_EQ(q[0].cue, "states");
  q = Statements("Polls show the race is tied.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "show");
}

// The second judging of round 27: a lower-case quote closing a reported
// clause after its comma is a partial quote and the report stays whole;
// "X understands" attributes only as a closing attribution and relays a
// telling inside; relative clauses of a business or a stake are no role;
// "the agency" passes over a company between; "the Washington-based group".
TEST(QuotesDesksOfRound27, SecondJudging) {
  auto q = Statements("Jane Doe said the plan was good, \"but far too expensive.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[1].kind, "partial");
  EXPECT_EQ(q[1].speaker, "Jane Doe");
  q = Statements("West Ham have rejected a bid for Callum Reid, the BBC understands.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "understands");
  EXPECT_TRUE(Statements("Stuff understands the Government will announce changes next week.").empty());
  q = Statements("The Times understands that the Prime Minister has told close colleagues he is \"minded\" to call a "
                 "snap election.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Prime Minister");
  q = Statements("Pinnacle, which operates 46 hospitals, said the sale is part of a plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("The Environmental Protection Agency fined Delmar Chemical $2.3 million for spills, the agency "
                 "announced Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Environmental Protection Agency");
  q = Statements("Freedom House said rights declined. \"Leaders are learning from one another,\" the "
                 "Washington-based group said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Freedom House");
  EXPECT_TRUE(Statements("The police have launched what they are calling \"Operation Restore Calm\" in the parish.")
                  .empty());
  q = Statements("The agent of Feyenoord striker Jurgen van Doorn has confirmed that several clubs have enquired "
                 "about his client.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The agent of Feyenoord striker Jurgen van Doorn");
  // (Not over a clause: "The son of X, Y was stabbed ..., Kan reported".)
  q = Statements("The son of former President Richard Weiss, Fritz Weiss was stabbed to death, Kan reported on "
                 "Wednesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kan");
}

// After the notes were written: people of a body or a place ("The
// organisers of the Tour of Flanders said", plural, whatever the recogniser
// made of the name; "The director of the FBI James Comey" stays Comey), a
// rank in an appositive before a name ("Her opponent, the world No. 1 Zofia
// Mazur,"), and "recommended that".
TEST(QuotesDesksOfRound27, OrganisersRanksAndRecommendations) {
  auto q = Statements("The organisers of the Tour of Flanders said the race would go ahead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The organisers of the Tour of Flanders");
  q = Statements("The director of the FBI James Comey said the case was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "James Comey");
  q = Statements("Her opponent, the world No. 1 Zofia Mazur, said she had been injured.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Zofia Mazur");
  EXPECT_EQ(q[0].role, "Her opponent, the world No. 1");
  q = Statements("The report recommended that the Civil Aviation Authority conduct an audit.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "recommended");
  EXPECT_TRUE(Statements("The board recommended a review of the rules.").empty());
}

// "... had flashed his badge and identified himself as police" (a
// reflexive object names the report's own subject: no second report of
// the speaker's) and "The pilot's words were calm. "...," he radioed" (the
// owner of a thing opening the sentence before).
TEST(QuotesDesksOfRound27, ReflexivesAndOwners) {
  auto q = Statements("Lawyers for the family said the officer had flashed his badge and identified himself as police "
                      "before firing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the officer had flashed his badge and identified himself as police before firing");
  q = Statements("The pilot's words were calm. \"We're gonna be in the Hudson,\" he radioed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The pilot");
  // (Without a reflexive the second verb is the speaker's own act.)
  q = Statements("She said the plan failed and urged a review.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].text, "the plan failed");
}

// "Ines Moreau plays the CFO Delphine Castellane on the show. She said ...":
// the character an actor plays is no one who speaks.
TEST(QuotesDesksOfRound27, ActorsNotTheirCharacters) {
  auto q = Statements("Ines Moreau plays the CFO Delphine Castellane on the show. She said the writers were generous.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ines Moreau");
  // (And the one asked answers: "The actress had a simple answer".)
  q = Statements("Jimmy Castellano asked Pia Kerrigan how she stays grounded. The actress had a simple answer: \"I "
                 "have three older brothers.\"");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "Pia Kerrigan");
}

}  // namespace
}  // namespace newsgraph
