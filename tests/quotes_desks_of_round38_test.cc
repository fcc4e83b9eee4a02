// Forms met on the desks round 38 read: Polish and Thai politics, book
// publishing, universities, earthquakes, telecoms, athletics and New
// Zealand politics; and gaps earlier rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "Veteran mining analyst Tom Price": a trade in "-ing" before an office
// and a name is part of the role, not a reduced relative ("officials
// representing farmers said") with "Veteran" as its subject.
TEST(QuotesDesksOfRound38, TradeInIngBeforeOfficeAndName) {
  auto q = Statements("Veteran mining analyst Tom Price said copper would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Price");
  EXPECT_EQ(q[0].role, "Veteran mining analyst");
  q = Statements("Officials representing farmer groups said prices would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Officials representing farmer groups");
}

// "The auction house, Sotheby's, said": a listed name in 's set off by
// commas is the body, as it is before a verb ("Sotheby's said").
TEST(QuotesDesksOfRound38, ListedNameInApostropheSBetweenCommas) {
  auto q = Statements("The auction house, Sotheby's, said the painting would fetch $5 million.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sotheby's");
  EXPECT_EQ(q[0].role, "The auction house");
  q = Statements("Sotheby's, the auction house, said it would sell the painting.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sotheby's");
}

// "expressed "deep regret"", "voiced her "deep concern"": a verb of stance
// whose object is quoted gives a partial statement, as its bare object
// gives an indirect one. A view ("What Trump considers "smart"") does not.
TEST(QuotesDesksOfRound38, StanceVerbWithQuotedObject) {
  auto q = Statements("The minister expressed \"deep regret\" over the deaths.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].speaker, "The minister");
  EXPECT_EQ(q[0].cue, "expressed");
  EXPECT_EQ(q[0].text, "deep regret");
  q = Statements("The minister voiced her \"deep concern\" about the plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "voiced");
  EXPECT_TRUE(Statements("What Mr. Trump considers \"smart\" might be seen by others as evasive.").empty());
}

// "Age UK", "Santa Fe": a two-word entry whose second word is short and
// capitalised is a name, not a word and its lower-case value ("Ed m").
TEST(QuotesDesksOfRound38, ShortSecondWordOfAListedName) {
  auto q = Statements("Age UK said: \"Older people cannot wait any longer.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Age UK");
  q = Statements("Officials in Santa Fe said the fire was contained.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Officials in Santa Fe");
}

// A work's name opening the clause a closing attribution reports: with a
// number in it ("Black Ops 6") the report still stands; one word ("Hamlet")
// is no quote of its own beside the report. A one-word quote closed by a
// comma before its speaker stays a quote.
TEST(QuotesDesksOfRound38, WorksNameOpeningAReport) {
  auto q = Statements("\"Black Ops 6\" had sold more copies than any game in the series, Activision said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Activision");
  q = Statements("\"Hamlet\" will close in June, the theatre said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "\"Hamlet\" will close in June");
  q = Statements("\"Hopefully,\" the president said, \"this museum can help us talk to each other.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Hopefully");
}

// Campus and police titles: "Regent Frank Dolan", the Thai "Pol. Lt. Gen."
// inside a longer office; a Thai noble house's "na" inside the name.
TEST(QuotesDesksOfRound38, RegentPoliceRankAndThaiNobleName) {
  auto q = Statements("Regent Frank Dolan said the board would vote in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Frank Dolan");
  EXPECT_EQ(q[0].role, "Regent");
  q = Statements("Immigration Police Commissioner Pol. Lt. Gen. Somchai Rakthai said the suspects had fled.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Somchai Rakthai");
  EXPECT_EQ(q[0].role, "Immigration Police Commissioner Pol. Lt. Gen.");
  q = Statements("Prasong na Ayudhya said the palace had not been consulted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Prasong na Ayudhya");
}

// A sport's governing body named by the sport and its nation speaks by
// that name, in either order.
TEST(QuotesDesksOfRound38, SportsGoverningBodies) {
  auto q = Statements("Athletics Kenya said: \"We will cooperate fully.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Athletics Kenya");
  q = Statements("British Cycling said: \"We are proud of the riders.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "British Cycling");
}

// Trades of the book world are people nouns: "Translator X" is a role, and
// "the translator" names her again.
TEST(QuotesDesksOfRound38, BookTradesArePeople) {
  auto q = Statements("Translator Anna Bell said the novel was hard to render. The translator said it took three years.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Anna Bell");
  EXPECT_EQ(q[1].speaker, "Anna Bell");
}

// "It said" after a body named by capitalised words no one took for
// anything ("Acme Widgets"): "it" is that body. A person's name stays a
// person.
TEST(QuotesDesksOfRound38, ItAfterABodyNamedPlainly) {
  auto q = Statements("Acme Widgets said the plant would close. It said 200 jobs would go.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Acme Widgets");
  q = Statements("Maria Quint said the shop was shut. It said the shop would reopen.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "<null>");
}

// The track's bodies: "Unit" makes a body ("the Athletics Integrity Unit
// (AIU) said"); "World Athletics" is the world body that "it" names later.
TEST(QuotesDesksOfRound38, TrackBodies) {
  auto q = Statements("Purity Chelangat has been suspended, the Athletics Integrity Unit (AIU) said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Athletics Integrity Unit");
  q = Statements("World Athletics has not ratified the record. It said the results were pending.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "World Athletics");
}

// An athlete whose given name says no gender, named by a race going wrong
// ("was disqualified", "fell"), is a person a later "she" names.
TEST(QuotesDesksOfRound38, AthleteNamedByARaceGoingWrong) {
  auto q = Statements("Almaz Tekle was disqualified. She said she would appeal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Almaz Tekle");
  q = Statements("Peres Jepchirchir fell but recovered to finish second. \"I was shocked,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Peres Jepchirchir");
}

// ", which said" after a body the recogniser left alone ("Unite"), a body's
// noun after its name ("the Unite union") or a document ("the report"):
// that is the speaker. A place is none ("He visited Paris, which said").
TEST(QuotesDesksOfRound38, WhichSaidAfterAnObject) {
  auto q = Statements("The move angered Unite, which said it would fight the cuts.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Unite");
  EXPECT_EQ(q[0].text, "it would fight the cuts");
  q = Statements("The decision drew a furious response from the Unite union, which said it would fight every job cut.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Unite union");
  q = Statements("Neither firm would comment on the report, which said the two groups had held early talks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the report");
  EXPECT_TRUE(Statements("He visited Paris, which said nothing.").empty());
}

// "after what the union described as "constructive" talks": the namer after
// "what", even when the subject before it was read across the clause.
TEST(QuotesDesksOfRound38, NamerAfterWhatInASubordinateClause) {
  auto q = Statements("The strike ended after what the union described as \"constructive\" talks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the union");
  EXPECT_EQ(q[0].text, "constructive");
}

// "Ignacio Ruiz de Azua ... Ruiz de Azua told": a Spanish family name
// joined by its particle names the person again, with the role he carries.
TEST(QuotesDesksOfRound38, FamilyNameJoinedByItsParticle) {
  auto q = Statements("Telefonica chairman Ignacio Ruiz de Azua said profits rose. \"We have to focus,\" Ruiz de Azua "
                      "told an investor day.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Ignacio Ruiz de Azua");
}

// A relation's description with its article that names another person
// after "of" ("the daughter of former Prime Minister Thaksin Shinawatra")
// is the subject's role; the name inside is no subject.
TEST(QuotesDesksOfRound38, RelationOfATitledPerson) {
  auto q = Statements("Paetongtarn Shinawatra, the daughter of former Prime Minister Thaksin Shinawatra, said the case "
                      "was closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Paetongtarn Shinawatra");
  EXPECT_EQ(q[0].role, "the daughter of former Prime Minister Thaksin Shinawatra");
  q = Statements("Marta Kaczyńska, the daughter of the late President Lech Kaczyński, said the probe was political.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marta Kaczyńska");
}

// A one-word name after an inverted cue, then an age and an appositive:
// the appositive is the role. An accented given name ("Cristián") is a
// given name, so a family name that is also a city stays a name.
TEST(QuotesDesksOfRound38, OneWordNameAgeAndRole) {
  auto q = Statements("\"The water came fast,\" said Ponirin, 48, a sand miner.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ponirin");
  EXPECT_EQ(q[0].role, "a sand miner");
  q = Statements("Cristián Lagos, director of the seismological centre, said the quake was shallow.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Cristián Lagos");
  EXPECT_EQ(q[0].role, "director of the seismological centre");
}

// An appositive in a sentence that says nothing carries to the person's
// later quotes with a place after its preposition ("a rancher near
// Redding") and for the betting trade's nouns.
TEST(QuotesDesksOfRound38, SilentAppositiveWithAPlace) {
  auto q = Statements("Jim Caldwell, a rancher near Redding, was up all night. \"We lost everything,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jim Caldwell");
  EXPECT_EQ(q[0].role, "a rancher near Redding");
  q = Statements("Lena Okafor, a Baltimore bettor, came to the hearing. \"I lost my savings,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "a Baltimore bettor");
}

// A slogan a sign, banner or placard "read" is no one's statement; a
// document someone read or posted ("read a statement:") gives its quote
// once, not also as the cue's object.
TEST(QuotesDesksOfRound38, SignsAndDocumentsThatRead) {
  EXPECT_TRUE(Statements("A sign read, \"Where is the state?\"").empty());
  EXPECT_TRUE(Statements("Protesters carried a banner that read \"Leave now.\"").empty());
  auto q = Statements("The minister read a statement: \"We will not resign.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "The minister");
  q = Statements("The fire department posted a notice online: \"Leave now.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
}

// Titles of works in single marks (the Indian film pages' style) open a
// reported clause as double marks do.
TEST(QuotesDesksOfRound38, WorksInSingleMarks) {
  auto q = Statements("Karan Johar said 'Dostana 2' was on schedule.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Karan Johar");
  EXPECT_EQ(q[0].text, "'Dostana 2' was on schedule");
}

// "she" with no person of her gender named before takes two or three
// capitalised words the recogniser did not know, opening the sentence
// before with a verb of their own.
TEST(QuotesDesksOfRound38, PronounAfterAnUnknownName) {
  auto q = Statements("Summer McIntosh touched first. \"I was shocked,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Summer McIntosh");
  q = Statements("Bank Rakyat raised rates. \"We had no choice,\" he said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "<null>");
}

// Asides in the Cairo bureau's copy: a relative clause on the reported
// clause's subject closed before a present with its object; an irregular
// participle after "According to X,"; how a resolution was passed.
TEST(QuotesDesksOfRound38, AsidesInsideReports) {
  auto q = Statements("Analysts say the company, which owns hotels, crowds out investors.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the company, which owns hotels, crowds out investors");
  q = Statements("According to the draft budget, seen by The Associated Press, interest payments will consume half of "
                 "revenue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "interest payments will consume half of revenue");
  q = Statements("The resolution, adopted by 434 votes to 49, calls on Cairo to release all detainees.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The resolution");
  EXPECT_EQ(q[0].text, "Cairo to release all detainees");
}

// Kenyan names with "wa", "arap" and "ole" are one person; offices the
// Nairobi press names by initials ("the CS") name their holder.
TEST(QuotesDesksOfRound38, KenyanNamesAndOfficeInitials) {
  auto q = Statements("Kamau wa Njoroge said the tax was unfair. Njoroge said more would come.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Kamau wa Njoroge");
  EXPECT_EQ(q[1].speaker, "Kamau wa Njoroge");
  q = Statements("Interior Cabinet Secretary Kithure Kindiki said the police would act. The CS said officers had "
                 "been deployed.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Kithure Kindiki");
}

// A reaction list's line, "- Name, Body title: "..."": the name speaks,
// the words after its comma are its role, a known name or not; the role's
// people noun is no verb, and the body inside it no speaker.
TEST(QuotesDesksOfRound38, ReactionListLines) {
  auto q = Statements("Reaction to the record:\n\n- Jackson Tuwei, Athletics Kenya president: \"Kenya is proud of "
                      "her.\"\n\n- Sebastian Coe, World Athletics president: \"Faith is the greatest.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Jackson Tuwei");
  EXPECT_EQ(q[0].role, "Athletics Kenya president");
  EXPECT_EQ(q[0].cue, ":");
  EXPECT_EQ(q[1].speaker, "Sebastian Coe");
  q = Statements("Sen. Ann Lee, the committee chair: \"We will act.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Lee");
  EXPECT_EQ(q[0].role, "the committee chair");
}

// A one-word title in marks right after "said" opening the clause is a
// work's name ("said 'Heeramandi' was a story"); a word said and left
// after ("said "Nonsense" and walked out") stays a quote. Words painted
// on a hull are no partial.
TEST(QuotesDesksOfRound38, OneWordTitleAfterSaid) {
  auto q = Statements("Sanjay Leela Bhansali said 'Heeramandi' was a story he had carried for 18 years.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  q = Statements("He said \"Nonsense\" and walked out.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Nonsense");
  EXPECT_TRUE(Statements("The crew painted \"ALL CHINESE CREW\" on the hull.").empty());
}

// The fallback for "she" reads an Arabic article inside the name and a
// name set off by its appositive; ", which" after a place's preposition
// names no speaker.
TEST(QuotesDesksOfRound38, PronounFallbackAndWhichAfterAPreposition) {
  auto q = Statements("Nihad Abu el-Komsan, head of the women's rights centre, welcomed the law. She said enforcement "
                      "remained the test.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "Nihad Abu el-Komsan");
  q = Statements("The leader's latest post on X, which read simply \"Poland deserves better,\" was shared widely.");
  for (const auto& s : q) EXPECT_NE(s.speaker, "X");
}

// Kept from a regression hunt: a stadium's name is a place ("Supporters
// outside the Stade Félix Houphouët-Boigny said"); ", which had hoped"
// inside an inverted report names no second speaker; "Progressive ... It
// said" keeps the one-word company; an owner's "order" is no verb.
TEST(QuotesDesksOfRound38, KeptFromTheRegressionHunt) {
  auto q = Statements("Supporters outside the Stade Félix Houphouët-Boigny said they had queued for hours.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Supporters outside the Stade Félix Houphouët-Boigny");
  q = Statements("The decision is a blow to Sundance, which had hoped to exit bankruptcy this year, said Marcus Bell, "
                 "a lawyer at Pryor Cashman.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marcus Bell");
  q = Statements("Progressive reported a combined ratio of 89.4 for the quarter. It said catastrophe losses added 3.1 "
                 "points.");
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q.back().speaker, "Progressive");
  q = Statements("The administration's filing calls the lower court's order \"an unprecedented intrusion\" into "
                 "the president's power.");
  for (const auto& s : q) EXPECT_NE(s.cue, "order");
}

// "María" opening a name is a woman's name ("She said" after "María
// Pérez"); "cautioning that" reports; "the Queenslander" names the
// athlete just named, as "the Dutchman" does.
TEST(QuotesDesksOfRound38, MariaCautioningAndStateDemonyms) {
  auto q = Statements("María Pérez, the economy minister, spoke on Monday. She said inflation would fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "María Pérez");
  q = Statements("The fire chief issued an evacuation order, cautioning that the winds could shift.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "cautioning");
  q = Statements("Ariarne Titmus won gold. \"I am thrilled,\" the Queenslander said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ariarne Titmus");
}

// "The manual states that", "The Cabinet Manual states that": a document,
// then its verb and "that"; "Rust Belt states that voted" stays a noun.
TEST(QuotesDesksOfRound38, DocumentsThatState) {
  auto q = Statements("The manual states that ministers must not use their position for private gain.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The manual");
  q = Statements("The Cabinet Manual states that ministers must not use their position.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Cabinet Manual");
  EXPECT_TRUE(Statements("Rust Belt states that voted for Trump are key.").empty());
}

// "rejected that characterisation": "that" pointing at a noun is the
// object, as "this characterisation" is; a clause after "that" stays one.
TEST(QuotesDesksOfRound38, ThatPointingAtANoun) {
  auto q = Statements("Twyford rejected that characterisation.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that characterisation");
  q = Statements("Twyford rejected that the plan was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the plan was flawed");
}

// A relation's description naming two people joined by "and" is the
// subject's role; a post captioned with a quote after its comma gives the
// quote alone.
TEST(QuotesDesksOfRound38, RelationOfTwoAndCaptionedPosts) {
  auto q = Statements("Máximo Kirchner, the son of former presidents Néstor Kirchner and Cristina Fernández de "
                      "Kirchner, said the law was illegal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Máximo Kirchner");
  q = Statements("Sonakshi Sinha captioned the post, \"Happy days!\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
}

// Bengali initials in capitals open the name ("AMM Nasir Uddin"), no role;
// "Matron" is a hospital's title.
TEST(QuotesDesksOfRound38, BengaliInitialsAndMatron) {
  auto q = Statements("AMM Nasir Uddin, the chief election commissioner, said the vote would be held in February.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "AMM Nasir Uddin");
  EXPECT_EQ(q[0].role, "the chief election commissioner");
  q = Statements("Matron Ann Price said the ward was short-staffed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ann Price");
  EXPECT_EQ(q[0].role, "Matron");
}

// A law's or study's history set off by commas ("The law, passed in 1983,
// says") leaves the text as the subject.
TEST(QuotesDesksOfRound38, TextsHistoryAside) {
  auto q = Statements("The law, passed in 1983, says that all finds belong to the state.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The law");
}

// A verb and its particle before a quoted object ("railed against
// "corruption"") give a partial with the pair as its cue; one name word
// with its age opening the sentence before is the name "she" takes.
TEST(QuotesDesksOfRound38, PhrasalQuotedObjectAndAgedName) {
  auto q = Statements("Castillo railed against \"corruption\" in the courts.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].cue, "railed against");
  EXPECT_EQ(q[0].text, "corruption");
  q = Statements("Boluarte, 62, was sworn in on Monday. She said she would not resign.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Boluarte");
}

// "Which?", the consumer group, ends no sentence before its verb.
TEST(QuotesDesksOfRound38, WhichTheConsumerGroup) {
  auto q = Statements("The consumer group Which? said the fees were unfair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the fees were unfair");
}

// "Council Member" and "Board Member" before a name are titles, whatever
// the given name; "Member states" stays a subject.
TEST(QuotesDesksOfRound38, MemberAsATitle) {
  auto q = Statements("Council Member Gale Brewer said the fare hike was unfair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gale Brewer");
  EXPECT_EQ(q[0].role, "Council Member");
  q = Statements("Member states said the plan was flawed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Member states");
}

// A lower-case description right before a name after "by" or "with", or
// after a verb's article ("accused the choreographer Luc Baron"), carries
// to the person's later quotes as a role.
TEST(QuotesDesksOfRound38, DescriptionBeforeANameInsideTheSentence) {
  auto q = Statements("The bones were examined by archaeologist Hui Zhang. \"They are 5,000 years old,\" Zhang said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Hui Zhang");
  EXPECT_EQ(q[0].role, "archaeologist");
  q = Statements("The company accused the choreographer Luc Baron of plagiarism. \"It is absurd,\" Baron said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].role, "the choreographer");
}

// A nickname given in the subject's aside ("known locally as "El Topo,"",
// "whom riders nicknamed "Train Daddy,"") leaves the subject and its own
// cue after the aside.
TEST(QuotesDesksOfRound38, NicknameInTheSubjectsAside) {
  auto q = Statements("The looter, known locally as \"El Topo,\" told police he had sold the vase.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The looter");
  EXPECT_EQ(q[0].text, "he had sold the vase");
  q = Statements("Andy Byford, whom riders nicknamed \"Train Daddy,\" said the system was broken.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Andy Byford");
}

// A speaker named after the quote by the owner of the words' noun ("That
// was Christopher Luxon's response.") or "The words are those of X".
TEST(QuotesDesksOfRound38, SpeakerNamedAfterTheQuote) {
  auto q = Statements("\"No comment.\" That was Christopher Luxon's response.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Christopher Luxon");
  q = Statements("\"Go now.\" The words are those of fire chief Dave Winthrop.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dave Winthrop");
}

// "slammed his fist on the boards" is a blow; "slammed the decision" a
// verdict.
TEST(QuotesDesksOfRound38, SlammedAFist) {
  EXPECT_TRUE(Statements("The coach slammed his fist on the boards.").empty());
  auto q = Statements("The senator slammed the decision as reckless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "slammed");
}

}  // namespace
}  // namespace newsgraph
