// Round 16 (issue 4): forms of crime, business, entertainment, British and
// international, long-form, local and obituary news that helper batteries
// and PolNeAR's train split found read wrongly, each tested on made-up text.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Got;

std::vector<Got> Attribute(const std::string& text) { return testing_util::Statements(text); }

const Got* Find(const std::vector<Got>& got, const std::string& start) {
  for (const Got& g : got) {
    if (g.text.rfind(start, 0) == 0) return &g;
  }
  return nullptr;
}

// A manner adverb between the cue and "that" is the writer's, not said.
TEST(QuotesBeatForms, MannerAdverbBeforeThat) {
  auto q = Attribute("Marla Quinn said explicitly that her statements were accurate.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that her statements were accurate");
  // "said only that": the clause keeps its "that" after "only" as well.
  auto r = Attribute("The agency said only that the review was continuing.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "that the review was continuing");
}

// ", and Name, appositive, said ...": a second speaker's report of its own.
TEST(QuotesBeatForms, SecondSpeakerWithAppositiveAfterAnd) {
  auto q = Attribute(
      "The agency contends that it is on track to meet its targets, and Brian Teller, the agency's climate adviser, "
      "said his staff were preparing new models.");
  const Got* first = Find(q, "that it is on track");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->text, "that it is on track to meet its targets");
  const Got* second = Find(q, "his staff were preparing");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker, "Brian Teller");
  EXPECT_EQ(second->role, "the agency's climate adviser");
}

// A closing attribution with its medium and the medium's addressee, or with
// the writer's noun-phrase tail after it: the clause before is the statement
// and the tail is nobody's.
TEST(QuotesBeatForms, ClosingAttributionWithMediumOrTail) {
  auto q = Attribute("Profit rose 10 percent, the company said in a statement to the London Stock Exchange on Wednesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Profit rose 10 percent");
  EXPECT_EQ(q[0].speaker, "the company");
  auto r = Attribute("Enrollment fell by 1,100 students, the superintendent said, a drop of nearly 8 percent.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].text, "Enrollment fell by 1,100 students");
  auto m = Attribute("Two cases of measles have been confirmed in the county, health officials said Wednesday, the first since 2015.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].text, "Two cases of measles have been confirmed in the county");
  EXPECT_EQ(m[0].speaker, "health officials");
  // An object cue inside the clause does not take the closing attribution's
  // statement.
  auto u = Attribute("Pilots have rejected a labour agreement, the union said, raising the prospect of a strike.");
  ASSERT_NE(Find(u, "Pilots have rejected a labour agreement"), nullptr);
  EXPECT_EQ(Find(u, "Pilots have rejected a labour agreement")->speaker, "the union");
  // A split statement whose first piece is left open keeps its second piece.
  auto s = Attribute("It was, the senator said, one of the bitterest failures of his presidency.");
  EXPECT_NE(Find(s, "one of the bitterest failures"), nullptr);
}

// "Her mother, Joan Fairbanks, said ...": the kinship noun gives the gender,
// and the possessive before it adds little to its owner, so "she" after it
// is the mother, not the daughter named first.
TEST(QuotesBeatForms, RelativeSharingTheFamilyName) {
  auto q = Attribute(
      "Nicole Fairbanks, 28, was killed in October. Her mother, Joan Fairbanks, said the verdict was fair. "
      "\"Finally,\" she said.");
  const Got* d = Find(q, "Finally");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "Joan Fairbanks");
  auto r = Attribute(
      "Kyle Brennan is charged in the death of Nicole Fairbanks.\n\nFairbanks' mother, Joan Fairbanks, sat in the "
      "front row. Outside the courtroom, she said she was relieved.");
  const Got* e = Find(r, "she was relieved");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->speaker, "Joan Fairbanks");
}

// An unknown given name ("Rohan", "Bertie", "Kemi") before a family name
// that speaks alone elsewhere ("Kapoor said", "Ms Braithwaite") is a person:
// the short name and the pronoun find the full one.
TEST(QuotesBeatForms, UnknownGivenNameEchoedByItsFamilyName) {
  auto q = Attribute("Rohan Kapoor won the race on Sunday.\n\n\"It was hard,\" Kapoor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rohan Kapoor");
  auto r = Attribute("Bertie Sloane lives in Florida. \"She was tiny,\" Sloane said. \"Very tiny,\" she said.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].speaker, "Bertie Sloane");
  auto b = Attribute(
      "Kemi Braithwaite has emerged as the frontrunner in the contest.\n\nMs Braithwaite told supporters that the "
      "party must change.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].speaker, "Kemi Braithwaite");
  // A place before an organisation's word stays no person.
  auto o = Attribute("Goldline Energy said on Monday that output rose.");
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].speaker, "Goldline Energy");
}

// "he" or "she" right after a statement by an unnamed person introduced so
// ("One store clerk said ...") in the same paragraph is that person, not
// the last person named; not when the unnamed one only asked.
TEST(QuotesBeatForms, PronounAfterAnUnnamedSpeaker) {
  auto q = Attribute(
      "Det. Lisa Brandt said the suspect was arrested Wednesday. One store clerk said the robber pointed a gun at "
      "her. \"I thought I was going to die,\" she said.");
  const Got* d = Find(q, "I thought I was going to die");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "One store clerk");
  auto r = Attribute(
      "Mayor Ann Cole took questions. A reporter asked if the plan would fail. \"It will not,\" she said.");
  const Got* e = Find(r, "It will not");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->speaker, "Ann Cole");
  // "His deputy, Mark Hughes, said ...": the sentence's speaker outweighs
  // the owner its possessive names.
  auto h = Attribute(
      "John Parry said he would stand down at the election.\n\nHis deputy, Mark Hughes, said he admired him.\n\n"
      "\"He has given his all to this town,\" he said.");
  const Got* g = Find(h, "He has given his all");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->speaker, "Mark Hughes");
}

// A description, then the name set off by commas, after an inverted cue or
// before a closing one: the name speaks and the description is its role.
TEST(QuotesBeatForms, DescriptionThenNameAroundTheCue) {
  auto q = Attribute("The tests came back normal, said the district's spokesman, Darnell Hughes.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Darnell Hughes");
  EXPECT_EQ(q[0].role, "the district's spokesman");
  auto d = Attribute("\"We are still piecing together the timeline,\" said a police spokeswoman, Officer Carmen Diaz.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "Carmen Diaz");
  EXPECT_EQ(d[0].role, "a police spokeswoman");
  auto c = Attribute("The board will vote in June, its president, Lorraine Chu, said Tuesday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].text, "The board will vote in June");
  EXPECT_EQ(c[0].speaker, "Lorraine Chu");
  EXPECT_EQ(c[0].role, "its president");
}

// Manner verbs in the present after a quote ("she whispers") attribute it,
// as their past forms do.
TEST(QuotesBeatForms, PresentMannerVerbAfterAQuote) {
  auto q = Attribute("Agnes Thorne, 93, lifts her binoculars. \"There are eleven of them,\" she whispers.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Agnes Thorne");
  EXPECT_EQ(q[0].cue, "whispers");
}

// "The district said" after "District spokesman Darnell Hughes": a word
// that only modifies a people noun in someone's role names the institution.
TEST(QuotesBeatForms, InstitutionNotThePersonItsWordModifies) {
  auto q = Attribute(
      "District spokesman Darnell Hughes said tests were pending. The district said it would notify parents.");
  const Got* d = Find(q, "it would notify parents");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "The district");
  // "the spokeswoman" still finds the spokeswoman.
  auto r = Attribute("A Commission spokeswoman, Dana Spinant, rejected that claim. The spokeswoman said it was false.");
  const Got* e = Find(r, "it was false");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->speaker, "Dana Spinant");
  // The owner of a role is no holder of it: "the company said" after "The
  // company's vice president, Simone Arkwright, said".
  auto o = Attribute(
      "The company's vice president, Simone Arkwright, said the limits were needed. Sales rose 10 percent, the "
      "company said.");
  const Got* c = Find(o, "Sales rose 10 percent");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker, "the company");
}

// Participles that describe a noun are no cues: "in a video posted online
// that ...", "against proposed landfill expansion"; nor is a league or
// section label before a headline's colon a speaker.
TEST(QuotesBeatForms, ParticiplesAndLabelsThatSayNothing) {
  auto q = Attribute("John Smith said in a video posted online that his fighters would continue operations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Smith");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_TRUE(Attribute("Residents testify against proposed landfill expansion.").empty());
  EXPECT_TRUE(Attribute("F1: Navarro fumes at team after pit-stop blunder\n\nThe race ended late.").empty());
  EXPECT_TRUE(Attribute("NBA: Mason leads Thunder past Nuggets\n\nThe game ended late.").empty());
}

// Two descriptions around the name ("His son, Omar Rahim, a lawyer, said
// the mayor received threats"): the name speaks, the clause after the cue is
// what was said (not an inverted "said the mayor").
TEST(QuotesBeatForms, NameBetweenTwoDescriptions) {
  auto q = Attribute("His son, Omar Rahim, a lawyer, said the mayor received threats.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Omar Rahim");
  EXPECT_EQ(q[0].text, "the mayor received threats");
}

// "AGENCY quoted X as saying CLAUSE": X is the speaker; "Ann Lee of Mercy
// Hospital said": the person, with the organisation as her role.
TEST(QuotesBeatForms, QuotedAsSayingAndPersonOfOrganisation) {
  auto q = Attribute("TASS quoted Kremlin spokesman Dmitry Peskov as saying that Moscow was open to dialogue.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dmitry Peskov");
  EXPECT_EQ(q[0].role, "Kremlin spokesman");
  EXPECT_EQ(q[0].text, "that Moscow was open to dialogue");
  auto r = Attribute("Ann Lee of Mercy Hospital said the patient was stable.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Ann Lee");
  EXPECT_EQ(r[0].role, "of Mercy Hospital");
}

// A nickname in quotation marks inside a name, and an Arabic family name
// written with its lower-case article, still name the speaker.
TEST(QuotesBeatForms, NicknamesAndArabicFamilyNames) {
  auto q = Attribute("Mike \"Iron\" Delaney says he was robbed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mike Delaney");
  EXPECT_EQ(q[0].text, "he was robbed");
  auto a = Attribute(
      "Majed al-Ansari, the foreign ministry spokesman, said talks were sensitive. \"We cannot share details,\" "
      "al-Ansari said.");
  const Got* d = Find(a, "We cannot share details");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "Majed al-Ansari");
}

// Listeners of "told" with a modifier or an "and" inside their name, or
// followed by a named subject: the clause after them is the statement.
TEST(QuotesBeatForms, ToldListenersOfManyShapes) {
  auto q = Attribute("Melissa Tran told local reporters she was impressed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "she was impressed");
  auto g = Attribute("Paul Gagnon told the Globe and Mail he was open to dialogue with Alberta.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].text, "he was open to dialogue with Alberta");
  auto j = Attribute("Prosecutor Simon Adeyemi told the jury Marsh had posed as a bank official.");
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0].text, "Marsh had posed as a bank official");
  // What was told is no clause here.
  EXPECT_TRUE(Attribute("He told the story of his life.").empty());
}

// Capitalised words closed by a comma inside the marks, then their
// attribution, are speech, not a title ("Go Thunder," "Your Honor,"); a
// title inside the writer's sentence stays none.
TEST(QuotesBeatForms, CapitalisedWordsClosedByAComma) {
  auto q = Attribute("\"Go Thunder,\" Tyreek Mason said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Go Thunder");
  EXPECT_EQ(q[0].speaker, "Tyreek Mason");
  auto t = Attribute("She starred in \"The Apprentice,\" the network said.");
  EXPECT_EQ(Find(t, "The Apprentice"), nullptr);
}

// A clause cut after a quoted fragment in single marks keeps its closing
// mark, as with double marks.
TEST(QuotesBeatForms, SingleMarksKeepTheirClose) {
  auto q = Attribute("Dean Harrow said the scrum was 'nowhere near good enough' in Saturday's defeat.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].clause, "the scrum was 'nowhere near good enough'");
}

// An aside on the reported clause's subject closed before an irregular past
// verb, and an object's complement after a date, stay in the statement.
TEST(QuotesBeatForms, AsidesAndComplementsAfterDates) {
  auto q = Attribute("The bank said operating profit, which excludes one-off items, rose 5 percent.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "operating profit, which excludes one-off items, rose 5 percent");
  auto u = Attribute("Residents urged the planning commission on Monday to reject the cell tower.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].text, "the planning commission on Monday to reject the cell tower");
  auto e = Attribute("Trump endorsed Clinton on Thursday.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].text, "Clinton");
}

// "said simply, "..."", "said bluntly: "..."": the quotation is the
// statement; no indirect one holds the adverb and the quote.
TEST(QuotesBeatForms, AdverbBeforeAQuotationAfterTheCue) {
  auto q = Attribute("Sean McAvoy said bluntly: \"We ran out of gas.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].text, "We ran out of gas.");
  // A clause before the quotation is still reported with it.
  auto p = Attribute("She said that whatever choice voters make, \"they should not make it on that basis.\"");
  EXPECT_NE(Find(p, "that whatever choice voters make"), nullptr);
}

// "the 28-year-old said": an age stands for a person, the one of that age
// named before when there is one.
TEST(QuotesBeatForms, AgeAsTheSpeaker) {
  auto q = Attribute("\"We were poor,\" the 28-year-old said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the 28-year-old");
  auto r = Attribute(
      "Tom Latu, 28, said the team had let the fans down. \"It is on us as players,\" the 28-year-old told "
      "reporters.");
  const Got* d = Find(r, "It is on us as players");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "Tom Latu");
}

// Found by the regression hunt: roles of one person kept apart ("the
// senator" still finds "Senator Maria Delgado"), a sign's text is nobody's,
// a descriptor stays out of a nicknamed name, and "would not" is no role.
TEST(QuotesBeatForms, RegressionHuntCases) {
  auto q = Attribute(
      "Senator Maria Delgado said she would oppose the bill. The senator said she had spoken to the White House.");
  const Got* s = Find(q, "she had spoken");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker, "Maria Delgado");
  EXPECT_TRUE(Attribute("\"Make Europe Strong Again,\" read the banner above the stage.").empty());
  auto d = Attribute("Heavyweight Mike \"Iron\" Delaney lost on Saturday. \"I won that fight,\" Delaney said.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "Mike Delaney");
  auto r = Attribute(
      "Real Aurora signed Mateo Delgado. Delgado's agent, Pini Rosen, would not discuss the fee. \"Ask the "
      "clubs,\" he said.");
  const Got* a = Find(r, "Ask the clubs");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "Pini Rosen");
  EXPECT_EQ(a->role, "Delgado's agent");
  // Why a source goes unnamed is no statement.
  auto n = Attribute("A relative of Dawkins, who declined to give her name, said the family was considering action.");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].speaker, "A relative of Dawkins");
  EXPECT_EQ(n[0].text, "the family was considering action");
}

// Names the recogniser missed: a Korean given name written first ("Ji-hoon
// Kim"), a title after modifiers before a family name that is also a place
// word ("U.S. District Judge Eleanor Park"), a dotted ticker ("(APXD.O)")
// that ended the sentence, and a Vietnamese name's gender from its middle word.
TEST(QuotesBeatForms, NamesOfManyTraditions) {
  auto k = Attribute("Ji-hoon Kim, an analyst at Daewon Securities, said chip prices would rise.");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].speaker, "Ji-hoon Kim");
  auto p = Attribute("U.S. District Judge Eleanor Park said his conduct had been reckless.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].speaker, "Eleanor Park");
  EXPECT_EQ(p[0].role, "U.S. District Judge");
  auto t = Attribute("Apex Devices Inc. (APXD.O) said on Thursday that sales fell 8 percent.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "that sales fell 8 percent");
  auto v = Attribute(
      "Retno Marsudi said the pact covered fishing rights.\n\nNguyen Thi Lan said the patrols should stop. \"We "
      "just want peace,\" she said.");
  const Got* s = Find(v, "We just want peace");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker, "Nguyen Thi Lan");
  // Results posted are no words: "posted a drop in profit".
  EXPECT_EQ(Find(Attribute("Kestrel Bank (KBC.TO) posted a drop in profit."), "a drop"), nullptr);
}

// "In the words of X, CLAUSE" reads as "According to X, CLAUSE"; "was fond
// of saying that" is a habit of saying.
TEST(QuotesBeatForms, InTheWordsOfAndFondOfSaying) {
  auto q = Attribute("In the words of Dennis Abernathy, the keepers were the last of a profession.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dennis Abernathy");
  EXPECT_EQ(q[0].text, "the keepers were the last of a profession");
  auto f = Attribute("Ana Ruiz was fond of telling residents that a steady hand was worth less than a steady mind.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].speaker, "Ana Ruiz");
  EXPECT_TRUE(Attribute("He was fond of dogs and long walks.").empty());
}

// "..., Bloomberg reported on Friday, citing people familiar with the
// matter", "TASS reported, citing an unnamed source, that ...": the cited
// source is the attribution's, no statement; a reason cited stays one.
TEST(QuotesBeatForms, CitedSourcesOfAnAttribution) {
  auto q = Attribute(
      "Plexa is in talks to acquire Wisp for about $5 billion, Bloomberg reported on Friday, citing people familiar "
      "with the matter.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Bloomberg");
  EXPECT_EQ(q[0].text, "Plexa is in talks to acquire Wisp for about $5 billion");
  auto t = Attribute("The UN said, citing local authorities, that at least 200 homes had been destroyed.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "that at least 200 homes had been destroyed");
  auto r = Attribute("The senator opposed the bill, citing its cost.");
  EXPECT_NE(Find(r, "its cost"), nullptr);
}

// A closing attribution followed by its speaker's own participle of saying
// (", warning that ..."): both statements, the first not lost to a wrong
// subject.
TEST(QuotesBeatForms, ClosingAttributionThenWarning) {
  auto q = Attribute(
      "Russia has massed troops near the border, army chief Oleksandr Hrebeniuk said on Sunday, warning that Moscow "
      "might be preparing a new offensive.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Russia has massed troops near the border");
  EXPECT_EQ(q[0].speaker, "Oleksandr Hrebeniuk");
  EXPECT_EQ(q[1].text, "that Moscow might be preparing a new offensive");
  EXPECT_EQ(q[1].speaker, "Oleksandr Hrebeniuk");
}

// "it" right after a statement by an institution is that institution, not
// an organisation named inside its words.
TEST(QuotesBeatForms, ItAfterAnInstitution) {
  auto q = Attribute("The defence ministry said the base had been hit. It added that no one was hurt.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The defence ministry");
  auto r = Attribute(
      "The Israeli military said its jets had struck Hezbollah targets near Aitaroun. It said about 20 projectiles "
      "had been fired from Lebanon.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].speaker, "The Israeli military");
}

// Korean names: the family name first says no gender ("Lee Young-hee ...
// she said"); a bare shared family name after a statement in the same
// paragraph is that statement's speaker ("Kim Dong-yup ... Kim said" after
// "Kim Jong Un"); a province is a place, not a person.
TEST(QuotesBeatForms, KoreanNamesAndPlaces) {
  auto q = Attribute("Lee Young-hee said the camp was cruel. \"We ate rats and grass to survive,\" she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Lee Young-hee");
  auto k = Attribute(
      "Kim Jong Un replaced his defense minister. Kim has done so often.\n\nKim Dong-yup, a professor in Seoul, said "
      "the move was routine. \"It is not a surprise,\" Kim said.");
  const Got* d = Find(k, "It is not a surprise");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "Kim Dong-yup");
  auto p = Attribute(
      "A source in North Hamgyong province said the price of rice had doubled. \"People are going hungry,\" she "
      "said.");
  const Got* h = Find(p, "People are going hungry");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->speaker, "A source in North Hamgyong province");
}

// A time with its verb is the reported clause's subject, after the cue or
// before a closing attribution: "said 2024 was the warmest year", "Last year
// was the warmest on record, NOAA said"; a time alone stays the saying's.
TEST(QuotesBeatForms, TimesAsSubjects) {
  auto q = Attribute("NOAA said 2024 was the warmest year on record.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "2024 was the warmest year on record");
  auto l = Attribute("NOAA said last year was the warmest on record.");
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].text, "last year was the warmest on record");
  auto c = Attribute("Last year was the warmest on record, NOAA said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].text, "Last year was the warmest on record");
  auto w = Attribute("NOAA said last week the storm would weaken.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].text, "the storm would weaken");
}

// CFO and CTO are titles like CEO; "the CEO" finds the chief executive
// named before.
TEST(QuotesBeatForms, OfficersOfACompany) {
  auto q = Attribute("\"Capital spending will rise,\" Quorra CFO Amara Nwosu said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Amara Nwosu");
  EXPECT_EQ(q[0].role, "Quorra CFO");
  auto c = Attribute(
      "Veltrix chief executive Marisol Okafor spoke for an hour. The CEO said the chip would ship next year.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "Marisol Okafor");
}

// A naming habit inside a description ("often called the "Godfather of
// AI"") is no statement and does not hide the subject's own report.
TEST(QuotesBeatForms, NamingHabitInsideADescription) {
  auto q = Attribute(
      "Geoffrey Lindahl, the Turing Award winner often called the \"Godfather of AI,\" said on Monday that the "
      "industry was moving too quickly.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Geoffrey Lindahl");
  EXPECT_EQ(q[0].text, "that the industry was moving too quickly");
}

// A live blog's time stamp before the dash is no part of the statement,
// and a quote right after it is whole.
TEST(QuotesBeatForms, LiveBlogTimeStamps) {
  auto q = Attribute("10:15 p.m. — The count will resume Thursday, Ransome said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "The count will resume Thursday");
  auto d = Attribute("10:15 p.m. ET — \"The count will resume Thursday,\" Ransome said.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, "direct");
}

// A given name no list holds, set off after a kinship noun, is a person:
// "Smith's mother, Halima, said" (not the mother named "Halima").
TEST(QuotesBeatForms, UnknownGivenNameAfterKinship) {
  auto q = Attribute("Smith's mother, Halima, said she was proud of him.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Halima");
  EXPECT_EQ(q[0].role, "Smith's mother");
}

// Found by the second regression hunt: a naming participle never inverts
// ("the truck, dubbed the "Ranger X," ..."); "the younger Duterte" picks by
// age; a shared family name goes to a newer person of that name only when
// that person spoke; "Jin-ho Park" is a person, not a park.
TEST(QuotesBeatForms, SecondRegressionHuntCases) {
  auto q = Attribute("Founder Jake Moreno called the truck, dubbed the \"Ranger X,\" a \"game changer.\"");
  EXPECT_EQ(Find(q, "Founder Jake Moreno called the truck"), nullptr);
  auto m = Attribute(
      "\"The case is closed,\" said Inspector Jane Moss. Her colleague, Sergeant Paul Moss, disagreed. Moss said more "
      "work was needed.");
  const Got* p = Find(m, "more work was needed");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker, "Paul Moss");
  auto c = Attribute(
      "\"He was a good man,\" said Helen Cho, the victim's widow. Her son, Peter Cho, 17, was also in the car. Cho "
      "said the family would sue.");
  const Got* h = Find(c, "the family would sue");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->speaker, "Helen Cho");
  auto j = Attribute("\"Trade reporting matters,\" said Jin-ho Park, director of research at Acme Capital.");
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0].speaker, "Jin-ho Park");
  EXPECT_EQ(j[0].role, "director of research at Acme Capital");
}

// "They said" after a sentence opened by people who did not speak is those
// people, before any group that spoke earlier.
TEST(QuotesBeatForms, TheyAfterPeopleWhoDidNotSpeak) {
  auto q = Attribute(
      "The Corps of Engineers said the levee was weak. Residents gathered at the church. They said the water had "
      "risen in minutes.");
  const Got* r = Find(q, "the water had risen");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker, "Residents");
  auto o = Attribute("Officials said the road was closed. They added that crews were working.");
  const Got* a = Find(o, "that crews were working");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "Officials");
}

}  // namespace
}  // namespace newsgraph
