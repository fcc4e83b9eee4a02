// Forms met on the desks round 39 read: Colombian, Malaysian, Ghanaian and
// Baltic politics, snooker and darts, pensions, water companies, comics;
// and gaps earlier rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "did not deny the report", "would not rule out a snap election": a stance
// verb's bare form after an auxiliary and its negation is a statement, as
// PolNeAR annotates it, with the negation in the cue.
TEST(QuotesDesksOfRound39, NegatedStanceVerbWithObject) {
  auto q = Statements("The minister did not deny the report.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The minister");
  EXPECT_EQ(q[0].cue, "did not deny");
  EXPECT_EQ(q[0].text, "the report");
  q = Statements("The minister would not rule out a snap election.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "would not rule out");
  EXPECT_EQ(q[0].text, "a snap election");
  q = Statements("Officials blame the heavy rain for the flooding.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "blame");
  EXPECT_TRUE(Statements("They face a storm of praise and blame.").empty());
}

// "Regulators are worried, said Tan.": a one-word name the recogniser left
// alone after an inverted "said" speaks, as it does after a quote; a day
// there does not.
TEST(QuotesDesksOfRound39, OneWordNameAfterInvertedSaid) {
  auto q = Statements("Regulators are worried, said Tan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tan");
  EXPECT_EQ(q[0].text, "Regulators are worried");
  q = Statements("Prices will rise, said Tan, an economist at DBS.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tan");
  EXPECT_EQ(q[0].role, "an economist at DBS");
  EXPECT_TRUE(Statements("Prices will rise, said Monday.").empty());
}

// "said in emailed comments": the participle before the medium's noun is
// an adjective, no second cue, and the clause after it is still the report.
TEST(QuotesDesksOfRound39, ParticipleBeforeMediumIsNoCue) {
  auto q = Statements("Lim Wei Tan said in emailed comments that inflation will ease.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].text, "that inflation will ease");
  q = Statements("Inflation will ease next year, Lim Wei Tan said in emailed comments.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
}

// "thanked her fans, her family, and her team": the serial comma before a
// list's last item keeps the list whole; a clause after ", and" does not
// join it.
TEST(QuotesDesksOfRound39, SerialCommaInListedObject) {
  auto q = Statements("The singer thanked her fans, her family, and her team.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "her fans, her family, and her team");
  q = Statements("The singer praised the plan, and her rival left the stage.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the plan");
}

// "A second, who trades in car parts, said", "Another, a mother of three,
// said": one more of a group named before speaks, with its appositive as
// its role.
TEST(QuotesDesksOfRound39, OrdinalAndAnotherWithAppositive) {
  auto q = Statements("Traders were angry. A second, who trades in car parts, said: \"We cannot survive this.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A second");
  q = Statements("Parents were angry. Another, a mother of three, said the fees were too high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Another");
  EXPECT_EQ(q[0].role, "a mother of three");
  q = Statements("The plan was rejected. A second vote is planned, officials said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "officials");
}

// "complained about the table", "paid tribute to his opponent", "spoke of
// her delight": a sports desk's stances on an object; paying for a meal is
// none.
TEST(QuotesDesksOfRound39, ComplainedAboutAndPaidTributeTo) {
  auto q = Statements("Judd Trump complained about the table.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "complained about");
  EXPECT_EQ(q[0].text, "the table");
  q = Statements("Mark Allen paid tribute to his opponent.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "paid tribute to");
  EXPECT_EQ(q[0].text, "his opponent");
  q = Statements("Fallon Sherrock spoke of her delight at the result.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "spoke of");
  EXPECT_TRUE(Statements("Mark Allen paid for the meal.").empty());
}

// "Profits rose, the company said, and its shares fell": a new subject
// after "and" past a closing attribution is the writer's next clause, no
// second piece of the statement.
TEST(QuotesDesksOfRound39, WritersClauseAfterAndPastAttribution) {
  auto q = Statements("Profits rose 5 percent, the company said, and its shares fell 2 percent in early trading.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Profits rose 5 percent");
}

// Malaysia's honorifics: "Tan Sri", "Datuk Amar", "Datuk Patinggi" and a
// "Dr" after them are no part of the name nor of the office before them;
// "Tan" alone is a family name.
TEST(QuotesDesksOfRound39, MalaysianTwoWordHonorifics) {
  auto q = Statements("EC chairman Tan Sri Ramlan Harun said the coalition was united.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ramlan Harun");
  EXPECT_EQ(q[0].role, "EC chairman");
  q = Statements("Health Minister Datuk Seri Dr Dzulkefly Ahmad said the coalition was united.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dzulkefly Ahmad");
  EXPECT_EQ(q[0].role, "Health Minister");
  q = Statements("Sarawak Premier Datuk Patinggi Tan Sri Abang Johari Openg said the plan was sound.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Abang Johari Openg");
  EXPECT_EQ(q[0].role, "Sarawak Premier");
  q = Statements("Tan Sri Ramlan Harun said the plan was sound.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ramlan Harun");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Tan Ah Kow said he was worried.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tan Ah Kow");
}

// Singapore's "Madam" and "Mdm" are courtesy styles, as "Mr" is.
TEST(QuotesDesksOfRound39, MadamIsACourtesyStyle) {
  auto q = Statements("\"It is convenient,\" said Madam Lim Siew Hoon, 72.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lim Siew Hoon");
  q = Statements("Mdm Tan Bee Lian said it was convenient.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tan Bee Lian");
}

// "Mohamad Sabu, better known as Mat Sabu, said": the nickname in the
// aside names the person before it, who speaks; a nickname in quotes there
// is no statement.
TEST(QuotesDesksOfRound39, NicknameInTheSubjectsAside) {
  auto q = Statements("Mohamad Sabu, better known as Mat Sabu, said Amanah would not beg for seats.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mohamad Sabu");
  q = Statements("Peter Wright, nicknamed \"Snakebite\", said he was happy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Peter Wright");
  q = Statements("Chile's National Emergency Office, known as ONEMI, said the fires were contained.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "ONEMI");
}

// A bare stance verb that is also a noun ("dispute", "praise", "blame") is a
// verb only after an auxiliary, "not", an adverb or a plural subject.
TEST(QuotesDesksOfRound39, BareFormThatIsAlsoANoun) {
  EXPECT_TRUE(Statements("The Mi'kmaw fishery dispute flared again Tuesday.").empty());
  EXPECT_TRUE(Statements("A soldier accused of killing two men in a barracks dispute pleaded not guilty.").empty());
  auto q = Statements("The unions dispute the figures.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The unions");
  EXPECT_EQ(q[0].text, "the figures");
}

// "... but defended Bernie Sanders as a mainstream candidate": a person is
// a second stance's whole object, as of a first; a stance verb after a
// comma never inverts ("CLAUSE, mocked X" is no "CLAUSE, said X").
TEST(QuotesDesksOfRound39, SecondStanceOnAPerson) {
  auto q = Statements(
      "Biden complained about the dour tone of the primary but defended Bernie Sanders as a mainstream candidate, "
      "mocked the Republican Party and its leading presidential contenders, and made it clear that the White House "
      "is not planning a change.");
  ASSERT_GE(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Biden");
  EXPECT_EQ(q[1].cue, "defended");
  EXPECT_EQ(q[1].text, "Bernie Sanders as a mainstream candidate");
  for (const auto& s : q) EXPECT_NE(s.speaker, "the Republican Party and its leading presidential contenders");
}

// Roles given in a sentence that says nothing carry to later quotes: a
// player's rank in apposition ("the world number four"), one people noun
// opening the sentence ("Artist Lorena Vidal"), a description after a time
// word ("Yesterday housing economist Priya Raman").
TEST(QuotesDesksOfRound39, RolesFromSentencesThatSayNothing) {
  auto q = Statements(
      "Stephen Bunting, the world number four, beat Luke Littler 10-8. Bunting told ITV4: \"I have waited a long "
      "time.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the world number four");
  q = Statements("Artist Lorena Vidal signed books for hours. \"It hurts,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Artist");
  q = Statements("Yesterday housing economist Priya Raman studied the data. \"It is grim,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "housing economist");
  q = Statements("Judge Ann Lee read the verdict. \"It is grim,\" Lee said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
}

// A quoted object after a verb's own particle is a partial statement, a
// possessive between them or not ("spoke of her "relief""); another
// particle is no stance ("paying for "points"").
TEST(QuotesDesksOfRound39, QuotedObjectAfterTheVerbsOwnParticle) {
  auto q = Statements("Lucy Bronze spoke of her \"relief\" at finally lifting the trophy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].cue, "spoke of");
  EXPECT_EQ(q[0].text, "relief");
  EXPECT_TRUE(Statements("Many buyers are paying for \"points,\" upfront fees that lower the rate.").empty());
  EXPECT_TRUE(Statements("Two brothers, Jake and Ben Whitaker, stayed behind to defend the family ranch.").empty());
}

// "Which? said": the consumer body's name holds its question mark, glued
// and followed by no sentence of its own.
TEST(QuotesDesksOfRound39, WhichQuestionMarkIsAName) {
  auto q = Statements("Which? said prices had risen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Which?");
  q = Statements("The consumer group Which? found that prices had risen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Which?");
  EXPECT_EQ(q[0].role, "The consumer group");
  EXPECT_TRUE(Statements("Which road should we take? We asked.").empty());
}

// "Allende famously said", "Tohá flatly denied": a manner adverb between a
// lone name and its verb of saying leaves the name a speaker.
TEST(QuotesDesksOfRound39, MannerAdverbAfterALoneName) {
  auto q = Statements("Allende famously said the revolution would be peaceful.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Allende");
  q = Statements("Toha flatly denied the report.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Toha");
}

// Ethiopia's "Ato", "Woizero", "Obbo" are courtesy styles; a body's
// initials in apposition ("The Romanian Intelligence Service, SRI,") are
// its other name, no role, while a person's party initials stay one.
TEST(QuotesDesksOfRound39, EthiopianStylesAndABodysInitials) {
  auto q = Statements("Ato Getachew Reda told reporters that the talks had stalled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Getachew Reda");
  q = Statements("The Romanian Intelligence Service, SRI, said the attack was foiled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Romanian Intelligence Service");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Maria Popescu, PSD, said the vote was rigged.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "PSD");
}

// An office of two joined portfolios ("Water and Energy Minister", "Law
// and Home Affairs Minister") is the role, not part of the name; a water
// company keeps its name.
TEST(QuotesDesksOfRound39, JoinedPortfoliosBeforeTheName) {
  auto q = Statements("Water and Energy Minister Habtamu Itefa said the dam was full.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Habtamu Itefa");
  EXPECT_EQ(q[0].role, "Water and Energy Minister");
  q = Statements("The Law Society said the bill was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Law Society");
  q = Statements("Thames Water said the leak was fixed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Thames Water");
}

// "Rs. 4,000 billion": a currency written before its amount ends no
// sentence.
TEST(QuotesDesksOfRound39, CurrencyAbbreviationBeforeAnAmount) {
  auto q = Statements("The minister said the government would release around Rs. 4,000 billion to the provinces.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the government would release around Rs. 4,000 billion to the provinces");
}

// "entreated the youth to remain calm", "queried why", "objected to the
// new rules", "appealed to the government to release the funds": verbs of
// the West African and South Asian wires.
TEST(QuotesDesksOfRound39, WireVerbsOfAppealAndQuery) {
  auto q = Statements("The Chief entreated the youth to remain calm.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the youth to remain calm");
  q = Statements("The minister queried why the funds had not been released.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "queried");
  q = Statements("The union objected to the new rules.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "objected to");
  q = Statements("The bishop appealed to the government to release the funds.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the government to release the funds");
  EXPECT_TRUE(Statements("The case was appealed to the Supreme Court.").empty());
}

// "gave the assurance that", "issued a warning that", "raised concerns
// that": a verb of little meaning and a statement's noun; the verb's
// subject said the clause, the phrase is the cue.
TEST(QuotesDesksOfRound39, SupportVerbAndAStatementsNoun) {
  auto q = Statements("The MP gave the assurance that the road would be fixed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The MP");
  EXPECT_EQ(q[0].cue, "gave the assurance");
  EXPECT_EQ(q[0].text, "that the road would be fixed");
  q = Statements("The MP issued a warning that the road would close.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "issued a warning");
  EXPECT_TRUE(Statements("It made the point that roads matter.").empty());
  EXPECT_TRUE(Statements("Big Machine Records issued a statement that appeared to make it possible.").empty());
}

// "Lloyd's List said": a listed name holding a possessive is one body.
TEST(QuotesDesksOfRound39, ListedNameHoldingAPossessive) {
  auto q = Statements("Lloyd's List said the port was congested.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lloyd's List");
  EXPECT_EQ(q[0].role, "<null>");
}

// The work staged ("a concert staging of "Elektra."") is a title in marks,
// no partial quote; the role a singer sings ("has sung Carmen") is no one
// a later "she" means.
TEST(QuotesDesksOfRound39, OperaTitlesAndRolesSung) {
  auto q = Statements("The soprano said she would sing in a concert staging of \"Elektra.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  q = Statements("Anna Berg has sung Carmen 31 times. \"It never gets old,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Anna Berg");
}

// Verbs a bare form shares with nouns need a verb's company; others do not
// ("Prosecutors in Mexico state accuse", "Officials here describe").
TEST(QuotesDesksOfRound39, BareFormsThatAreNoNouns) {
  auto q = Statements("Prosecutors in Mexico state accuse the former mayor of handing over the police.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "accuse");
  q = Statements("Sisters Kayla and Brianna Moss both enlisted. Kayla said she joined for the GI Bill.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
}

// "Chief Minister MK Stalin": two undotted initials after an office open the
// name; an office's or body's initials ("MP", "EU") do not.
TEST(QuotesDesksOfRound39, UndottedInitialsAfterAnOffice) {
  auto q = Statements("Chief Minister MK Stalin said the state would not accept the policy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "MK Stalin");
  EXPECT_EQ(q[0].role, "Chief Minister");
  q = Statements("Former Karnataka chief minister BS Yediyurappa denied the allegations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "BS Yediyurappa");
  q = Statements("Labour MP Jess Phillips said the bill was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jess Phillips");
  EXPECT_EQ(q[0].role, "Labour MP");
}

// "said a Sherpa who asked not to be named": the guides' people, written
// with a capital, describe an unnamed speaker.
TEST(QuotesDesksOfRound39, ASherpaWhoAskedNotToBeNamed) {
  auto q = Statements("\"The route is dangerous,\" said a Sherpa who asked not to be named.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a Sherpa who asked not to be named");
}

// British clerical styles ("the Rt Revd", "the Very Revd") are courtesy,
// no role; "Archdeacon" is an office.
TEST(QuotesDesksOfRound39, BritishClericalStyles) {
  auto q = Statements("The Bishop of London, the Rt Revd Sarah Mullally, said the church must change.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sarah Mullally");
  EXPECT_EQ(q[0].role, "The Bishop of London");
  q = Statements("The Very Revd Andrew Nunn said the cathedral would reopen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Andrew Nunn");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Archdeacon Mark Oakley said the cathedral would reopen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mark Oakley");
  EXPECT_EQ(q[0].role, "Archdeacon");
}

// "ordered 15 more KC-46 tankers": a purchase by number is no order; "ordered
// 2,000 residents to evacuate" still is one.
TEST(QuotesDesksOfRound39, APurchaseByNumberIsNoOrder) {
  EXPECT_TRUE(Statements("The Air Force ordered 15 more KC-46 tankers.").empty());
  EXPECT_TRUE(Statements("Ryanair ordered up to 300 Boeing jets.").empty());
  auto q = Statements("The governor ordered 2,000 residents to evacuate.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "2,000 residents to evacuate");
}

// "Said" is a family name with its capital mid-sentence before a comma or
// a verb of saying ("Fatma Said said", "Edward Said wrote"); East African
// courtesy styles ("Bw", "Hajji", "Eng") are no part of a name.
TEST(QuotesDesksOfRound39, SaidAsAFamilyNameAndEastAfricanStyles) {
  auto q = Statements("Fatma Said said the school was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Fatma Said");
  q = Statements("Ms Fatma Said, a teacher, said the school was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Fatma Said");
  EXPECT_EQ(q[0].role, "a teacher");
  q = Statements("Hajji Musa Kato said the road was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Musa Kato");
}

// "said Tuesday (March 4) that": RNS's date in brackets after the day is
// no part of the clause.
TEST(QuotesDesksOfRound39, DateInBracketsAfterTheDay) {
  auto q = Statements("Bishop Jane Doe said Tuesday (March 4) that the church would sell the building.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the church would sell the building");
}

// "... but would not say when", "but did not say how many": the subject's
// refusal after its first act is a statement of its own; "but would not
// elaborate" is none.
TEST(QuotesDesksOfRound39, RefusalAfterAFirstAct) {
  auto q = Statements("The minister confirmed the deal, but would not say when it would be signed.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "the deal");
  EXPECT_EQ(q[1].cue, "would not say");
  EXPECT_EQ(q[1].text, "when it would be signed");
  q = Statements("Police said the man was arrested but would not say how many officers were hurt.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Police");
  q = Statements("The minister confirmed the deal, but would not elaborate.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the deal");
}

// "praised Cabello and thanked the police": a second stance after "and"
// ends the first's object; "would not be drawn on whether" refuses;
// "hit back at" takes its object; "MS" in capitals is an office.
TEST(QuotesDesksOfRound39, SecondStanceRefusalAndOffices) {
  auto q = Statements("Maduro praised Cabello and thanked the police.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Cabello");
  EXPECT_EQ(q[1].cue, "thanked");
  q = Statements("The coach would not be drawn on whether Klaebo would race.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "whether Klaebo would race");
  EXPECT_TRUE(Statements("The plan was drawn on a napkin.").empty());
  q = Statements("Marquez hit back at his critics.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "hit back at");
  q = Statements("Wrexham MS Lesley Griffiths said the plan was sound.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Wrexham MS");
}

// "was branded "a disgrace" by Kate Forbes", "was dismissed by the ministry
// as "exaggerated"": a passive's agent said the words; with no agent no one
// named did.
TEST(QuotesDesksOfRound39, PassiveAgentOfAQuotedJudgement) {
  auto q = Statements("The plan was branded \"a disgrace\" by Kate Forbes.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kate Forbes");
  q = Statements("The claim was dismissed by the ministry as \"exaggerated\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the ministry");
  q = Statements("Bacon has been accused by Democrats of \"hiding behind bipartisanship.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Democrats");
  q = Statements("The party was accused of trying to deceive voters by changing its name to \"factcheckUK\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
  q = Statements("Ministers were last night accused of \"sitting on their hands\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
}

// "locals still call it "..."": an adverb after a people noun is no part of
// the unnamed speaker; "Canon Law" names no canon.
TEST(QuotesDesksOfRound39, AdverbAfterADescribedSpeaker) {
  auto q = Statements("The route was first climbed in 1963, and locals still call it \"the Americans' ridge.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "locals");
  q = Statements("Canon 1398 of the Code of Canon Law states that a cleric \"is to be punished\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Law");
}

// "Taxes must rise, Labour said": the party by its one word speaks; "Sales
// fell" names no one; "of Seaforth, St Thomas," is a parish after its town.
TEST(QuotesDesksOfRound39, PartyWordMarketNounAndParish) {
  auto q = Statements("Taxes must rise, Labour said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Labour");
  q = Statements("Sales fell 20 per cent, Reuters said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Reuters");
  q = Statements("Residents of Seaforth, St Thomas, said the water was off.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Residents of Seaforth, St Thomas");
  EXPECT_EQ(q[0].role, "<null>");
}

// Welsh "ab" and Gaelic "nan" join a name's words ("Gruffydd ab Owain",
// "Comhairle nan Eilean Siar"); an appositive naming the place a described
// speaker comes from describes the place ("Residents of Petare, a hillside
// slum,").
TEST(QuotesDesksOfRound39, CelticParticlesAndAPlacesAppositive) {
  auto q = Statements("Cllr Gruffydd ab Owain said the plan was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gruffydd ab Owain");
  q = Statements("Comhairle nan Eilean Siar said the ferry was cancelled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Comhairle nan Eilean Siar");
  q = Statements("Residents of Petare, a hillside slum, said the water was off.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Residents of Petare, a hillside slum");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Mark Ruiz, a lawyer in the town, said it was bad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "a lawyer in the town");
}

// ""...," Those were the words of X", "That was the message from X": the
// speaker named after the quote, its noun and preposition the cue.
TEST(QuotesDesksOfRound39, WordsOfAfterTheQuoteGiveTheCue) {
  auto q = Statements("\"I was shaking like a leaf.\" Those were the words of debutant Stan Moody after his win.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Stan Moody");
  EXPECT_EQ(q[0].cue, "the words of");
  q = Statements("\"We will win.\" That was the message from Kate Forbes.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "the message from");
}

// "A Department for Transport (DfT) spokesperson said": a body's initials
// in brackets inside the description; "Airbus, Boeing and Embraer all
// told": a list of names that all speak, not a role.
TEST(QuotesDesksOfRound39, BracketedInitialsAndListedSpeakers) {
  auto q = Statements("A Department for Transport (DfT) spokesperson said the rules would change.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A Department for Transport (DfT) spokesperson");
  q = Statements("Airbus, Boeing and Embraer all told regulators that the rule was unworkable.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Airbus, Boeing and Embraer");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Mark Ruiz, the chairman and chief executive, said the plan was bad.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "the chairman and chief executive");
}

// "The Société de transport de Montréal says": a French body's name holds
// its lower-case words and particles.
TEST(QuotesDesksOfRound39, FrenchBodysNameWithLowerCaseWords) {
  auto q = Statements("The Société de transport de Montréal says service will resume Monday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker.find("Société de transport de Montréal"), std::string::npos);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Office workers said the building was cold.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Office workers");
}

// "said a senior official on condition of anonymity": why the source goes
// unnamed is none of the speaker, after a quote or a clause.
TEST(QuotesDesksOfRound39, ConditionOfAnonymityIsNoPartOfTheSpeaker) {
  auto q = Statements("\"We will not yield,\" said a senior official on condition of anonymity.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a senior official");
  q = Statements("The plan is dead, said a senior official on condition of anonymity.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a senior official");
}

}  // namespace
}  // namespace newsgraph
