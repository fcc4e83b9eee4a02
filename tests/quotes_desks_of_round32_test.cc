// Forms met on the desks round 32 read: Northern Ireland's Troubles in AP
// copy, bankruptcy courts, cannabis and gambling regulation, Southern
// European politics, the dot-com press, epidemics, veterans and military
// families, and the oil crisis of the 1970s.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "BELFAST, Northern Ireland (AP) _ Police said": the AP's wire of the 1990s
// set every dash as an underscore, the dateline's too; an underscore inside a
// word ("tweet_id") is no dash.
TEST(QuotesDesksOfRound32, UnderscoreDashesOfTheWire) {
  auto q = Statements("DUNDALK, Irish Republic (AP) _ Irish police said Monday they had found a van near the border.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Irish police");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements(
      "BELFAST, Northern Ireland (AP) _ A bomb exploded outside a pub on Saturday night, injuring 14 people, police "
      "said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "A bomb exploded outside a pub on Saturday night, injuring 14 people");
  q = Statements(
      "BELFAST, Northern Ireland (AP) _ \"We will not be bombed into submission,\" said David Trimble, the Ulster "
      "Unionist leader.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "David Trimble");
  q = Statements("LONDON (AP) _ Northern Ireland Secretary Tom King said Monday the government would not bend.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Northern Ireland Secretary");
}

// "Tech. Sgt. Lauren Hobbs", "Senior Airman X", "1st Sgt. X", "Petty Officer
// 2nd Class X", "retired Marine Master Sgt. X": ranks of several words, and
// the service before them, are the role, never the speaker's name; "Lance
// Armstrong" stays a name, and "Texas Tech." still ends its sentence.
TEST(QuotesDesksOfRound32, MilitaryRanksOfSeveralWords) {
  auto q = Statements("\"The clinic has been broken for years,\" said Tech. Sgt. Lauren Hobbs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lauren Hobbs");
  EXPECT_EQ(q[0].role, "Tech. Sgt.");
  q = Statements("Senior Airman Dana Kerrigan said the clinic was broken.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Kerrigan");
  EXPECT_EQ(q[0].role, "Senior Airman");
  q = Statements("\"We lost three sailors,\" said Petty Officer 2nd Class Maria Lopez.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maria Lopez");
  EXPECT_EQ(q[0].role, "Petty Officer 2nd Class");
  q = Statements("\"We were told the water was safe,\" said retired Marine Master Sgt. Gerald Ostrowski.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gerald Ostrowski");
  EXPECT_EQ(q[0].role, "retired Marine Master Sgt.");
  q = Statements("Coast Guard Petty Officer Jim Ross said the boat sank.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jim Ross");
  EXPECT_EQ(q[0].role, "Coast Guard Petty Officer");
  q = Statements("\"It was chaos,\" said Seaman Luis Ortega.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luis Ortega");
  EXPECT_EQ(q[0].role, "Seaman");
  q = Statements("Lance Armstrong said he never doped.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lance Armstrong");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("He left Texas Tech. Coach Ross said the team was young.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ross");
  EXPECT_EQ(q[0].text, "the team was young");
}

// "Smith and Jones said": a surname the recogniser does not know, joined to
// a named one, is half of a joined subject, and the quote is kept.
TEST(QuotesDesksOfRound32, UnknownSurnameJoinedToANamedOne) {
  auto q = Statements("\"It is over,\" Smith and Jones said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith and Jones");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Smith and Jones said the plan was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith and Jones");
}

// "said HE Abdulla Al Attiyah": His Excellency in the Gulf's copy, a
// courtesy style before a name in mixed case, no pronoun and no role.
TEST(QuotesDesksOfRound32, HisExcellencyIsNoPronoun) {
  auto q = Statements("\"This is a sad day,\" said HE Abdulla bin Hamad Al Attiyah.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Abdulla bin Hamad Al Attiyah");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Ann Lee spoke. \"HE SAID NO,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
}

// "The Supreme Court held that ...", ", holding that ...", "The court held:
// "..."": a court's ruling; "held signs reading", "who has held it five
// times" and "Holds Off" in a headline report nothing.
TEST(QuotesDesksOfRound32, CourtsHoldThat) {
  auto q = Statements("The Supreme Court held that the law was unconstitutional.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "held");
  EXPECT_EQ(q[0].text, "that the law was unconstitutional");
  q = Statements("The bench quashed the case, holding that satire on public figures is protected speech.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The bench");
  EXPECT_EQ(q[0].cue, "holding");
  q = Statements("Outside the venue, protesters held signs reading \"Chess is not a crime\" and \"Let us play.\"");
  EXPECT_EQ(q.size(), 0u);
  q = Statements("\"I have no interest in the title any more,\" Magnus Carlsen, who has held it five times, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Magnus Carlsen");
  q = Statements("Police held the suspect for questioning.");
  EXPECT_EQ(q.size(), 0u);
}

// "Hatzidakis said. The finance minister added": an office named by a
// definite description is the person just quoted, unless that person's role
// names another office or someone else holds the office in the article.
TEST(QuotesDesksOfRound32, OfficeEpithetsAfterTheirHolder) {
  auto q = Statements(
      "\"There will be no new taxes,\" Hatzidakis said. The finance minister added that the surplus would be "
      "returned to households.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Hatzidakis");
  q = Statements(
      "Smith and Jones met on Monday. Smith said the talks were \"useful,\" while the foreign minister said they "
      "had been \"frank.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "the foreign minister");
  q = Statements("\"We are ready,\" said Jen Psaki, the press secretary. The president said the bill was dead.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The president");
  q = Statements(
      "China's ambassador Zhang Jun and Zhang Ming, head of the Shanghai Cooperation Organisation, addressed the "
      "council. Zhang Ming said the bloc stood ready to help. The ambassador said China would provide food aid.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Zhang Ming");
  EXPECT_EQ(q[1].speaker, "The ambassador");
}

// "Spithill's verdict was blunt: "..."": the owner of a word for what was
// said speaks, and the word is the cue.
TEST(QuotesDesksOfRound32, OwnedVerdictBeforeAColon) {
  auto q = Statements("Spithill's verdict was blunt: \"We got beaten by a faster boat.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Spithill");
  EXPECT_EQ(q[0].cue, "verdict");
  q = Statements("Attorney General Robert F. Kennedy's answer was blunt: \"The orders will be carried out.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Robert F. Kennedy");
  EXPECT_EQ(q[0].role, "Attorney General");
  EXPECT_EQ(q[0].cue, "answer");
}

// "Goldman, Sachs & Company said", "a partner at Paul, Weiss, Rifkind,
// Wharton & Garrison": the partners of an older firm are one name.
TEST(QuotesDesksOfRound32, FirmsOfSeveralPartners) {
  auto q = Statements("Goldman, Sachs & Company said it would underwrite the offering.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Goldman, Sachs & Company");
  q = Statements("\"The plan is feasible,\" said Ann Lee, a partner at Paul, Weiss, Rifkind, Wharton & Garrison.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "a partner at Paul, Weiss, Rifkind, Wharton & Garrison");
  q = Statements("In Paris, Smith & Wesson said sales rose.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith & Wesson");
}

// "..., the state Division of Gaming Enforcement said.", "..., the CDC said
// in guidance to hospitals.": a level of government before the body, and a
// medium with its addressee, close the clause they report.
TEST(QuotesDesksOfRound32, BodiesAndMediaClosingAClause) {
  auto q = Statements(
      "Casinos won $250 million from gamblers in March, up 4 percent, the state Division of Gaming Enforcement "
      "said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the state Division of Gaming Enforcement");
  EXPECT_EQ(q[0].text, "Casinos won $250 million from gamblers in March, up 4 percent");
  q = Statements("Hospitals must isolate every suspected case, the CDC said in guidance to hospitals.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "CDC");
}

// "dismissed the appeal with costs, saying ...": a participle after a comma
// is the main clause's subject's, never the noun of a "with" phrase before.
TEST(QuotesDesksOfRound32, ParticipleAfterCommaSkipsWithPhrase) {
  auto q = Statements(
      "Victor Osimhen denied reports of a rift with his teammates, describing the claims as \"fake news.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Victor Osimhen");
  EXPECT_EQ(q[1].cue, "describing");
}

// "Dr. King said", "Mrs. Bishop said": a courtesy title before a family name
// that is also a people noun names a person, whom "he" then stands for.
TEST(QuotesDesksOfRound32, CourtesyTitleBeforeAPeopleNoun) {
  auto q = Statements("Dr. King spoke at the church. He said the march would go on.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "King");
  q = Statements("The Rev. Dr. Martin Luther King Jr. spoke in Selma. Later Dr. King said the march would go on.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Martin Luther King Jr.");
}

// "Nicola Zingaretti ... He said", "Sheikh Ahmed Zaki Yamani ... He said":
// given names that are a man's in one language and a woman's in another.
TEST(QuotesDesksOfRound32, GivenNamesOfBothGenders) {
  auto q = Statements("Nicola Zingaretti met party leaders. He said the coalition would hold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nicola Zingaretti");
  q = Statements("Nicola Sturgeon met party leaders. She said the vote would go ahead.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nicola Sturgeon");
  q = Statements("Sheikh Ahmed Zaki Yamani, the Saudi oil minister, arrived in Vienna. He said prices would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sheikh Ahmed Zaki Yamani");
}

// "a resident who gave his name as Salem", "a weeping woman who identified
// herself only as Mrs. Lan": the wire's unnamed speaker, named after all.
TEST(QuotesDesksOfRound32, NameTheSpeakerGave) {
  auto q = Statements("\"We will not leave,\" said a resident who gave his name as Salem.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Salem");
  EXPECT_EQ(q[0].role, "a resident");
}

// Old wire copy: "said today jets flew 150 strikes" (a bare plural after the
// cue's time), "told newsmen he would not resign", "Spec. 4 James Carter".
TEST(QuotesDesksOfRound32, WireCopyOfTheSixties) {
  auto q = Statements("A U.S. military spokesman said today jets flew 150 strikes over the North.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "jets flew 150 strikes over the North");
  q = Statements("Ky told newsmen he would not resign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he would not resign");
  q = Statements("\"You don't see them,\" said Spec. 4 Alan Becker, \"you just hear them.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Alan Becker");
  EXPECT_EQ(q[0].role, "Spec. 4");
  q = Statements("A spokesman said today that the truce held.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the truce held");
}

// "Mohamed Said Abdi", "Fisheries Minister Ahmed Said Nur": "Said" between
// names is a name, not the verb.
TEST(QuotesDesksOfRound32, SaidInsideAName) {
  auto q = Statements("Mohamed Said Abdi, a pirate, said the ship would be released.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mohamed Said Abdi");
  EXPECT_EQ(q[0].role, "a pirate");
}

// "The Chinese embassy issued a statement. It said ...": "it" opening the
// next sentence is the body its common noun named.
TEST(QuotesDesksOfRound32, ItAfterABodyNamedByItsNoun) {
  auto q = Statements("The Chinese embassy issued a statement on Friday. It said the report was false.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Chinese embassy");
  q = Statements("The city council voted 5-4 on Tuesday. It said the plan would proceed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The city council");
}

// "She sang Violetta at the Met": a singer's role is no report; a sung
// line in quotation marks still has its cue.
TEST(QuotesDesksOfRound32, SingingReportsNothing) {
  auto q = Statements("She sang Violetta at the Met in 1998.");
  EXPECT_EQ(q.size(), 0u);
  q = Statements("\"Jobless claims rose to 230,000 last week,\" the Labor Department said.");
  ASSERT_EQ(q.size(), 1u);
  q = Statements("Jobless claims rose to 230,000 last week, the Labor Department said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Labor Department");
}

// "said Ana Ruiz, marketing director at Visit Seville", "IHG Hotels &
// Resorts CEO Elie Maalouf", "Treasury Wine Estates", "Winemakers across
// Alsace": trades, companies with ampersands and portfolios' words.
TEST(QuotesDesksOfRound32, TradesAndCompaniesInRoles) {
  auto q = Statements("\"We're fine,\" said Ana Ruiz, marketing director at Visit Seville.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "marketing director at Visit Seville");
  q = Statements("\"Demand is strong,\" said IHG Hotels & Resorts CEO Elie Maalouf. He added that bookings rose.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Elie Maalouf");
  EXPECT_EQ(q[0].role, "IHG Hotels & Resorts CEO");
  EXPECT_EQ(q[1].speaker, "Elie Maalouf");
  q = Statements("Treasury Wine Estates said profit fell.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Treasury Wine Estates");
  q = Statements("Winemakers across Alsace said the harvest was early.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Winemakers across Alsace");
  q = Statements("\"The rates will double,\" said Jan Moore, an agent in Paradise, Calif.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "an agent in Paradise, Calif.");
  q = Statements("CJI Sanjiv Khanna said the matter would be heard next week.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sanjiv Khanna");
  EXPECT_EQ(q[0].role, "CJI");
}

// The sentence after a quote nobody spoke names its speaker: "So wrote Leo
// Tolstoy.", "So said the skipper, Tom Slingsby.", "That was how X summed up
// the race.", "The words were those of X."; and the same sentence: "came the
// reply from the Chinese delegation".
TEST(QuotesDesksOfRound32, SpeakerNamedAfterTheQuote) {
  auto q = Statements("\"Music is the shorthand of emotion.\" So wrote Leo Tolstoy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Leo Tolstoy");
  EXPECT_EQ(q[0].cue, "wrote");
  q = Statements("\"The sea is rough today.\" So said the skipper, Tom Slingsby.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Slingsby");
  EXPECT_EQ(q[0].role, "the skipper");
  q = Statements("\"This is a national crisis.\" That was how Prime Minister Shigeru Ishiba described the tariffs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Shigeru Ishiba");
  EXPECT_EQ(q[0].cue, "described");
  q = Statements("\"We will not be blackmailed.\" The words were those of President Gerald Ford.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gerald Ford");
  q = Statements("\"It is not for this Council to decide,\" came the reply from the Chinese delegation.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Chinese delegation");
  EXPECT_EQ(q[0].cue, "reply");
}

// "Frank G. Zarb, the Federal Energy Administrator, held a news conference":
// an office in capitals set off after the name is an appositive role, and
// carries to the person's later quotes.
TEST(QuotesDesksOfRound32, OfficeInCapitalsCarries) {
  auto q = Statements(
      "Frank G. Zarb, the Federal Energy Administrator, held a news conference on Monday. \"We are not out of the "
      "woods,\" Zarb said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the Federal Energy Administrator");
  q = Statements(
      "Ahmed Zaki Yamani, Saudi Arabia's Oil Minister, arrived in Vienna. \"Prices will rise,\" Yamani said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Saudi Arabia's Oil Minister");
  q = Statements("Karen Walsh, her former employer Norvale Shipping, spoke. \"No,\" Walsh said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
}

// "a Marine said", "one GI said": the services' people in war copy are a
// description, and "Marine Le Pen" stays a name.
TEST(QuotesDesksOfRound32, MarinesAndGIs) {
  auto q = Statements("\"Hold the line,\" a Marine said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a Marine");
  q = Statements("\"We froze,\" one GI said. \"Nobody had gloves.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "one GI");
  q = Statements("Marine Le Pen said the vote was rigged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marine Le Pen");
  q = Statements("Vivianne Miedema was more blunt. \"We didn't turn up,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vivianne Miedema");
}

// "said Schaeuble at a news conference in Brussels": an occasion after an
// inverted speaker is no part of the speaker.
TEST(QuotesDesksOfRound32, OccasionAfterAnInvertedSpeaker) {
  auto q = Statements("\"Greece must deliver,\" said Schaeuble at a news conference in Brussels.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Schaeuble");
  q = Statements("\"Greece must deliver,\" said the minister at a news conference in Brussels.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the minister");
  // ("said Hemp to the BBC": the listener after a name; "an adviser to
  // President Biden" is one description.)
  q = Statements("\"We were the better team,\" said Hemp to the BBC.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hemp");
  q = Statements("\"It is over,\" said an adviser to President Biden.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "an adviser to President Biden");
}

// "a nurse on the rescue ship Ocean Viking": a vessel's name is no speaker;
// "the MLA for Calgary-Elbow", "the MNA for Saint-Laurent": members of
// Canada's provincial houses.
TEST(QuotesDesksOfRound32, VesselsAndProvincialMembers) {
  auto q = Statements(
      "Luca Ferri, a nurse on the rescue ship Ocean Viking, told reporters: \"We pulled 40 people from the water.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Luca Ferri");
  EXPECT_EQ(q[0].role, "a nurse on the rescue ship Ocean Viking");
  q = Statements("Jane Lee, the MLA for Calgary-Elbow, spoke first. \"It is wrong,\" the MLA said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jane Lee");
  q = Statements("\"We will fight this,\" the MNA for Saint-Laurent said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the MNA for Saint-Laurent");
}

}  // namespace
}  // namespace newsgraph
