// Forms met on the desks round 33 read: headlines over political copy,
// aviation safety, labour disputes, space agencies, drug approvals,
// Australian and Nigerian politics, tennis and climate summits.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "Clinton camp: ...", "IG report: ...", "Clinton to Planned Parenthood:
// ...", "Graham: Trump's 'Incredibly ...'": a headline's label may hold a
// noun in lower case, whom the words were for, or start its words with a
// possessive and a mark; single marks around the whole are no part of the
// words; "Editor's note:" names no one, and "I support" inside a labelled
// headline is that statement again.
TEST(QuotesDesksOfRound33, HeadlineLabels) {
  const std::string body = "\n\nWASHINGTON (AP) - Hillary Clinton and Lindsey Graham spoke on Thursday.\n";
  auto q = Statements("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hillary Clinton");
  EXPECT_EQ(q[0].text, "Trump will reverse Roe v. Wade");
  q = Statements("IG report: State was inaccurate on Clinton." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "IG report");
  q = Statements("Clinton camp: Trump's Islamophobia threatens national security." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hillary Clinton");
  q = Statements("Graham: Trump\xE2\x80\x99s \xE2\x80\x98Incredibly Hateful Rhetoric\xE2\x80\x99 Destroying GOP." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lindsey Graham");
  q = Statements("WSJ editorial: 'Deport Nikki Haley.'" + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Deport Nikki Haley.");
  q = Statements("Clinton: I support D.C. statehood." + body);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "I support D.C. statehood");
  q = Statements("Editor's note: This story has been updated to include comment from the Diocese of Tyler." + body);
  EXPECT_TRUE(q.empty());
}

// "said that, in the end, developing countries would pay": a participle
// before its noun and the clause's verb describes the subject; ", raising
// questions" still ends the report.
TEST(QuotesDesksOfRound33, ParticipleBeforeItsNoun) {
  auto q = Statements("Stiell said that, in the end, developing countries would pay.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that, in the end, developing countries would pay");
  q = Statements("Stiell said that for many years, emerging economies had waited.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that for many years, emerging economies had waited");
  q = Statements("Stiell said the plan was dead, raising questions about the budget.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan was dead");
  q = Statements("Voters say the positions are about right, though voters are more likely to back Sanders.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the positions are about right");
}

// "André Corrêa do Lago": Portuguese "do" inside a name, and the rest of the
// name on a later mention is no role.
TEST(QuotesDesksOfRound33, PortugueseParticleDo) {
  auto q = Statements(
      "Andr\xC3\xA9 Corr\xC3\xAA" "a do Lago said the talks were hard. Later, Corr\xC3\xAA" "a do Lago said they were "
      "over.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Andr\xC3\xA9 Corr\xC3\xAA" "a do Lago");
  EXPECT_EQ(q[0].role, "<null>");
  EXPECT_EQ(q[1].speaker, "Andr\xC3\xA9 Corr\xC3\xAA" "a do Lago");
  EXPECT_EQ(q[1].role, "<null>");
  q = Statements("Raimundo do Nascimento said the river was dying.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Raimundo do Nascimento");
  EXPECT_TRUE(Statements("Why do Americans say they hate Congress?").empty());
}

// "The U.S. delegation, led by John Podesta, said": a delegation speaks,
// past an aside; "has been heavily sought after" is no aim.
TEST(QuotesDesksOfRound33, DelegationsSpeak) {
  auto q = Statements("The U.S. delegation, led by John Podesta, said it supported the text.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The U.S. delegation");
  EXPECT_EQ(q[0].text, "it supported the text");
  EXPECT_TRUE(Statements("The North Dakota delegation has been heavily sought after because they are free agents.")
                  .empty());
}

// The speaker named in the sentence after the quote: "That was how X,
// APPOSITIVE, described ...", "That's how one Liberal MP described it",
// "With those words, X opened ...", "Those words, radioed by X, ...",
// "Those were the words of the Speaker, X,", "came the call from the Firing
// Room"; the object of "described" there is neither speaker nor statement.
TEST(QuotesDesksOfRound33, SpeakerNamedAfterTheQuote) {
  auto q = Statements(
      "\"It's the result you hope for once in a career.\" That was how Dr. Helen Osei, the lead investigator, "
      "described the findings.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Helen Osei");
  EXPECT_EQ(q[0].role, "the lead investigator");
  q = Statements(
      "\"It's like drinking from a fire hose.\" That was how Christina Koch, who spent 328 days in orbit, described "
      "her first week aboard the station.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Christina Koch");
  q = Statements(
      "\"It's a slap in the face.\"\n\nThat was how Marlene Pacheco, president of the Ontario Nurses' Association, "
      "described the wage offer.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marlene Pacheco");
  q = Statements("\"It's a disgrace.\" That's how one Liberal MP described the process.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one Liberal MP");
  q = Statements("\"We got this wrong.\" With those words, Dr. Hilary Marston opened the meeting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hilary Marston");
  q = Statements(
      "\"The Eagle has landed.\" Those words, radioed by Neil Armstrong on July 20, 1969, are among the most "
      "famous ever spoken.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Neil Armstrong");
  q = Statements(
      "\"We're done asking nicely.\" The words, shouted through a megaphone by a Teamsters steward named Luis "
      "Alvarado, drew cheers from the crowd.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luis Alvarado");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("\"I will not resign.\"\n\nThose were the words of the Speaker, Blessing Agbebaku, on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Blessing Agbebaku");
  q = Statements("\"Stage one shutdown,\" came the call from the Firing Room.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Firing Room");
  EXPECT_EQ(q[0].cue, "call");
}

// ""...," said Pfizer and BioNTech.": two names in capitals speak together
// (the quote had been lost).
TEST(QuotesDesksOfRound33, TwoNamesAfterTheCue) {
  auto q = Statements("\"The results are encouraging,\" said Pfizer and BioNTech.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pfizer and BioNTech");
  q = Statements("\"The results are encouraging,\" said Smith and Jones on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith and Jones");
  q = Statements("\"It was a good day,\" said Kerry and his aides.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kerry");
}

// "said the talks had stalled and urged ministers to compromise", "but
// blamed the government", "and threatened to sue": the subject's second
// stance; not when the report's own subject is a person who may have done
// it ("Police say he posed a threat and refused to drop the gun").
TEST(QuotesDesksOfRound33, SecondStanceOfTheSubject) {
  auto q = Statements("Stiell said the talks had stalled and urged ministers to compromise.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the talks had stalled");
  EXPECT_EQ(q[1].cue, "urged");
  EXPECT_EQ(q[1].speaker, "Stiell");
  EXPECT_EQ(q[1].text, "ministers to compromise");
  q = Statements("The union said the offer was an insult but blamed the government for the delay.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the offer was an insult");
  EXPECT_EQ(q[1].text, "the government for the delay");
  q = Statements("The governor rejected the report and threatened to sue the panel.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "to sue the panel");
  q = Statements("Police say he posed a deadly threat and refused to drop the gun.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he posed a deadly threat and refused to drop the gun");
  q = Statements("The governor commended the security agencies for their swift response.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "commended");
  q = Statements("Medvedev demanded to see the mark.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "to see the mark");
}

// "Hoesung Lee, then chair of the IPCC, said": the office held at the time
// is the role; "Lee, then, said" has none. "SP Muhammad Jega": a Nigerian
// police rank before the name, under the appositive before it.
TEST(QuotesDesksOfRound33, OfficesOfTheTimeAndPoliceRanks) {
  auto q = Statements("Hoesung Lee, then chair of the IPCC, said: \"Act now.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "then chair of the IPCC");
  q = Statements("Lee, then, said the world must act.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("The Police Public Relations Officer, SP Muhammad Jega, said the suspects had been arrested.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Muhammad Jega");
  EXPECT_EQ(q[0].role, "The Police Public Relations Officer");
  q = Statements("ACP Benjamin Hundeyin said the suspects had fled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Benjamin Hundeyin");
  EXPECT_EQ(q[0].role, "ACP");
}

// "Buckingham Palace said": a royal household speaks by its seat, and "it"
// is the palace again; "DA Sec. X", "Usec. X", "PCol. X": Philippine offices
// in short, before the name (the quote had been lost), while "10 sec. Then"
// still ends its sentence; "Saxony's state premier X (CDU) said": a party
// after the name joins the role before it.
TEST(QuotesDesksOfRound33, PalacesPhilippineTitlesAndParties) {
  auto q = Statements("Buckingham Palace said the King was resting. It said he would return to work soon.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Buckingham Palace");
  EXPECT_EQ(q[1].speaker, "Buckingham Palace");
  q = Statements("The King is making good progress, Kensington Palace said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kensington Palace");
  q = Statements("\"We will restore order,\" Usec. Claire Castro said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Claire Castro");
  EXPECT_EQ(q[0].role, "Usec.");
  q = Statements("\"We will restore order,\" said DA Sec. Francisco Tiu Laurel.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Francisco Tiu Laurel");
  q = Statements("The race lasted 10 sec. Then it was over, officials said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Then it was over");
  q = Statements("Saxony's state premier Michael Kretschmer (CDU) said the coalition was over.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Michael Kretschmer");
  EXPECT_EQ(q[0].role, "Saxony's state premier (CDU)");
}

// "Tesla's warning that deliveries would slow sent shares down": a noun
// cue in subject position reports the clause up to the sentence's own verb;
// its owner speaks, named or not ("Musk's claim"), after a title too; "the
// cost cap" is no verb.
TEST(QuotesDesksOfRound33, NounCuesInSubjectPosition) {
  auto q = Statements("Tesla's warning that deliveries would slow sent shares down.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tesla");
  EXPECT_EQ(q[0].cue, "warning");
  EXPECT_EQ(q[0].text, "that deliveries would slow");
  q = Statements("Musk's claim that AI would replace most jobs was dismissed by experts.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Musk");
  EXPECT_EQ(q[0].text, "that AI would replace most jobs");
  q = Statements("Toto Wolff's claim that Red Bull had breached the cost cap was dismissed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Red Bull had breached the cost cap");
  q = Statements("Sheik Yamani's warning that prices could double by 1980 sent a chill through the delegations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Yamani");
  EXPECT_EQ(q[0].text, "that prices could double by 1980");
  q = Statements("Apple's announcement that it would build a plant in Texas surprised analysts.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "announcement");
}

// ""...," Netflix's co-chief executives, Ted Sarandos and Greg Peters,
// wrote": a pair's description set off before it is their role (the quote
// had been lost).
TEST(QuotesDesksOfRound33, DescribedPair) {
  auto q = Statements(
      "\"We are all in,\" Netflix's co-chief executives, Ted Sarandos and Greg Peters, wrote in their letter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ted Sarandos and Greg Peters");
  EXPECT_EQ(q[0].role, "Netflix's co-chief executives");
  q = Statements("The Bryan brothers, Bob and Mike, said in a joint statement that they were retiring.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "The Bryan brothers");
}

// "The court heard that ...", "Winchester Crown Court was told ...":
// evidence given in court by no one the sentence names; a report inside it
// is the statement, and "The court heard" is no role; "allegedly" between
// the speaker and the cue (the quote had been lost).
TEST(QuotesDesksOfRound33, WhatTheCourtHeard) {
  auto q = Statements("The court heard that John Smith had been drinking.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].cue, "heard");
  EXPECT_EQ(q[0].text, "that John Smith had been drinking");
  q = Statements("Winchester Crown Court was told Morris had 34 previous convictions.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "was told");
  EXPECT_TRUE(Statements("The court heard from the victim's mother.").empty());
  q = Statements("The court heard Davies told a neighbour: \"I've killed her.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Davies");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("\"I'm going to stab him,\" Lynch allegedly told a friend.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lynch");
}

// "denied the allegations", "denies murder", "touted its new chip": the
// object is what was said; "denied that ..." and "denied tonight that ..."
// stay the clause; a court's "denied the request" or "denied bail" is a
// ruling; "and asked the jury to ..." after a report is the same speaker's
// request, but "and asked reporters, "...?"" leaves the quote whole.
TEST(QuotesDesksOfRound33, DenialsAndRequests) {
  auto q = Statements("The cruise line denied the allegations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "denied");
  EXPECT_EQ(q[0].text, "the allegations");
  q = Statements("Jordan Coates, 22, denies murder.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jordan Coates");
  q = Statements("The official news agency Tass denied tonight that Smolensk had fallen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that Smolensk had fallen");
  EXPECT_TRUE(Statements("Judge Quintero denied the request.").empty());
  EXPECT_TRUE(Statements("The judge denied bail.").empty());
  q = Statements("The company touted its new chip.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "its new chip");
  q = Statements(
      "Williams urged that there was no evidence against his client, and asked the jury to acquit him.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "asked");
  EXPECT_EQ(q[1].speaker, "Williams");
  q = Statements(
      "Obrador said that the opposition was bad, and asked reporters, \"Do you want them to come back?\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
  EXPECT_EQ(q[1].text, "Do you want them to come back?");
}

// "Medvedev could be heard telling the supervisor:", "a man can be heard
// shouting,": what a recording caught someone saying; "In it," before the
// speaker is where, not what, he said.
TEST(QuotesDesksOfRound33, HeardOnTheRecording) {
  auto q = Statements("Medvedev could be heard telling the supervisor: \"Every match.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Medvedev");
  q = Statements("In it, a man can be heard shouting, \"He can't breathe!\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "a man");
  EXPECT_EQ(q[0].cue, "shouting");
  q = Statements("In addition, he said, the plan would cost more.");
  for (const auto& s : q) EXPECT_NE(s.text, "In addition");
}

// The judges' two worse kinds: a verb after "and" that the reported clause's
// own person may have done stays in the clause ("said the captain had
// increased speed and ordered the crew to ...", "said he had been drinking
// and remembered nothing"), while a verb of address is the speaker's ("said
// he would seek a meeting and urged fishermen to remain calm"); a noun's
// clause after "denied" runs as a clause does.
TEST(QuotesDesksOfRound33, JudgedRegressions) {
  auto q = Statements(
      "The officer said the captain had increased speed to 17 knots and ordered the crew to spray the pirates.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the captain had increased speed to 17 knots and ordered the crew to spray the pirates");
  q = Statements("The prisoner said he had been drinking and remembered nothing of the matter.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("McConalogue said he would seek an emergency meeting and urged fishermen to remain calm.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].cue, "urged");
  q = Statements("The board praised the conductor's commitment and welcomed the musicians' decision to return.");
  ASSERT_EQ(q.size(), 2u);
  q = Statements("Aston Martin denied reports that Lance Stroll would be replaced before the end of the season.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "reports that Lance Stroll would be replaced before the end of the season");
}

}  // namespace
}  // namespace newsgraph
