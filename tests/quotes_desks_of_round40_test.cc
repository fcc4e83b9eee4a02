// Forms met on the desks round 40 read: Bangladesh, Peru, the European Union,
// tennis, US courts, US campaigns, nuclear power, fashion; and gaps earlier
// rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "The Confédération des syndicats nationaux (CSN) said": a body's name the
// recogniser does not know, with lower-case words in it, speaks when the
// short name in brackets spells its initials; not when it does not.
TEST(QuotesDesksOfRound40, BodyWhoseInitialsTheBracketSpells) {
  auto q = Statements("The Confédération des syndicats nationaux (CSN) said the strike would continue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Confédération des syndicats nationaux");
  EXPECT_EQ(q[0].text, "the strike would continue");
  q = Statements("The Instituto nacional de estadística (INE) said prices rose in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Instituto nacional de estadística");
  EXPECT_TRUE(Statements("The Confédération des syndicats nationaux (XYZ) said the strike would continue.").empty());
}

// A quote that ends its line, signed on the next line after a dash ("-
// Sayed Ullah, Rohingya teacher"), is the signer's, over a quote of several
// paragraphs too; a dash line that runs on as prose signs nothing.
TEST(QuotesDesksOfRound40, SignatureOnTheLineAfterAQuote) {
  auto q = Statements("\"Nobody is above the law.\"\n\n- U.S. Attorney Damian Williams, announcing the indictment");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Damian Williams");
  EXPECT_EQ(q[0].role, "U.S. Attorney");
  q = Statements(
      "\"We are facing the worst wave of extortion in our history.\n\n\"And what does Congress do? Nothing.\"\n\n"
      "\xE2\x80\x94 Delia Espinoza, prosecutor general, in a speech to prosecutors");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Delia Espinoza");
  EXPECT_EQ(q[1].speaker, "Delia Espinoza");
  EXPECT_EQ(q[1].role, "prosecutor general");
  q = Statements("\"Nobody is above the law.\"\n\n- Damian Williams said the case was closed and nobody would be "
                 "charged again before the end of this year, because the witnesses had left the country for good.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "<null>");
}

// "Everytown for Gun Safety (EGS)", "Alianza para el Progreso (APP)": words
// before a bracketed short name that spells their initials are one body,
// whose short name is the same body; not a thing's name after an article.
TEST(QuotesDesksOfRound40, InitialledBodyIsOneOrganisation) {
  EXPECT_EQ(testing_util::TypeOf("Everytown for Gun Safety (EGS) said the ruling would cost lives.",
                                 "Everytown for Gun Safety"),
            EntityType::kOrg);
  EXPECT_EQ(Statements("Energy Transfer said the pipeline would reopen.").at(0).speaker, "Energy Transfer");
  EXPECT_EQ(Statements("Health New Zealand said the strike would close clinics.").at(0).speaker, "Health New Zealand");
  auto q = Statements("Everytown for Gun Safety (EGS) said the ruling would cost lives.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Everytown for Gun Safety");
  q = Statements("Alianza para el Progreso (APP) said it would vote against the motion.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Alianza para el Progreso");
  q = Statements("\xC3\x89lectricit\xC3\xA9 de France (EDF) said the reactor would restart.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "\xC3\x89lectricit\xC3\xA9 de France");
  EXPECT_EQ(testing_util::FindEntity(testing_util::Entities("The most used bulb is the Compact Fluorescent Light (CFL)."),
                                     "Compact Fluorescent Light"),
            nullptr);
}

// "The army's media wing, Inter Services Public Relations (ISPR), said": a
// body's common noun, then its proper name and short name set off; the
// name speaks and the noun is its role.
TEST(QuotesDesksOfRound40, ProperNameWithShortNameAfterBodyNoun) {
  auto q = Statements("The army's media wing, Inter Services Public Relations (ISPR), said two soldiers were killed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Inter Services Public Relations");
  EXPECT_EQ(q[0].role, "The army's media wing");
}

// "A woman from Takahama said", "Governor X of Huancavelica": an unknown
// word after a people noun's "from" or a titled name's "of" is where the
// speaker is from, no person, and no antecedent for "she" or "he".
TEST(QuotesDesksOfRound40, HomePlaceAfterPeopleNounOrTitledName) {
  auto q = Statements("A woman from Takahama said she was afraid. \"We cannot sleep,\" she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "A woman from Takahama");
  q = Statements("Governor Zosimo Cardenas Muje of Huancavelica has asked for help. In a letter, he said 40,000 "
                 "families were without water.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Zosimo Cardenas Muje");
  EXPECT_NE(testing_util::TypeOf("The governor of Huancavelica said no.", "Huancavelica"), EntityType::kPerson);
}

// ""No!" the crowd roared back.": a cry after its quote names its words;
// "roared back to win" reports nothing.
TEST(QuotesDesksOfRound40, CrowdsCryAfterItsQuote) {
  auto q = Statements("\"Are we going to let them win?\" Castellanos asked the crowd. \"No!\" the crowd roared back.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].text, "No!");
  EXPECT_EQ(q[1].speaker, "the crowd");
  EXPECT_EQ(q[1].cue, "roared");
  EXPECT_TRUE(Statements("The Yankees roared back to win the game. The crowd roared its approval.").empty());
}

// "D'Andre Hollis", "Pier Paolo Piccioli": a given name with an apostrophe
// before a capital, and an Italian double given name, are the person's
// own, no role; "L'Osservatore Romano" stays no one.
TEST(QuotesDesksOfRound40, GivenNamesWithApostropheOrDoubled) {
  auto q = Statements("D'Andre Hollis, the chairman of the county party, said turnout was high.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "D'Andre Hollis");
  EXPECT_EQ(q[0].role, "the chairman of the county party");
  q = Statements("Pier Paolo Piccioli said the collection was about memory.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Pier Paolo Piccioli");
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said every pope "
                 "was political.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Giovanni Maria Vian");
}

// "called the plan "unworkable," "expensive" and "cruel"": each quoted
// item of a list inside the writer's sentence is a partial quote, the middle
// one too; a quote opening its own sentence after another stays direct.
TEST(QuotesDesksOfRound40, QuotedWordsInAListArePartial) {
  auto q = Statements("Critics called the plan \"unworkable,\" \"expensive\" and \"cruel.\"");
  ASSERT_EQ(q.size(), 3u);
  for (const auto& s : q) {
    EXPECT_EQ(s.kind, "partial");
    EXPECT_EQ(s.speaker, "Critics");
  }
  q = Statements("\"We will win,\" Jo Ames said. \"And soon.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, "direct");
}

// "They met a doctor who said": the object a restrictive relative hangs on
// speaks with its determiner, as written; after a comma as before.
TEST(QuotesDesksOfRound40, RelativeOnAnObjectKeepsItsDeterminer) {
  auto q = Statements("They met a doctor who said the hospital had run out of oxygen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a doctor");
  EXPECT_EQ(q[0].text, "the hospital had run out of oxygen");
  q = Statements("Even Republicans who have praised his candidacy warned that the party may split.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Republicans");
  EXPECT_EQ(q[0].text, "his candidacy");
}

// "Her lawyer, a former prosecutor named Dana Ruiz, said": the person an
// appositive names after "named" speaks, and the words before are her role.
TEST(QuotesDesksOfRound40, PersonNamedInsideAnAppositive) {
  auto q = Statements("Her lawyer, a former prosecutor named Dana Ruiz, said the charges were baseless. "
                      "\"They have nothing,\" she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Dana Ruiz");
  EXPECT_EQ(q[0].role, "Her lawyer, a former prosecutor");
  EXPECT_EQ(q[1].speaker, "Dana Ruiz");
  q = Statements("Her lawyer, a former prosecutor from Ohio, said the charges were baseless.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Her lawyer");
}

// "Her husband, Tom Hill, who coaches her, said": the noun set off before
// the name is the role rather than the relative clause after it.
TEST(QuotesDesksOfRound40, NounBeforeNameOutranksRelativeAfter) {
  auto q = Statements("Her husband, Tom Hill, who coaches her, said she was exhausted.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tom Hill");
  EXPECT_EQ(q[0].role, "Her husband");
}

// "Yunus' press wing said ... The trip would focus on trade, it said.": a
// closing "it said" is the body that opened the report before, named by
// its common noun; not a person's.
TEST(QuotesDesksOfRound40, ClosingItSaidIsTheBodyBefore) {
  auto q = Statements("Muhammad Yunus' press wing said he would travel to Beijing next week. The trip would focus on "
                      "trade, it said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Muhammad Yunus' press wing");
  EXPECT_EQ(q[1].mention, "it");
  q = Statements("Ann Lee said sales fell. Profits would recover next year, it said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "<null>");
}

// "said that in her state, ''there is ...''": two straight apostrophes
// are a double mark; a reported clause that opened one keeps its close.
TEST(QuotesDesksOfRound40, ReportKeepsTheCloseOfTwoApostrophes) {
  auto q = Statements("Ms. Capito said that in her state, ''there is a huge degree of pessimism.''", true);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that in her state, ''there is a huge degree of pessimism.''");
}

// "did not disclose how many": a refusal to disclose is one to say, as
// "did not reveal" is.
TEST(QuotesDesksOfRound40, RefusalToDisclose) {
  auto q = Statements("The company did not disclose how many patients had died.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The company");
  EXPECT_EQ(q[0].cue, "did not disclose");
  EXPECT_EQ(q[0].text, "how many patients had died");
}

// ""...," said Jane Roe, on the deal", "- Commissioner X, on the Mercosur
// agreement": an occasion after the name's comma is no role; the title
// before the name stays; "in charge of trade" is one.
TEST(QuotesDesksOfRound40, OccasionAfterInvertedNameIsNoRole) {
  auto q = Statements("\"It is a good deal.\"\n- Agriculture Commissioner Christophe Hansen, on the Mercosur agreement");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Christophe Hansen");
  EXPECT_EQ(q[0].role, "Agriculture Commissioner");
  q = Statements("\"It is a good deal,\" said Jane Roe, speaking to reporters.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "<null>");
  q = Statements("\"It is a good deal,\" said Jane Roe, in charge of trade.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "in charge of trade");
}

// "Carolyn Beaumont met Foreign Minister Badr Abdelatty. She told him":
// a name before a verb and an office is the sentence's subject, whom a
// later "she" names, no modifier of the office.
TEST(QuotesDesksOfRound40, SubjectBeforeVerbAndOfficeIsNoModifier) {
  auto q = Statements("Carolyn Beaumont met Foreign Minister Badr Abdelatty in Cairo on Monday. She told him that "
                      "Washington wanted a ceasefire.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Carolyn Beaumont");
}

// "Secretary of Housing and Urban Development Marcia Fudge", "Minister for
// Health and Social Care Wes Streeting": an office's field joined by "and"
// is the title's, the name after it the person's.
TEST(QuotesDesksOfRound40, OfficeFieldJoinedByAnd) {
  auto q = Statements("Secretary of Housing and Urban Development Marcia Fudge said the rule was fair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marcia Fudge");
  EXPECT_EQ(q[0].role, "Secretary of Housing and Urban Development");
  q = Statements("Minister for Health and Social Care Wes Streeting said the rule was fair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wes Streeting");
  EXPECT_EQ(q[0].role, "Minister for Health and Social Care");
}

// "Governor Monday Okpebholo": a weekday between a title and a family name
// is a given name; "The President Monday said" keeps its day.
TEST(QuotesDesksOfRound40, WeekdayAsGivenNameAfterTitle) {
  auto q = Statements("Governor Monday Okpebholo said the state would rebuild.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Monday Okpebholo");
  EXPECT_EQ(q[0].role, "Governor");
  EXPECT_EQ(testing_util::TypeOf("The minister spoke on Monday. Governor Ada Obi said Monday that roads were next.",
                                 "Monday"),
            EntityType::kDate);
}

// "Air Commodore Ola Ade", "Commodore Jay Tarriela": a rank, no name; and
// "(rtd)" after a name is no role.
TEST(QuotesDesksOfRound40, CommodoreAndRetiredMark) {
  auto q = Statements("Air Commodore Ola Ade said the jets had returned.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ola Ade");
  EXPECT_EQ(q[0].role, "Air Commodore");
  q = Statements("Ali Musa (rtd) said the troops were ready.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ali Musa");
  EXPECT_EQ(q[0].role, "<null>");
}

// "Its chairman, retired Justice Kayode Eso, said": "retired" before the
// title of a name set off after its description is part of the office.
TEST(QuotesDesksOfRound40, RetiredBeforeTitleInAppositive) {
  auto q = Statements("Its chairman, retired Justice Kayode Eso, said the panel would sit in Abuja.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kayode Eso");
  EXPECT_EQ(q[0].role, "Its chairman, retired Justice");
}

// "Ma. Teresita Daza", "Jose Ma. Salceda": the Filipino "Ma." for Maria
// keeps its full stop inside a name and ends no sentence.
TEST(QuotesDesksOfRound40, FilipinoMaInsideAName) {
  auto q = Statements("DFA spokesperson Ma. Teresita Daza said the ship had left.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ma. Teresita Daza");
  EXPECT_EQ(q[0].role, "DFA spokesperson");
  q = Statements("Rep. Jose Ma. Clemente Salceda said the budget was fine.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jose Ma. Clemente Salceda");
  q = Statements("Secretary Jose Ma. Clemente Sarte Salceda, the new finance chief, said the government would not "
                 "impose new taxes. \"No new taxes,\" Salceda said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Jose Ma. Clemente Sarte Salceda");
  EXPECT_EQ(q[1].speaker, "Jose Ma. Clemente Sarte Salceda");
}

// "A fisherman from Masinloc, Zambales, said": one unknown word in capitals
// set off after a town named after "from" is its province, part of the
// description.
TEST(QuotesDesksOfRound40, ProvinceAfterTownInDescription) {
  auto q = Statements("A fisherman from Masinloc, Zambales, said the coast guard had chased them away.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A fisherman from Masinloc, Zambales");
  EXPECT_EQ(q[0].role, "<null>");
}

// "The APC spokesman, Morka, said": one unknown word in capitals set off
// after a people noun is the person who speaks, not a role of the last
// speaker.
TEST(QuotesDesksOfRound40, OneWordNameSetOffAfterPeopleNoun) {
  auto q = Statements("Nasir El-Rufai said the party was finished. The APC spokesman, Morka, said the claim was false.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Nasir El-Rufai");
  EXPECT_EQ(q[0].role, "<null>");
  EXPECT_EQ(q[1].speaker, "Morka");
  EXPECT_EQ(q[1].role, "The APC spokesman");
}

// "Moses Kajwang' said", "Ochieng'": a Kenyan name's final "ng'" keeps its
// apostrophe, which closes no quotation; "'Still Going Strong'" still does.
TEST(QuotesDesksOfRound40, KenyanNameEndingInApostrophe) {
  auto q = Statements("Homa Bay Senator Moses Kajwang' said the audit was late.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Moses Kajwang'");
  EXPECT_EQ(q[0].role, "Homa Bay Senator");
  q = Statements("Tom Ochieng' said the vote was rigged. \"It was stolen,\" Ochieng' said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Tom Ochieng'");
  q = Statements("Critics called the song 'Still Going Strong' a disaster, the newspaper said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the newspaper");
}

// "Det Con Emma Fitzgerald-Boyle": a British detective constable's rank is
// the role; "Con Edison" stays a name.
TEST(QuotesDesksOfRound40, DetectiveConstable) {
  auto q = Statements("Det Con Emma Fitzgerald-Boyle said the car was stolen.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Emma Fitzgerald-Boyle");
  EXPECT_EQ(q[0].role, "Det Con");
  EXPECT_EQ(Statements("Con Edison said the outage was over.").at(0).speaker, "Con Edison");
}

// "told estimates the contract had been signed": Australia's Senate
// estimates hearings are an audience after "told", no part of the clause.
TEST(QuotesDesksOfRound40, ToldEstimates) {
  auto q = Statements("Home Affairs deputy secretary Marc Ablong told estimates the contract had been signed in May.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Marc Ablong");
  EXPECT_EQ(q[0].text, "the contract had been signed in May");
}

// "Aunty Jean Phillips", "Mama Ida Odinga": an Aboriginal elder's and an
// East African mother's honorific, no part of the name and no role; "His
// mama said" stays a description.
TEST(QuotesDesksOfRound40, AuntyAndMamaHonorifics) {
  auto q = Statements("Mama Ida Odinga said the referendum had hurt her community. \"We grieve,\" she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Ida Odinga");
  EXPECT_EQ(q[0].role, "<null>");
  EXPECT_EQ(q[1].speaker, "Ida Odinga");
  EXPECT_EQ(Statements("Aunty Jean Phillips said the vote had hurt her community.").at(0).speaker, "Jean Phillips");
  EXPECT_EQ(Statements("His mama said the vote had hurt her community.").at(0).speaker, "His mama");
}

// "sits at 85 percent support among black voters", "looks to shore up
// support amid ...": support after a share before its preposition, or after
// a particle, is a noun; "1 percent support Jill Stein" a share's verb.
TEST(QuotesDesksOfRound40, SupportAsANoun) {
  EXPECT_TRUE(Statements("The nominee currently sits at 85 percent support among black voters in Florida.").empty());
  EXPECT_TRUE(Statements("The nominee looks to shore up support amid sagging poll numbers.").empty());
  auto q = Statements("In the poll, 1 percent support the Green Party's Jill Stein.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "support");
}

// "TSMC Chairman C.C. Wei": dotted initials written together before a
// family name open the name, no body's acronym in the role.
TEST(QuotesDesksOfRound40, DottedInitialsOpenAName) {
  auto q = Statements("TSMC Chairman C.C. Wei said demand was strong.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "C.C. Wei");
  EXPECT_EQ(q[0].role, "TSMC Chairman");
}

// ""...," CDU/CSU group leader Jens Spahn said.": two names in capitals
// joined by a slash are one word, which ends no speaker's phrase.
TEST(QuotesDesksOfRound40, CapitalsJoinedBySlash) {
  auto q = Statements("\"We will not support this,\" CDU/CSU group leader Jens Spahn said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Jens Spahn");
  EXPECT_EQ(q[0].role, "CDU/CSU group leader");
  EXPECT_EQ(Statements("The CDU/CSU demands that the tax be cut.").at(0).speaker, "CDU/CSU");
}

// "Lieutenant-General Nhlanhla Mkhwanazi", "Statistician-General X": ranks
// and offices written as one hyphenated word are titles; "Ntate" an honorific.
TEST(QuotesDesksOfRound40, HyphenatedTitlesAndSouthernAfricanHonorifics) {
  auto q = Statements("Lieutenant-General Nhlanhla Mkhwanazi said the unit was disbanded.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nhlanhla Mkhwanazi");
  EXPECT_EQ(q[0].role, "Lieutenant-General");
  q = Statements("Ntate Mosiuoa Lekota said the party would vote no.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mosiuoa Lekota");
  EXPECT_EQ(q[0].role, "<null>");
}

// "Shipping group Maersk said ..., adding that ...": a trade in "-ing"
// and a body's noun before its name open the subject, no participle phrase.
TEST(QuotesDesksOfRound40, TradeInIngBeforeBodyNoun) {
  auto q = Statements("Shipping group Maersk said it would reroute vessels, adding that the delays could last weeks.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Maersk");
  EXPECT_EQ(q[0].role, "Shipping group");
  EXPECT_EQ(q[1].cue, "adding");
  q = Statements("Heading into the debate, Smith said he was ready.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Smith");
}

// "Mike Krzyzewski, the former Duke coach known as Coach K, said": the
// nickname after a description in the aside names the subject before it;
// the description is the role.
TEST(QuotesDesksOfRound40, NicknameAfterDescriptionInAside) {
  auto q = Statements("Mike Krzyzewski, the former Duke coach known as Coach K, said the team was young.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mike Krzyzewski");
  EXPECT_EQ(q[0].role, "the former Duke coach");
}

// "The Celtics, said one Eastern Conference executive, "are still the team
// to beat."": an inverted attribution set off by commas before the quote's
// rest names its speaker after the cue, not the words before it.
TEST(QuotesDesksOfRound40, InvertedAttributionBeforeQuotesRest) {
  auto q = Statements("The Celtics, said one Eastern Conference executive, \"are still the team to beat.\"");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q.back().kind, "direct");
  EXPECT_EQ(q.back().speaker, "one Eastern Conference executive");
}

}  // namespace
}  // namespace newsgraph
