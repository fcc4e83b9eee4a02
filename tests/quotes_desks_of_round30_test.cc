// Forms met on the desks round 30 read: the Middle East peace process in
// 1990s wire copy, Cold War news of the 1960s, corporate fraud trials, sports
// doping, mining, and police accountability in local papers.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "The Soviet Union, the Secretary of Defense said today, has deployed ...":
// an attribution set off inside the statement keeps its two pieces when the
// cue carries a day, and a name before the first comma is the statement's
// subject, not a description of the speaker.
TEST(QuotesDesksOfRound30, AttributionWithADayInsideTheStatement) {
  auto q = Statements("The Soviet Union, the Secretary of Defense said today, has deployed new missiles.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The Soviet Union");
  EXPECT_EQ(q[1].text, "has deployed new missiles");
  EXPECT_EQ(q[1].speaker, "the Secretary of Defense");
  q = Statements("Moscow, the official said yesterday, would not retreat.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "would not retreat");
  EXPECT_EQ(q[1].speaker, "the official");
  q = Statements("The Soviet Union, Mr. McNamara said today, is testing a new bomber.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "The Soviet Union");
  EXPECT_EQ(q[1].speaker, "McNamara");
  // A description before the name is still the speaker's role.
  q = Statements("His son, Omar Rahim, said the mayor received threats.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Omar Rahim");
  EXPECT_EQ(q[0].role, "His son");
}

// "President Kennedy was quoted today as saying ...": a day between the cue
// and "as saying" is no one quoted.
TEST(QuotesDesksOfRound30, QuotedTodayAsSaying) {
  auto q = Statements("President Kennedy was quoted today as saying that the invasion was a failure.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kennedy");
  EXPECT_EQ(q[0].cue, "quoted today as saying");
}

// "MOSCOW (UPI) -- Pravda published ... It denounced": a dateline's place in
// capitals is no antecedent of "it", and a dateline does not hide the
// description before a name ("The envoy, Dennis Rowlands, arrived").
TEST(QuotesDesksOfRound30, DatelinesHideNoOneAndAreNoOne) {
  auto q = Statements("MOSCOW (UPI) -- Pravda published an editorial today. It denounced \"subjectivism\" in farming.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pravda");
  q = Statements(
      "JERUSALEM (Reuters) - The envoy, Dennis Rowlands, arrived in the city on Monday.\n\n"
      "\"I did not come here to fail,\" the envoy told reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dennis Rowlands");
  EXPECT_EQ(q[0].role, "The envoy");
}

// "The Vice President said" after "Vice President Hubert H. Humphrey": a
// rank and its office read as one title, as they are read on the name.
TEST(QuotesDesksOfRound30, TheVicePresidentIsTheVicePresident) {
  auto q = Statements(
      "\"We are ready,\" said Vice President Hubert H. Humphrey.\n\n\"The fight goes on,\" the Vice President said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Hubert H. Humphrey");
  // A prime minister is no deputy prime minister.
  q = Statements("\"We are ready,\" said Prime Minister Anna Berg.\n\n\"It goes on,\" the deputy prime minister said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "the deputy prime minister");
}

// "Rio Plata Silver said ... The company said": a name ending in a commodity,
// three words long, is a firm's even where the recogniser took it for a
// person's; "Nate Silver" stays a person.
TEST(QuotesDesksOfRound30, AFirmNamedForItsCommodity) {
  auto q = Statements("Rio Plata Silver said on Monday its mine had been suspended.\n\nThe company said it would appeal.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Rio Plata Silver");
  q = Statements("Nate Silver said on Monday the poll was wrong.\n\nThe company said it would appeal.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The company");
}

// "Warned Dr. Pieter Jansen, a toxicologist: "..."", "Said Mayor Tom Reed,
// "..."": a verb of saying opening the sentence inverts its speaker before a
// colon or a comma.
TEST(QuotesDesksOfRound30, InvertedLabelsOfAnyVerbOfSaying) {
  auto q = Statements("Warned Dr. Pieter Jansen, a Dutch toxicologist: \"This drug kills.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pieter Jansen");
  EXPECT_EQ(q[0].role, "a Dutch toxicologist");
  EXPECT_EQ(q[0].cue, "Warned");
  q = Statements("Said Mayor Tom Reed, \"We will march.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Reed");
  EXPECT_EQ(q[0].role, "Mayor");
  q = Statements("Quipped one aide, \"Not my problem.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one aide");
}

// "the whistleblower told reporters", "Hurdler Jasmine Pryce says",
// "Arbitrator Walter Benning wrote", "40 former Olympians": people of the
// doping, sports and police desks.
TEST(QuotesDesksOfRound30, PeopleOfTheDopingAndPoliceDesks) {
  auto q = Statements("\"I fear for my life,\" the whistleblower told reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the whistleblower");
  q = Statements("Hurdler Jasmine Pryce says she will retire if her ban is upheld.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jasmine Pryce");
  EXPECT_EQ(q[0].role, "Hurdler");
  q = Statements("Arbitrator Walter Benning wrote that the firing was unjustified.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Walter Benning");
  EXPECT_EQ(q[0].role, "Arbitrator");
  q = Statements("In an open letter, 40 former Olympians called on the IOC to act. \"We were robbed,\" they wrote.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "40 former Olympians");
}

// "said Chief Anita Okafor, her voice breaking": an absolute phrase after
// the name is the writer's picture, no role; "her campaign manager" is one.
TEST(QuotesDesksOfRound30, AnAbsolutePhraseIsNoRole) {
  auto q = Statements("\"I want to be very clear,\" said Chief Anita Okafor, her voice breaking.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Chief");
  q = Statements("\"We lost,\" said Tom Reed, his eyes welling with tears.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("\"We lost,\" said Tom Reed, her campaign manager.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "her campaign manager");
}

// "..., the International Rowing Federation, FISA, said.": a body's name and
// its initials after the statement; the name speaks.
TEST(QuotesDesksOfRound30, ABodyAndItsInitialsAfterTheStatement) {
  auto q = Statements("Five athletes tested positive for meldonium, the International Rowing Federation, FISA, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Five athletes tested positive for meldonium");
  EXPECT_EQ(q[0].speaker, "International Rowing Federation");
  q = Statements("Five athletes tested positive, the federation, FISA, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "FISA");
  EXPECT_EQ(q[0].role, "the federation");
}

// ""Justified. Justified. Justified."": capitalised words parted by full
// stops are sentences, however short, not a title.
TEST(QuotesDesksOfRound30, OneWordSentencesAreNoTitle) {
  auto q = Statements("\"It is the same answer,\" said Jordan Pike. \"Justified. Justified. Justified.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "Justified. Justified. Justified.");
  EXPECT_EQ(q[1].speaker, "Jordan Pike");
  EXPECT_TRUE(Statements("She starred in \"Mr. Smith Goes to Washington.\"").empty());
  EXPECT_TRUE(Statements("The chef has a dish called \"Oops! I Dropped the Lemon Tart.\" It sells well.").empty());
}

// "said a veteran sergeant who spoke on condition of anonymity because he
// was not authorized to speak": the reason is no part of who spoke.
TEST(QuotesDesksOfRound30, TheReasonForAnonymityIsNoPartOfTheSpeaker) {
  auto q = Statements(
      "\"We were told nothing,\" said a veteran sergeant who spoke on condition of anonymity because he was not "
      "authorized to speak.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a veteran sergeant who spoke on condition of anonymity");
}

// "told jurors Tuesday he never suspected ...": a day between the listener
// and the clause; "said in a report that output fell": a noun and its past
// after the medium are a clause.
TEST(QuotesDesksOfRound30, ShortClausesAfterTheListenerOrTheMedium) {
  auto q = Statements("Former TelNova chief Bernard Ebright told jurors Tuesday he never suspected his finance chief.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "he never suspected his finance chief");
  EXPECT_EQ(q[0].speaker, "Bernard Ebright");
  q = Statements("Glencore said in a report that output fell.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Glencore");
}

// "Special Prosecutor Lyman T. Hargrove", "the sleuth said", "the pair
// said" after two people named together.
TEST(QuotesDesksOfRound30, ProsecutorsSleuthsAndPairs) {
  auto q = Statements("Special Prosecutor Lyman T. Hargrove said the tapes were needed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lyman T. Hargrove");
  EXPECT_EQ(q[0].role, "Special Prosecutor");
  q = Statements("\"We are investigating,\" the sleuth said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the sleuth");
  q = Statements("The film is from Anna Berg and Tom Reed.\n\n\"We are saddened,\" the pair said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anna Berg and Tom Reed");
}

// "Niall Brennan and Jennifer Wu said": an unknown two-word name joined to
// another before the verb is a person too, and the quote is the two's;
// "Infrastructure Minister Ariel "Arik" Shamron": a nickname after a
// portfolio and its title.
TEST(QuotesDesksOfRound30, NamesJoinedOrNicknamedAfterAPortfolio) {
  auto q = Statements("\"This decision is flawed,\" Niall Brennan and Jennifer Wu said in a joint blog post.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Niall Brennan and Jennifer Wu");
  q = Statements("Infrastructure Minister Ariel \"Arik\" Shamron said Sunday he would not shake his hand.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ariel Shamron");
  EXPECT_EQ(q[0].role, "Infrastructure Minister");
}

// "said a veteran sergeant who spoke on condition of anonymity ... He said":
// the description's head before its relative clause is a person "he" may
// name again.
TEST(QuotesDesksOfRound30, APronounAfterADescriptionWithARelativeClause) {
  auto q = Statements(
      "\"I have never seen morale this low,\" said a veteran sergeant who spoke on condition of anonymity because he "
      "was not authorized to speak.\n\nHe said at least a dozen officers had applied to other departments.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "a veteran sergeant who spoke on condition of anonymity");
}

// "A police report obtained by the Inquirer showed that ...", "The
// retraction note states that ...": a report or note after its determiner,
// a verb after it, heads the subject and is no cue.
TEST(QuotesDesksOfRound30, AReportHeadingItsSubjectIsNoCue) {
  auto q = Statements("A police report obtained by the Inquirer showed that the victim was unarmed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the victim was unarmed");
  EXPECT_EQ(q[0].speaker, "A police report obtained by the Inquirer");
  q = Statements("The retraction note states that the data could not be verified.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The retraction note");
  EXPECT_EQ(q[0].cue, "states");
}

// "President Dalton, at his news conference, said": an occasion set off by
// commas is no role.
TEST(QuotesDesksOfRound30, AnOccasionIsNoRole) {
  auto q = Statements("President Dalton, at his news conference, said the tapes were private.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dalton");
  EXPECT_EQ(q[0].role, "President");
  q = Statements("Tom Reed, in his first interview since the election, said the tapes were private.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
}

// "Tony Fasone ... Mr. Fasone's wife, Lea Fasone, ... Mr. Fasone said": a
// courtesy title names the bearer of its gender mentioned last.
TEST(QuotesDesksOfRound30, ACourtesyTitleNamesTheBearerOfItsGender) {
  auto q = Statements(
      "Tony Fasone testified on Monday. Mr. Fasone's wife, Lea Fasone, also pleaded guilty. Mr. Fasone said he "
      "wanted to protect her.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tony Fasone");
}

// "his father, Saldy delos Santos, told Rappler", "Sen. Ronaldo "Bato" dela
// Paz said": Filipino family names' particles, after a nickname too.
TEST(QuotesDesksOfRound30, FilipinoParticlesInFamilyNames) {
  auto q = Statements("\"We will fight,\" his father, Saldy delos Santos, told Rappler.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Saldy delos Santos");
  EXPECT_EQ(q[0].role, "his father");
  q = Statements("Sen. Ronaldo \"Bato\" dela Paz said he would not resign from the Senate.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ronaldo dela Paz");
  EXPECT_EQ(q[0].role, "Sen.");
}

// "Nelly Vance, the world No. 1, shot a 75 and said": the subject's own act
// after the appositive is no role; "who played with Luke Harlan" an act, no
// office ("who played for the Bears" stays one).
TEST(QuotesDesksOfRound30, ActsAfterTheNameAreNoRole) {
  auto q = Statements("Nelly Vance, the world No. 1, shot a 75 and said she was tired.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the world No. 1");
  q = Statements("\"It was ridiculous,\" said Gary Nettleton, who played with Luke Harlan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("\"It was ridiculous,\" said Gary Nettleton, who played for the Bears.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "who played for the Bears");
}

// "The committee's chairman, Representative Peter W. Rodano, called ... but
// said": the titled name after the description speaks both verbs; "said
// Netflix head of film Dan Lin": a people noun's field inside the role.
TEST(QuotesDesksOfRound30, TitledNamesAfterADescriptionOrAField) {
  auto q = Statements(
      "The House Judiciary Committee's chairman, Representative Peter W. Rodano, called the subpoena \"a necessary "
      "step\" but said no decision had been reached.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Peter W. Rodano");
  EXPECT_EQ(q[1].role, "The House Judiciary Committee's chairman");
  q = Statements("\"It's a great deal,\" said Netflix head of film Dan Lin.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dan Lin");
  EXPECT_EQ(q[0].role, "Netflix head of film");
}

// "in what one American official described as "the toughest phase"", "what
// one former commissioner called "...": the namer after "what" said the
// quoted words; "what he called" stays the sentence's subject's.
TEST(QuotesDesksOfRound30, TheNamerAfterWhat) {
  auto q = Statements(
      "Negotiators worked through the night in what one American official described as \"the toughest phase\" of the "
      "summit.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one American official");
  EXPECT_EQ(q[0].cue, "described");
  q = Statements("Critics accuse Bryce of pursuing what one former commissioner called \"antitrust populism.\"");
  bool namer = false;
  for (const auto& s : q) namer = namer || (s.kind == "partial" && s.speaker == "one former commissioner");
  EXPECT_TRUE(namer);
  q = Statements("The senator condemned what he called a \"brazen breach\" of trust.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The senator");
}

// ""No comment," was all Efren Lumabas would say.": the one who would say
// no more said it.
TEST(QuotesDesksOfRound30, WasAllTheyWouldSay) {
  auto q = Statements("\"No comment,\" was all Efren Lumabas would say.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Efren Lumabas");
  EXPECT_EQ(q[0].cue, "would say");
  q = Statements("\"No comment,\" was all the spokesman would say.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the spokesman");
}

// ""We will win," the zorbler said.": a whole quote closed by its comma, then
// a determiner, a few lower-case words and a verb of saying, keeps its
// speaker as written whatever noun the lexicons lack.
TEST(QuotesDesksOfRound30, AQuoteIsNotLostForAnUnknownNoun) {
  auto q = Statements("\"We will win,\" the zorbler said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the zorbler");
  EXPECT_EQ(q[0].cue, "said");
  q = Statements("\"We will turn this plane into a coffin,\" one hijacker said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "one hijacker");
}

// "St. Anne's said", "Mercy Hospital, which said": hospitals as speakers.
TEST(QuotesDesksOfRound30, HospitalsSpeak) {
  auto q = Statements("St. Anne's said it could not comment because of privacy rules.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "St. Anne's");
  q = Statements("The plan drew objections from Mercy Hospital, which said it would lose patients.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "it would lose patients");
  EXPECT_EQ(q[0].speaker, "Mercy Hospital");
}

// "The clinic cannot stay open, said Dr. Elise Carver.": a modal's negation
// is the clause's verb before an inverted attribution.
TEST(QuotesDesksOfRound30, ANegatedModalBeforeAnInvertedCue) {
  auto q = Statements("The clinic cannot stay open, said Dr. Elise Carver.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The clinic cannot stay open");
  EXPECT_EQ(q[0].speaker, "Elise Carver");
  q = Statements("The clinic can't stay open, said Dr. Elise Carver.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Elise Carver");
}

// "Dr. Raj Mehta had a simple pitch to recruit doctors to rural Montana:
// "..."": the clause's verb opens a quote after a colon whatever word ends
// the clause.
TEST(QuotesDesksOfRound30, AColonAfterAPlaceIntroducesTheQuote) {
  auto q = Statements(
      "Dr. Raj Mehta had a simple pitch to recruit doctors to rural Montana: \"Come for the mountains, stay for the "
      "patients.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Raj Mehta");
}

// "..., the Michigan Sheriffs' Association, whose executive director, Thomas
// Kell, said ...": the name set off after "whose" and its office speaks.
TEST(QuotesDesksOfRound30, TheNameAfterWhoseAndItsOffice) {
  auto q = Statements(
      "The fees were defended by the Michigan Sheriffs' Association, whose executive director, Thomas Kell, said "
      "the fees fund jail programs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the fees fund jail programs");
  EXPECT_EQ(q[0].speaker, "Thomas Kell");
  EXPECT_EQ(q[0].role, "executive director");
  q = Statements("The group, whose director, Thomas Kell, said the fees fund programs, objected.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the fees fund programs");
  EXPECT_EQ(q[0].speaker, "Thomas Kell");
}

// "Islamic Jihad said it would punish ... for the U.S. Navy's shelling ... It
// said": an owner before its possessive is named in passing, not the "it"
// that speaks next.
TEST(QuotesDesksOfRound30, ItIsNoOwnerNamedInPassing) {
  auto q = Statements(
      "Islamic Jihad said it would punish the United States for the U.S. Navy's shelling of Druse villages. It "
      "said: \"The Americans will learn.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Islamic Jihad");
}

// "Some formerly incarcerated people said": an adverb's participle before
// the people noun is part of who spoke.
TEST(QuotesDesksOfRound30, AnAdverbsParticipleBeforeThePeopleNoun) {
  auto q = Statements("Some formerly incarcerated people said the program helped.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Some formerly incarcerated people");
  q = Statements("Some recently released inmates said the program helped.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Some recently released inmates");
}

// "According to him, "..."": the person the pronoun names; "Governor Bala
// Maikudi of Jigawa State ... He said": a state named so is a place, no one
// "he" may name.
TEST(QuotesDesksOfRound30, PronounsAfterAccordingToAndAfterAState) {
  auto q = Statements(
      "Salihu Danladi spoke at the rally. According to him, \"What happened in Kano was not an election.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Salihu Danladi");
  q = Statements(
      "Governor Bala Maikudi of Jigawa State has said the state would act.\n\nHe said: \"We will not allow "
      "violence.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Bala Maikudi");
}

// "Islamic Jihad, a group that claims to hold six Americans, said": a body's
// noun and its relative clause describe the speaker, though "claims" is a
// verb of saying.
TEST(QuotesDesksOfRound30, ARelativeClauseAfterABodysNoun) {
  auto q = Statements("Islamic Jihad, a group that claims to hold six Americans, said the hostages would be freed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Islamic Jihad");
  EXPECT_EQ(q[0].role, "a group that claims to hold six Americans");
}

// "The member for Okrika, Dagogo Abbey, said": a description naming a place
// before the name set off after it is the role; "The New York Times, the
// paper of record, said" stays the paper's.
TEST(QuotesDesksOfRound30, ADescriptionNamingAPlaceBeforeTheName) {
  auto q = Statements("The member for Okrika, Dagogo Abbey, said the Speaker had shown leadership.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dagogo Abbey");
  EXPECT_EQ(q[0].role, "The member for Okrika");
  q = Statements("The ex-governor, in a chat with newsmen, said the party would win.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The ex-governor");
}

// "The club's supporters' trust said ... "Enough is enough," the trust
// said": a longer description with "the" and that head noun.
TEST(QuotesDesksOfRound30, TheHeadNounOfALongerDescription) {
  auto q = Statements(
      "The club's supporters' trust said the sale was a betrayal.\n\n\"Enough is enough,\" the trust said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The club's supporters' trust");
}

// "The video was removed by TikTok, the company confirmed.": the one firm
// named in the sentence before the noun; a union is no company.
TEST(QuotesDesksOfRound30, TheCompanyNamedInItsOwnSentence) {
  auto q = Statements("The video was removed by TikTok, the company confirmed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "TikTok");
  // The clause's subject, not an object or an investor "led by" another.
  q = Statements("Apple sued Samsung on Monday, the company said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Apple");
  q = Statements("Skyline Aero has raised $250 million from investors led by Mitsuhashi Corp., the company announced.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Mitsuhashi Corp.");
  q = Statements("BURBANK, Calif. - The studio will cut 200 jobs, the company said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the company");
}

// Regressions the judges found: "Gary Chambers" is a person (no chambers of
// commerce), "The jury in Kansas City, Mo., found" keeps the jury, an
// owner's name ending in 's inside a role keeps it, "the hawker said" after
// a long quote of Madam Tan's is hers, and "Pemex, he told senators,
// "..."" invents no statement "Pemex".
TEST(QuotesDesksOfRound30, RegressionsTheJudgesFound) {
  auto q = Statements("\"Curfews do not work,\" said community activist Gary Chambers.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gary Chambers");
  q = Statements("The jury in Kansas City, Mo., found that the company was liable.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Mo.");
  q = Statements("\"We were outplayed,\" said Lou Rossi, the coach of St. John's.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the coach of St. John's");
  q = Statements(
      "\"Hawker culture is our heritage,\" said Madam Tan Ah Lian. \"Who will carry on? Young people do not want to "
      "wake up at four,\" the hawker said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Tan Ah Lian");
  q = Statements("Pemex, he told senators, \"has never been stronger.\"");
  for (const auto& s : q) EXPECT_NE(s.text, "Pemex");
}

// "Ohio will close two prisons, Commissioner Ashby told lawmakers, a move he
// said would save $40 million.": the attribution with its listener inside
// the statement, and the writer's appositive after it holding a report of
// its own.
TEST(QuotesDesksOfRound30, AnAttributionWithItsListenerInsideTheStatement) {
  auto q = Statements(
      "Ohio will close two prisons, Commissioner Ashby told lawmakers, a move he said would save $40 million.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Ohio will close two prisons");
  EXPECT_EQ(q[0].speaker, "Ashby");
  EXPECT_EQ(q[0].cue, "told");
  EXPECT_EQ(q[1].text, "would save $40 million");
  EXPECT_EQ(q[1].speaker, "Ashby");
}

// "the collector said of the painting", "the peer said", "the tournament,
// one of the oldest events, said": people and bodies of the art, British and
// tennis desks; a verb of saying after an unknown noun with "of".
TEST(QuotesDesksOfRound30, PeopleOfTheArtTennisAndBritishDesks) {
  auto q = Statements("\"It was a bargain,\" the collector said of the painting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the collector");
  q = Statements("\"It was a bargain,\" the zorbler said of the painting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the zorbler");
  q = Statements("\"We have a duty to act now,\" the peer said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the peer");
  q = Statements("The tournament, one of the oldest events, said it would switch.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The tournament");
}

// "announced Hugo Lemaire, to applause from reporters", "said Susan Morales,
// her son at her side": the writer's circumstance is no role.
TEST(QuotesDesksOfRound30, CircumstancesAfterTheNameAreNoRole) {
  auto q = Statements("\"It is my last season,\" announced Hugo Lemaire, to applause from reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("\"I lost,\" said Susan Morales, her son at her side.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
}

// "He said nothing was decided.": "nothing" as the clause's subject.
TEST(QuotesDesksOfRound30, NothingAsTheClausesSubject) {
  auto q = Statements("Tom Reed spoke. He said nothing was decided.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "nothing was decided");
  EXPECT_EQ(q[0].speaker, "Tom Reed");
}

// "at 2:11 a.m. Naomi Sato said": a clock time ends its sentence before a
// capital that is no day, month or time zone; "at 9 a.m. Tuesday" goes on.
TEST(QuotesDesksOfRound30, AClockTimeEndsItsSentence) {
  auto q = Statements(
      "Akira Sato said he saw the first signal at 2:11 a.m. Naomi Sato said she called the office within minutes.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Akira Sato");
  EXPECT_EQ(q[1].text, "she called the office within minutes");
  EXPECT_EQ(q[1].speaker, "Naomi Sato");
  q = Statements("The office opened at 9 a.m. Tuesday, officials said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The office opened at 9 a.m. Tuesday");
}

// "the foreign ministry's Lin Jiaming said", "The Likud's Silvan Shaul": the
// owner before the name is the affiliation, without its possessive.
TEST(QuotesDesksOfRound30, AnOwnerBeforeTheNameIsTheAffiliation) {
  auto q = Statements("\"Overcapacity is a false proposition,\" the foreign ministry's Lin Jiaming said on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lin Jiaming");
  EXPECT_EQ(q[0].role, "the foreign ministry");
  q = Statements("The Likud's Silvan Shaul called the remarks \"irresponsible.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "The Likud");
  q = Statements("The British Chambers of Commerce said the deal was bad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "British Chambers of Commerce");
}

// "Afterwards Lemaire said": an adverb opening the sentence is neither name
// nor role; "A teacher who asked not to be named because she feared
// retaliation said": the pronoun inside the relative clause is no subject;
// "said the fisherman, who gave his name as Rusdi": the name given.
TEST(QuotesDesksOfRound30, AdverbsRelativePronounsAndGivenNames) {
  auto q = Statements("\"It went well,\" said the auctioneer afterward.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the auctioneer");
  q = Statements("Afterwards Lemaire said the deal was bad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lemaire");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("A teacher who asked not to be named because she feared retaliation said the rules were vague.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A teacher");
  q = Statements("\"I thought it was the end of the world,\" said the fisherman, who gave his name as Rusdi.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rusdi");
  EXPECT_EQ(q[0].role, "the fisherman");
}

// The last hunt's regressions: "Swedish furniture giant IKEA will cut ...,
// the company said" (a body within the clause's first words), "The family
// of hostage Omer Natan, a soldier, said that they had been informed by the
// military that ..." (the described subject before its appositive),
// "Students for Life's Kristan Hawkins" (an owner set before the name), "the
// service" after "the Danish Security and Intelligence Service".
TEST(QuotesDesksOfRound30, TheLastHuntsRegressions) {
  auto q = Statements("Swedish furniture giant IKEA will cut prices on hundreds of products, the company said on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "IKEA");
  q = Statements(
      "The family of hostage Omer Natan, a soldier, said that they had been informed by the military that he was "
      "killed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The family of hostage Omer Natan");
  EXPECT_EQ(q[0].cue, "said");
  q = Statements(
      "Jindalee Resources has appointed former Rio Tinto executive Sharon Tait as its chief, the company said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Rio Tinto");
  q = Statements("A spokesperson for Meridian Health, the nonprofit that operates the hospital, said it was outdated.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Students for Life's Kristan Hawkins told the Washington Examiner that the law was weak.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Students for Life");
  q = Statements(
      "A Danish man has been arrested, the Danish Security and Intelligence Service (PET) said. \"The investigation "
      "is ongoing,\" the service said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "the Danish Security and Intelligence Service");
}

// ""A," he said. "B."": the quote that takes its neighbour's speaker takes
// its cue too; ""We will not back down." Those were the first words from
// board President Linda Harwell": the sentence after names the speaker.
TEST(QuotesDesksOfRound30, ContinuationsAndTheSentenceAfter) {
  auto q = Statements("\"We were outplayed,\" Solberg said. \"But I know what a Sunday can do.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Solberg");
  EXPECT_EQ(q[1].cue, "said");
  // (Every paragraph of a quote running over several.)
  q = Statements("Tom Reed told reporters: \"We will win.\n\n\"We will win again.\n\n\"And again.\"");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].speaker, "Tom Reed");
  EXPECT_EQ(q[2].cue, "told");
  q = Statements(
      "\"We will not back down.\"\n\nThose were the first words from board President Linda Harwell on Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Linda Harwell");
  q = Statements(
      "\"I did the crime. I did the time. Now let me vote.\"\n\nThat was the message from Jamal Whitfield, 38, who "
      "served 12 years.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jamal Whitfield");
}

}  // namespace
}  // namespace newsgraph
