// Forms met on the desks round 31 read: Second World War wire copy, religion
// news, the baseball and hockey beat, Iran and Turkey in wire copy, Indian
// politics in its own press, city hall and transit, American papers of the
// 1950s and Latin American politics; and what PolNeAR's train split still
// showed.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "He's proud of his campaign and expects a "...": the clitic after a pronoun
// opens no description, and "They're" is a pronoun with its verb, no name.
TEST(QuotesDesksOfRound31, ContractionsAreNoSpeakers) {
  auto q = Statements(
      "Bernie Sanders spoke on Saturday. He\xE2\x80\x99s proud of his campaign and expects a "
      "\xE2\x80\x9Csolid share of the delegates.\xE2\x80\x9D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Bernie Sanders");
  q = Statements("Bernie Sanders spoke. They\xE2\x80\x99re expecting a \"solid share of the delegates.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
  q = Statements("Bernie Sanders spoke. They're expecting a \"solid share of the delegates.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
}

// "Ald. Vivian Park", "Cllr. Natalie Gorski", "Comr. Dana Ruiz": the
// abbreviated offices of city halls, with their full stop, keep the quote and
// are the role; a particle after a courtesy style is part of the family name
// ("Mr. de Vries"), and so is the Welsh "ap".
TEST(QuotesDesksOfRound31, CityHallTitlesAndParticles) {
  auto q = Statements("\"It is bad,\" said Ald. Vivian Park, 11th.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vivian Park");
  EXPECT_EQ(q[0].role, "Ald.");
  q = Statements("\"It is bad,\" Cllr. Natalie Gorski said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Natalie Gorski");
  EXPECT_EQ(q[0].role, "Cllr.");
  q = Statements("Comr. Dana Ruiz said the fare rise was needed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Ruiz");
  q = Statements("Hendrik de Vries, the engineer, spoke. \"It isn't magic,\" Mr. de Vries said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hendrik de Vries");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Cllr Rhiannon ap Gwynfor said Cardiff needed more buses.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rhiannon ap Gwynfor");
  EXPECT_EQ(q[0].role, "Cllr");
}

// "LONDON, May 8 (AP)—"This is your victory," ...": a dateline whose dash is
// glued to the agency's bracket or to the day still leaves the quote opening
// its sentence, a direct one.
TEST(QuotesDesksOfRound31, QuoteAfterAGluedDatelineDash) {
  auto q = Statements(
      "LONDON, May 8 (AP)\xE2\x80\x94\"This is your victory,\" Prime Minister Churchill told the crowd.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Churchill");
  q = Statements("LONDON, May 8\xE2\x80\x94\"This is your victory,\" Mr. Churchill said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  // A label glued to its dash is no dateline.
  q = Statements("MOVING SHOP\xE2\x80\x94\"a fresh start\" for the grocer, the owner said.");
  for (const auto& s : q) EXPECT_NE(s.kind, "direct");
}

// "Reliever Tom Gaddis", "Defenseman Erik Lund", "Foreign Commissar
// Vyacheslav Molotov": a position or an office opening the sentence is no
// part of the name.
TEST(QuotesDesksOfRound31, PositionsAndOfficesBeforeNames) {
  auto q = Statements("Reliever Tom Gaddis gave up two runs. \"I left one up,\" Gaddis said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Gaddis");
  q = Statements("Defenseman Erik Lund scored twice. \"It was a lucky bounce,\" Lund said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Erik Lund");
  q = Statements("\"The enemy will be crushed,\" Foreign Commissar Vyacheslav Molotov declared in a broadcast today.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vyacheslav Molotov");
  EXPECT_EQ(q[0].role, "Foreign Commissar");
}

// "It was announced officially tonight that ...", "..., it was announced
// tonight.": the wire's agentless passives, with adverbs, a day or a place
// between, or closing the sentence, report for no one named; a "by" agent is
// the speaker.
TEST(QuotesDesksOfRound31, ImpersonalPassives) {
  auto q = Statements("It was announced officially tonight that the liner Athenia had been torpedoed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the liner Athenia had been torpedoed");
  EXPECT_EQ(q[0].speaker, "<null>");
  EXPECT_EQ(q[0].cue, "announced");
  q = Statements("It was stated in authoritative quarters that no request had been received.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that no request had been received");
  q = Statements("It was stated by the Foreign Office that the ship had sailed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Foreign Office");
  q = Statements("Rudolf Hess parachuted into Scotland, it was announced tonight.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Rudolf Hess parachuted into Scotland");
  EXPECT_EQ(q[0].speaker, "<null>");
  q = Statements("The ship has been sunk, it has been learned here.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "learned");
  // Not a passive of saying.
  q = Statements("The ship was sunk, it was feared.");
  EXPECT_TRUE(q.empty());
}

// "The Dicastery for the Doctrine of the Faith said", "The Congregation for
// the Causes of Saints said": the Roman Curia's offices are bodies, not a
// person named Faith; and the titles of other churches and faiths come off
// the name ("Ecumenical Patriarch Bartholomew", "Sheik Ahmed Yassin").
TEST(QuotesDesksOfRound31, CuriaOfficesAndReligiousTitles) {
  auto q = Statements("The Dicastery for the Doctrine of the Faith said the apparitions had produced fruits.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dicastery for the Doctrine of the Faith");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("The Congregation for the Causes of Saints said the miracle was inexplicable.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Congregation for the Causes of Saints");
  q = Statements("Ecumenical Patriarch Bartholomew said the war was a sin.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Bartholomew");
  EXPECT_EQ(q[0].role, "Ecumenical Patriarch");
  q = Statements("Sheik Ahmed Yassin said the attacks would continue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ahmed Yassin");
  EXPECT_EQ(q[0].role, "Sheik");
  // A police force keeps its name.
  q = Statements("The Metropolitan Police said the man had been arrested.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Metropolitan Police");
}

// "Cavusoglu met Pekka Haavisto, whom he described as "a friend."": the
// pronoun inside an object relative is never the relative's antecedent,
// whatever its gender says.
TEST(QuotesDesksOfRound31, PronounInsideAnObjectRelative) {
  auto q = Statements("Mevlut Cavusoglu met Pekka Haavisto, whom he described as \"a friend.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mevlut Cavusoglu");
  EXPECT_EQ(q[0].mention, "he");
  q = Statements("Cavusoglu met Pekka Haavisto, whom he called \"a friend.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Cavusoglu");
  // A subject relative speaks for its antecedent.
  q = Statements("Mevlut Cavusoglu met Pekka Haavisto, who called the talks \"a success.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pekka Haavisto");
}

// "Mr. Nixon, back from his tour, said", "Senator Flanders (R-Vt.), rising
// in the chamber, said", "To one question he replied": what the subject did
// or where it stood, set off by commas, is no role; a party label before it
// stays, and an office that opens with "Under" is an office.
TEST(QuotesDesksOfRound31, CircumstancesAreNoRoles) {
  auto q = Statements("Mr. Nixon, back from his tour, said he was tired.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Senator Ralph E. Flanders (R-Vt.), rising in the chamber, said the bill was dead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "(R-Vt.)");
  q = Statements("The committee's report, made public today, said that infiltration had been checked.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Richard Nixon spoke. To one question he replied: \"I decline to answer.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Richard Nixon");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("According to Under Secretary of State Sumner Welles, the United States has no intention of acting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Under Secretary of State");
  // A role that is a noun phrase stays.
  q = Statements("Hendrik de Vries, the acting traffic engineer, said the timing had changed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the acting traffic engineer");
}

// "Later the Yisrael Beytenu leader said": the adverb opening the sentence
// is no part of the description, which then finds the person it describes.
TEST(QuotesDesksOfRound31, AdverbBeforeADescription) {
  auto q = Statements(
      "Avigdor Liberman, the Yisrael Beytenu leader, spoke on Sunday. Later the Yisrael Beytenu leader said the "
      "coalition would fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Avigdor Liberman");
  q = Statements("Later the committee said the plan had failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the committee");
}

// "an NBA scout said", "the 7-footer said": a scout is a person, and a height
// stands for a player as an age does.
TEST(QuotesDesksOfRound31, ScoutsAndSevenFooters) {
  auto q = Statements("\"He can guard all five positions,\" an NBA scout said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "an NBA scout");
  q = Statements("Brook Lopez is in his 17th season. \"I feel great, honestly,\" the 7-footer said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the 7-footer");
}

// "posted 18 points and added seven assists", "claimed the No. 1 seed",
// "snapped a four-game skid", "posted a $3 billion loss": a box score or a
// balance sheet, no statement; "claimed the win was his" and "claims Gulen
// runs a network" are still reports.
TEST(QuotesDesksOfRound31, BoxScoresAreNoStatements) {
  EXPECT_TRUE(Statements("Jalen Brunson posted 18 points and added seven assists.").empty());
  EXPECT_TRUE(Statements("The Knicks claimed the No. 1 seed with the win.").empty());
  EXPECT_TRUE(Statements("The Celtics snapped a four-game skid on Monday.").empty());
  EXPECT_TRUE(Statements("The company posted a $3 billion loss in the quarter.").empty());
  auto q = Statements("Sanders claimed the win was his.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the win was his");
  q = Statements("The Turkish government claims Gulen runs a worldwide network.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("He added that the win was huge.");
  ASSERT_EQ(q.size(), 1u);
}

// "The prisoner, in defence, said": people nouns whose plural the lexicon
// had, in the singular too; and "now charged with desertion" is an
// indictment, no accusation anyone voices.
TEST(QuotesDesksOfRound31, PrisonersAndChargesWith) {
  auto q = Statements("The prisoner, in defence, said he had been drinking.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The prisoner");
  q = Statements("The prisoner, on being charged, said he was innocent.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The prisoner");
  q = Statements(
      "In May 2014, it traded five detainees for Sgt. Bowe Bergdahl, an American prisoner of war now charged with "
      "desertion.");
  EXPECT_TRUE(q.empty());
  q = Statements("The senator charged that the agency had lied.");
  ASSERT_EQ(q.size(), 1u);
}

// "Sgt. 1st Class Tamika Rowe", "Petty Officer 2nd Class Luis Ortega": the
// class ends the rank and is no given name.
TEST(QuotesDesksOfRound31, RanksEndingInClass) {
  auto q = Statements("Sgt. 1st Class Tamika Rowe said the unit was ready.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tamika Rowe");
  EXPECT_EQ(q[0].role, "Sgt. 1st Class");
  q = Statements("Petty Officer 2nd Class Luis Ortega said the ship was ready.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luis Ortega");
  EXPECT_EQ(q[0].role, "Petty Officer 2nd Class");
}

// "Economy Minister Luis "Toto" Caputo": a portfolio and its title before a
// nickname's name stay the role; "quoted Ebrard as saying" is the cue of a
// reported clause as of a quote; and "Fernandez said" after Cristina
// Fernandez de Kirchner and Alberto Fernandez is the one whose family name
// it is.
TEST(QuotesDesksOfRound31, NicknamesQuotedAsSayingAndFamilyNames) {
  auto q = Statements("Economy Minister Luis \"Toto\" Caputo said inflation would fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luis Caputo");
  EXPECT_EQ(q[0].role, "Economy Minister");
  q = Statements("The newspaper quoted Marcelo Ebrard as saying that the talks had failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marcelo Ebrard");
  EXPECT_EQ(q[0].cue, "quoted Marcelo Ebrard as saying");
  q = Statements(
      "Vice President Cristina Fern\xC3\xA1ndez de Kirchner was absent, while President Alberto Fern\xC3\xA1ndez "
      "spoke. \"It is a good day,\" Fern\xC3\xA1ndez said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Alberto Fern\xC3\xA1ndez");
}

// "Counsel for the state submitted that ...", "Hamilton reckons the car is
// faster": a barrister's submission with "that" reports (a submitted bid
// does not), and "reckons" is a verb of opinion like "reckoned".
TEST(QuotesDesksOfRound31, SubmissionsAndReckoning) {
  auto q = Statements("Advocate Dali Mpofu submitted that the inquiry was biased.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dali Mpofu");
  EXPECT_EQ(q[0].text, "that the inquiry was biased");
  EXPECT_TRUE(Statements("The company submitted a bid for the contract.").empty());
  q = Statements("Hamilton reckons the car is faster than last year.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "reckons");
}

// Given names of the world's press the list lacked: a person named once by
// a name the recogniser did not know is found again by "she" ("Naledi
// Mokoena ... she said"), and a man's name does not take "she".
TEST(QuotesDesksOfRound31, GivenNamesOfTheWorldsPress) {
  auto q = Statements("Naledi Mokoena was sworn in on Monday. \"We will clean up the city,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Naledi Mokoena");
  q = Statements("Sizwe Dlamini scored twice. \"The boys fought hard,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sizwe Dlamini");
  q = Statements("Kristina Vogt won on Sunday. \"I felt good from the first ball,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kristina Vogt");
}

// "A few months ago, Florida developer Mel Sembler said": a counted span of
// time opening the sentence is no part of the subject, whose office then
// opens it; and "Just a few weeks ago, as Western Journalism reported, ..."
// still reports for the outlet.
TEST(QuotesDesksOfRound31, CountedSpansOfTimeBeforeTheSubject) {
  auto q = Statements("A few months ago, Florida developer John Sembler said the plan was bad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Sembler");
  EXPECT_EQ(q[0].role, "Florida developer");
  q = Statements("Just a few months ago, Florida developer Mel Sembler expressed dismay at the plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mel Sembler");
  q = Statements("Just a few weeks ago, as Western Journalism reported, Thor and Beck were discussing a plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Western Journalism");
  q = Statements("Union Minister Rahul Scindia was quoted by ANI as saying that the terminal would open by March.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rahul Scindia");
  EXPECT_EQ(q[0].role, "Union Minister");
}

// "Thiru Vaiko", "Smt. Nirmala Sitharaman", "Sardar Sukhbir Singh Badal",
// "Maulana Mahmood Madani": Indian honorifics are courtesy styles, off the
// name and no role, and an office before "Smt." stays the role; "the Chief
// Justice asked" is an office, no person named Justice.
TEST(QuotesDesksOfRound31, IndianHonorificsAndTheChiefJustice) {
  auto q = Statements("Thiru Vaiko, general secretary of the MDMK, said the decision was wrong.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vaiko");
  EXPECT_EQ(q[0].role, "general secretary of the MDMK");
  q = Statements("Union Finance Minister Smt. Nirmala Sitharaman said the target would be met.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nirmala Sitharaman");
  EXPECT_EQ(q[0].role, "Union Finance Minister");
  q = Statements("Sardar Sukhbir Singh Badal said the party would contest alone.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sukhbir Singh Badal");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("John Roberts heard the case. \"It is moot,\" the Chief Justice said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Justice");
}

// "Bongani Khumalo states that ...": "states" after a person's name is the
// verb ("Rust Belt states" stays the noun); "Adv Dali Mpofu", "Magistrate
// Ndaba": a court's offices are titles; and "the ANC in Gauteng said" after a
// quote is the party's branch, as written.
TEST(QuotesDesksOfRound31, CourtroomsAndBranches) {
  auto q = Statements("Bongani Khumalo states that he was never consulted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Bongani Khumalo");
  EXPECT_EQ(q[0].cue, "states");
  EXPECT_TRUE(Statements("Rust Belt states that voted for Trump were hit hard.").empty());
  q = Statements("Adv Dali Mpofu said the inquiry was biased.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dali Mpofu");
  q = Statements("Magistrate Ndaba said the bail was denied.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ndaba");
  EXPECT_EQ(q[0].role, "Magistrate");
  q = Statements("\"It is a sad day,\" the ANC in Gauteng said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the ANC in Gauteng");
}

// ""We will not surrender." ¶ These were the words of Merav Michaeli", "So
// said Ali Akbar Velayati on Monday.": the sentence after a quote nobody
// spoke names its speaker.
TEST(QuotesDesksOfRound31, SpeakerNamedInTheSentenceAfter) {
  auto q = Statements("\"We will not surrender.\"\n\nThese were the words of Merav Michaeli on Sunday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Merav Michaeli");
  q = Statements("\"We will not surrender.\" So said Ali Akbar Velayati, the adviser.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ali Akbar Velayati");
  EXPECT_EQ(q[0].role, "the adviser");
  EXPECT_EQ(q[0].cue, "said");
}

// "The Office of Foreign Assets Control said": "Foreign" after "of" inside a
// body's name is no title before a person; "The cartel issued a statement
// denying that ...": a cartel or faction speaks, and a statement denying
// reports as one saying does.
TEST(QuotesDesksOfRound31, OfficesCartelsAndStatementsDenying) {
  auto q = Statements("The Office of Foreign Assets Control said the sanctions target six companies.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Office of Foreign Assets Control");
  q = Statements("Minister for Foreign Affairs Penny Wong said the talks failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Penny Wong");
  EXPECT_EQ(q[0].role, "Minister for Foreign Affairs");
  q = Statements("The cartel issued a statement saying that it had not ordered the killing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The cartel");
  q = Statements("The Chapitos faction issued a statement denying that it had ordered the killing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "denying");
  EXPECT_TRUE(Statements("He sent a two-page memo to the Post explaining his plan.").empty());
}

// "Catherine Russell, Executive Director of UNICEF, said": an office in
// capitals set off after the name is its role, no person named Executive
// Director.
TEST(QuotesDesksOfRound31, ExecutiveDirectors) {
  auto q = Statements("Catherine Russell, Executive Director of UNICEF, said children were dying.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Catherine Russell");
  EXPECT_EQ(q[0].role, "Executive Director of UNICEF");
  q = Statements("Executive Director Jane Doe said the plan failed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jane Doe");
  EXPECT_EQ(q[0].role, "Executive Director");
}

// ""...," his guest said", "said on his Saturday show that ...": a podcast's
// guests and panelists are people, and a day's show is where something was
// said.
TEST(QuotesDesksOfRound31, GuestsAndShows) {
  auto q = Statements("\"It was the hardest year of my life,\" his guest said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "his guest");
  q = Statements("Mark Levin said on his Saturday show that the plan was dead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mark Levin");
  EXPECT_EQ(q[0].text, "that the plan was dead");
}

// "Petro's message was blunt: "..."", "His verdict: "..."": what a person's
// words are called before the colon is that person speaking; the noun is
// the cue (as in round 32's "verdict"). "She'd said earlier that ...": the
// pronoun in a contraction resolves as the pronoun does.
TEST(QuotesDesksOfRound31, WordsOfTheirOwnerAndContractedPronouns) {
  auto q = Statements("Gustavo Petro spoke on Monday. Petro's message was blunt: \"Either peace or prison.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gustavo Petro");
  EXPECT_EQ(q[0].cue, "message");
  q = Statements("Manager Aaron Boone was asked about the bunt.\n\nHis verdict: \"We just didn't execute.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Aaron Boone");
  EXPECT_EQ(q[0].cue, "verdict");
  q = Statements("Maria Lopez chairs the panel. She'd said earlier that the vote would be delayed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maria Lopez");
}

// "Tumu te Heuheu": the Maori particle inside a name; and "A senior official
// at the Department of Forest and Park Services, who asked not to be named,
// said": a long description before an anonymity aside is still the subject.
TEST(QuotesDesksOfRound31, ParticlesAndLongDescriptions) {
  auto q = Statements("Tumu te Heuheu said the iwi would not sign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tumu te Heuheu");
  q = Statements(
      "A senior official at the Department of Forest and Park Services, who asked not to be named, said the tiger "
      "had been killed by a snare.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A senior official at the Department of Forest and Park Services");
}

// "said one Hong Kong-based fund manager": a place before its modifier is no
// person named Hong; "said Jordan Ayew" after André Ayew: a given name that is
// a country opens a name after an inverted verb; riders, jockeys and trekkers
// of the sports and adventure desks, with their given names.
TEST(QuotesDesksOfRound31, PlacesBeforeModifiersAndSportsDesksNames) {
  auto q = Statements("\"The market is oversold,\" said one Hong Kong-based fund manager.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one Hong Kong-based fund manager");
  q = Statements("Andr\xC3\xA9 Ayew scored twice. \"It was good,\" said Jordan Ayew.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jordan Ayew");
  q = Statements("\"It's like a Himalayan Disneyland,\" a Canadian trekker said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a Canadian trekker");
  q = Statements("Rachael Blackmore rode the winner. \"I just get to steer,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rachael Blackmore");
  // A surname that is also a trade stays a name.
  q = Statements("Cal Fire Director Thom Porter said the fire was contained.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Thom Porter");
}

// "In Churchill's words, "..."", "In his words, "..."": the owner's words, as
// "In the words of X"; and "said He Yadong, spokesperson for ...": the family
// name He opening a name the recogniser found is no pronoun.
TEST(QuotesDesksOfRound31, InTheirWordsAndTheFamilyNameHe) {
  auto q = Statements("In Winston Churchill's words, \"We shall never surrender.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Winston Churchill");
  EXPECT_EQ(q[0].cue, "In Winston Churchill's words");
  q = Statements("Winston Churchill led Britain in the war years. In his words, \"We shall never surrender.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Winston Churchill");
  EXPECT_EQ(q[0].cue, "In his words");
  q = Statements("\"We will expand,\" said He Yadong, spokesperson for the ministry.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "He Yadong");
  EXPECT_EQ(q[0].role, "spokesperson for the ministry");
}

// The entertainment press's "she shared" (a thing shared in common is no
// speech); "Sheikha Latifa bint Mohammed" (the daughter, not her father);
// "Elder Mary Cardinal", "Kúkpi7 Rosanne Casimir" (titles of First
// Nations); "who has ruled since 1992" (a reign, no ruling); "Fabiano
// Caruana lost" (a player's result makes the name a person's).
TEST(QuotesDesksOfRound31, SharedBintEldersReignsAndResults) {
  auto q = Statements("\"It was a dream come true,\" Nayeon shared.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nayeon");
  EXPECT_EQ(q[0].cue, "shared");
  q = Statements("Nayeon shared that the group would tour in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(Statements("Nayeon shared a photo of the team.").empty());
  q = Statements("Rubio argued that he and Cruz shared \"almost all the same views on immigration.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rubio");
  q = Statements("Sheikha Latifa bint Mohammed said the exhibition would open in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Latifa bint Mohammed");
  EXPECT_EQ(q[0].role, "Sheikha");
  q = Statements("Elder Mary Cardinal said the land was sacred.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mary Cardinal");
  EXPECT_EQ(q[0].role, "Elder");
  q = Statements("Emomali Rahmon, who has ruled since 1992, visited Moscow. The judge ruled that the law was void.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The judge");
  q = Statements("Fabiano Caruana lost on Tuesday. \"I was careless,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Fabiano Caruana");
}

// "H.E. Abdulla bin Touq Al Marri, Minister of Economy, said": His
// Excellency is a courtesy style; the appositive is the role.
TEST(QuotesDesksOfRound31, HisExcellencyIsACourtesy) {
  auto q = Statements("H.E. Abdulla bin Touq Al Marri, Minister of Economy, said growth would continue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Abdulla bin Touq Al Marri");
  EXPECT_EQ(q[0].role, "Minister of Economy");
  q = Statements(
      "Ralf Schumacher, the former Williams driver and Mick's uncle, told Sky that his nephew deserved \"a second "
      "chance\" in Formula One.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the former Williams driver and Mick's uncle");
}

}  // namespace
}  // namespace newsgraph
