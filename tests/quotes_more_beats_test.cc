// Round 17 (issue 4): forms of health, court, migration, labour and
// transport, science and diplomatic news that helper batteries found read
// wrongly, each tested on made-up text.
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

// Ranks of several words ("Trooper First Class", "Special Agent in Charge")
// are the role, never part of the name; a title and an "of" affiliation are
// one role.
TEST(QuotesMoreBeats, RanksOfSeveralWords) {
  auto q = Attribute("\"We found the car,\" said Trooper First Class Dana Wills of the state police.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dana Wills");
  EXPECT_EQ(q[0].role, "Trooper First Class of the state police");
  auto s = Attribute(
      "Special Agent in Charge Mark Ruiz said the bureau was investigating. \"This is far from over,\" Ruiz said.");
  const Got* first = Find(s, "the bureau was investigating");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->speaker, "Mark Ruiz");
  EXPECT_EQ(first->role, "Special Agent in Charge");
  const Got* second = Find(s, "This is far from over");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker, "Mark Ruiz");
  auto g = Attribute("Sergeant First Class Luis Ortega said the unit was ready.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].speaker, "Luis Ortega");
  EXPECT_EQ(g[0].role, "Sergeant First Class");
}

// A listed company written with "and" is one organisation.
TEST(QuotesMoreBeats, CompanyNameWithAnd) {
  auto q = Attribute("Johnson and Johnson said in a statement that it would appeal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Johnson & Johnson");
  EXPECT_EQ(q[0].role, "<null>");
}

// "said in a statement that displaced children were at risk": a participle
// before a noun and its verb opens the clause, not a relative one.
TEST(QuotesMoreBeats, ParticipleAdjectiveAfterThat) {
  auto q = Attribute("UNICEF said in a statement that displaced children were at risk.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that displaced children were at risk");
  auto r = Attribute("The lawyer said in an interview that detained migrants had been beaten.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "The lawyer");
  // ("said in a statement that angered officials": a relative clause stays one.)
  EXPECT_TRUE(Attribute("The mayor spoke in a statement that angered officials.").empty());
}

// Bodies and people the news names by a common noun speak after a quote.
TEST(QuotesMoreBeats, MoreSpeakerNouns) {
  auto q = Attribute("\"Judges apply the law,\" the association said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the association");
  auto d = Attribute("\"They beat us,\" the detainee said.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "the detainee");
}

// "It said" after an institution whose head word is capitalised.
TEST(QuotesMoreBeats, ItAfterCapitalisedInstitution) {
  auto q = Attribute("The Home Office said the ruling was wrong. It said it would appeal.");
  const Got* it = Find(q, "it would appeal");
  ASSERT_NE(it, nullptr);
  EXPECT_EQ(it->speaker, "Home Office");
}

// A name after a lower-case word for a body names the body, so the person
// before "of" speaks.
TEST(QuotesMoreBeats, PersonOfNamedBody) {
  auto q = Attribute(
      "Maria Lopez of the aid group Border Angels said people were dying. She said volunteers had found four bodies.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Maria Lopez");
  EXPECT_EQ(q[0].role, "of the aid group Border Angels");
  EXPECT_EQ(q[1].speaker, "Maria Lopez");
}

// Offices with "of" and agencies with "and" in their names.
TEST(QuotesMoreBeats, OfficesAndAgenciesWithInnerWords) {
  auto q = Attribute("Secretary of Homeland Security Maria Ortega said the border would stay closed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maria Ortega");
  EXPECT_EQ(q[0].role, "Secretary of Homeland Security");
  auto c = Attribute("U.S. Customs and Border Protection said it had deployed additional personnel.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "U.S. Customs and Border Protection");
  EXPECT_EQ(c[0].role, "<null>");
}

// "The shelter's director, the Rev. Francisco Ruelas, said": the name
// between commas speaks even with an article before its title.
TEST(QuotesMoreBeats, AppositiveNameWithArticleAndTitle) {
  auto q = Attribute("The shelter's director, the Rev. Francisco Ruelas, said the building was full.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Francisco Ruelas");
  EXPECT_EQ(q[0].role, "The shelter's director");
}

// Pronouns: an appositive's gender word, not the sentence after it; a name
// set off right before its cue is the subject; and this paragraph's
// subject, of unknown gender, before a person of the pronoun's gender from
// an earlier paragraph.
TEST(QuotesMoreBeats, PronounsAfterNamesOfUnknownGender) {
  auto a = Attribute(
      "Lena Sorensen said the defendant was ill. His aunt, Joan Pike, testified that her nephew was kind. She said he "
      "often woke screaming.");
  const Got* aunt = Find(a, "he often woke");
  ASSERT_NE(aunt, nullptr);
  EXPECT_EQ(aunt->speaker, "Joan Pike");
  auto b = Attribute(
      "DA leader Johan Steenkamp said his party would not support a VAT increase.\n\nFinance Minister Enoch Mabuza "
      "told parliament that there was no alternative. \"The numbers are the numbers,\" he said.");
  const Got* numbers = Find(b, "The numbers are");
  ASSERT_NE(numbers, nullptr);
  EXPECT_EQ(numbers->speaker, "Enoch Mabuza");
  auto g = Attribute(
      "Daniel Feltz said the employers had offered a raise.\n\nA longshoreman, Tomas Reyes, said morale was low. "
      "\"People are tired,\" he said.");
  const Got* tired = Find(g, "People are tired");
  ASSERT_NE(tired, nullptr);
  EXPECT_EQ(tired->speaker, "Tomas Reyes");
  // (A person of the pronoun's gender in this paragraph still wins.)
  auto k = Attribute(
      "Ana Ruiz said the plan was sound.\n\nTom Hale spoke to Enoch Mabuza on Monday. \"It will pass,\" he said.");
  const Got* pass = Find(k, "It will pass");
  ASSERT_NE(pass, nullptr);
  EXPECT_EQ(pass->speaker, "Tom Hale");
}

// "The company said" after a named company that spoke in this paragraph or
// the one before is that company; "the agency" after a person who works
// "at the agency" is the agency, not the person.
TEST(QuotesMoreBeats, InstitutionNounAfterItsNamedSpeaker) {
  auto q = Attribute(
      "Halvern Pharmaceuticals said on Tuesday that it had paused a trial. The company said the pause was a "
      "precautionary measure.");
  const Got* c = Find(q, "the pause was");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker, "Halvern Pharmaceuticals");
  // (Not when the company was only named by someone else.)
  auto r = Attribute(
      "Reuters reported that Halvern Pharmaceuticals had paused a trial. The company said the pause was a "
      "precautionary measure.");
  const Got* d = Find(r, "the pause was");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "The company");
  auto m = Attribute(
      "Tom Bellamy, a spokesman for the ministry, said the vote was unanimous. The ministry said the shots would be "
      "free.");
  const Got* e = Find(m, "the shots would be free");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->speaker, "The ministry");
}

// Legal and cockpit cues, workplace speakers and offices.
TEST(QuotesMoreBeats, CourtAndTransportWords) {
  auto c = Attribute("The complaint charges that Vance laundered $2 million.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "The complaint");
  auto p = Attribute("\"We took a bird strike,\" the pilot radioed.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].cue, "radioed");
  auto t = Attribute("\"Cross runway two-seven left,\" the controller said.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "the controller");
  auto a = Attribute("FRA Administrator Leticia Morales said the order was necessary.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "Leticia Morales");
  EXPECT_EQ(a[0].role, "FRA Administrator");
  auto d = Attribute("Dean Patricia Oduya said the word had caused real harm.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "Patricia Oduya");
  EXPECT_EQ(d[0].role, "Dean");
  auto r = Attribute("The preliminary report said the engine failed at 3,000 feet.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "The preliminary report");
  EXPECT_EQ(r[0].cue, "said");
}

// "alleged" after a number or quantifier is an adjective.
TEST(QuotesMoreBeats, AllegedAsAdjective) {
  EXPECT_TRUE(Attribute("Eight alleged members of the gang are on trial together.").empty());
  EXPECT_TRUE(Attribute("Several alleged victims attended the hearing.").empty());
  auto q = Attribute("The women alleged that he had assaulted them.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The women");
}

// A participle's subject keeps its "for"/"of" phrase.
TEST(QuotesMoreBeats, ParticipleSubjectWithOfPhrase) {
  auto q = Attribute("A spokesman for the sheriff declined to comment, saying the case was pending.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "A spokesman for the sheriff");
  auto g = Attribute("A group of 14 states sued the company, accusing it of hiding evidence.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].speaker, "A group of 14 states");
}

// Foreign newspapers are organisations, never people a pronoun stands for;
// a courtesy title after an office is no part of the role.
TEST(QuotesMoreBeats, ForeignPapersAndCourtesyTitles) {
  auto q = Attribute(
      "President Bassirou Faye has adopted a more measured tone. In an interview with Le Monde, he said relations "
      "with France were being redefined.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Bassirou Faye");
  auto d = Attribute("\"The outbreak is over,\" CDC Director Dr. Samuel Otieno said.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "Samuel Otieno");
  EXPECT_EQ(d[0].role, "CDC Director");
}

// An appositive whose relative clause holds a cue ("who wrote an
// editorial") still describes the subject of the cue after it.
TEST(QuotesMoreBeats, AppositiveWithCueInsideItsRelativeClause) {
  auto q = Attribute(
      "Samuel Achterberg, a cardiologist who wrote an editorial on the study, said larger studies were needed.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Samuel Achterberg");
  EXPECT_EQ(q[0].role, "a cardiologist");
  EXPECT_EQ(q[0].text, "larger studies were needed");
}

// "The company, Corvallis Therapeutics, said": the organisation set off
// after its description speaks, the description is its role; also after
// the statement's own comma.
TEST(QuotesMoreBeats, OrganisationAfterItsDescription) {
  auto q = Attribute("The company, Corvallis Therapeutics, said the injuries were rare.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Corvallis Therapeutics");
  EXPECT_EQ(q[0].role, "The company");
  auto f = Attribute("The company, Ferrum Castings, said the injuries were rare.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].speaker, "Ferrum Castings");
  auto m = Attribute("The drug cut heart attacks by 20 percent, its maker, Brantley Pharma, said on Monday.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].speaker, "Brantley Pharma");
  EXPECT_EQ(m[0].role, "its maker");
  EXPECT_EQ(m[0].text, "The drug cut heart attacks by 20 percent");
  auto e = Attribute("The publisher, Elsevier, said it had full confidence in the data.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].speaker, "Elsevier");
  // (A person set off after a description stays the person.)
  auto p = Attribute("Her lawyer, Mark Hale, said she was innocent.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].speaker, "Mark Hale");
  EXPECT_EQ(p[0].role, "Her lawyer");
}

// A closing attribution whose office holds "of" ("Director of Government
// Affairs") before the name.
TEST(QuotesMoreBeats, ClosingAttributionWithOfficeOfSomething) {
  auto q = Attribute(
      "The union will likely sit out the election altogether, UMWA Director of Government Affairs Phil Smith told "
      "POLITICO earlier this week.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Phil Smith");
  EXPECT_EQ(q[0].role, "UMWA Director of Government Affairs");
  EXPECT_EQ(q[0].text, "The union will likely sit out the election altogether");
}

// A closing "said NAME" after a clause with its own verb inverts even when
// the clause opens with a noun phrase and a relative clause.
TEST(QuotesMoreBeats, InvertedCueAfterClauseWithItsOwnVerb) {
  auto q = Attribute("The passengers who were hurt were taken to hospital, said Fire Chief Raymond Dube.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Raymond Dube");
  EXPECT_EQ(q[0].role, "Fire Chief");
  EXPECT_EQ(q[0].text, "The passengers who were hurt were taken to hospital");
  auto m = Attribute("The patient died Sunday, a week after the surgery, said his mother, Brandi Dawes.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].speaker, "Brandi Dawes");
  EXPECT_EQ(m[0].role, "his mother");
  // (Not a verb of stance after an appositive holding a verb.)
  auto g = Attribute(
      "Grayson, an Orlando Democrat who was first elected in 2008, criticized his opponents for their animosity.");
  for (const Got& x : g) EXPECT_NE(x.speaker, "his opponents");
}

// Closing attributions: two bodies, a study as the medium; names in -ing;
// "hundred" is a number, not a participle; a quote closed by a comma reaches
// its attribution over a line break.
TEST(QuotesMoreBeats, MoreClosingAttributions) {
  auto n = Attribute("The launch will be delayed, NASA and ESA said.");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].speaker, "NASA and ESA");
  auto s = Attribute(
      "Sea ice has shifted into a new state, researchers said in a study published Monday in the journal Nature.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "Sea ice has shifted into a new state");
  auto b = Attribute("Boeing, however, said it remained confident in the spacecraft.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].speaker, "Boeing");
  auto h = Attribute("Two hundred researchers said the freeze was political.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].speaker, "Two hundred researchers");
  auto w = Attribute("\"The idea is simply a myth,\"\nHolmgren said.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].speaker, "Holmgren");
}

// Names that are also places or groups ("Jordan", "Israel", "Christian")
// before a family name or in a person's context; initials without spaces.
TEST(QuotesMoreBeats, GivenNamesThatArePlacesAndInitials) {
  auto i = Attribute(
      "Defence Minister Israel Kessler said the operation would continue. Kessler added that talks were stalled.");
  ASSERT_EQ(i.size(), 2u);
  EXPECT_EQ(i[0].speaker, "Israel Kessler");
  EXPECT_EQ(i[0].role, "Defence Minister");
  EXPECT_EQ(i[1].speaker, "Israel Kessler");
  auto j = Attribute("Jordan Ellis said the study was flawed. Ellis said more work was needed.");
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[1].speaker, "Jordan Ellis");
  auto c = Attribute("A spokesman, Christian Wigand, said the plan was dead.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "Christian Wigand");
  auto m = Attribute("Chief Minister M.K. Selvaraj said the south was being punished. Selvaraj added that it would sue.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].speaker, "M.K. Selvaraj");
  EXPECT_EQ(m[1].speaker, "M.K. Selvaraj");
  // (A country still speaks as itself.)
  auto n = Attribute("Israel said the strikes would continue.");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].speaker, "Israel");
}

// Cases the round's regression hunt found, kept fixed: a description whose
// relative clause holds a verb does not invert the cue; "for"/"of" phrases
// end at a time or a relative word; "the company" only resolves to an
// organisation of its kind; the speaker of a reduced relative clause.
TEST(QuotesMoreBeats, RegressionHuntCases) {
  auto p = Attribute("Margaret Pryce, a teacher who has held shares, said the price undervalued the company.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].speaker, "Margaret Pryce");
  EXPECT_EQ(p[0].text, "the price undervalued the company");
  auto k = Attribute("Kestrel Bank of Canada on Thursday posted a loss and said it would cut jobs.");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].speaker.find("Thursday"), std::string::npos);
  auto u = Attribute(
      "Marlow Airlines cancelled flights.\n\nThe Pilots Association said its members had no choice.\n\nThe airline "
      "said the strike was unjustified.");
  const Got* a = Find(u, "the strike was unjustified");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "Marlow Airlines");
  auto g = Attribute(
      "Germany began checks at its borders on Monday, a move the government said was necessary to curb migration.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].speaker, "the government");
  auto d = Attribute("The drug cut heart attacks by 20 percent, the drugmaker Brantley Pharma said.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "Brantley Pharma");
  EXPECT_EQ(d[0].role, "the drugmaker");
  auto s = Attribute("A spokesman for the Socialist party, Patxi Lopez, said negotiations would continue.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Patxi Lopez");
  auto f = Attribute(
      "The coalition was thrown into crisis after Finance Minister Konrad Abelmann resigned, saying he could no "
      "longer support the plans.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].speaker, "Konrad Abelmann");
  auto y = Attribute("Prosecutors indicted the mayor on bribery charges, Yonhap news agency reported, citing the prosecution.");
  ASSERT_EQ(y.size(), 1u);
  EXPECT_EQ(y[0].cue, "reported");
  EXPECT_TRUE(Attribute("The pilot radioed the tower seconds after takeoff.").empty());
  auto w = Attribute(
      "Workers who walked off the job will lose their health coverage, said Linda Farrow, a company spokeswoman.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].speaker, "Linda Farrow");
  auto c = Attribute("The man's companion, who was also in a kayak, reached shore, said Lt. Jenna Morales.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "Jenna Morales");
  auto e = Attribute(
      "The Commission declined to comment but a spokesperson, Christian Wigand, said Brussels was watching.");
  const Got* b = Find(e, "Brussels was watching");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker, "Christian Wigand");
  EXPECT_EQ(b->role, "a spokesperson");
  auto t = Attribute("Tehran accused Israel of sabotage, an allegation the prime minister's office declined to address.");
  for (const Got& x : t) EXPECT_EQ(x.text.find("to address"), std::string::npos);
}

// A whole quote without a cue after a sentence opened by a titled person is
// that person's.
TEST(QuotesMoreBeats, UncuedQuoteAfterTitledPerson) {
  auto q = Attribute(
      "The hospital was quiet.\n\nDr. Rachel Kim had just started her overnight shift when the first ambulance "
      "arrived.\n\n\"Within twenty minutes we had nine patients in the trauma bay.\"");
  const Got* k = Find(q, "Within twenty minutes");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->speaker, "Rachel Kim");
  auto p = Attribute("Prosecutor Ann Lowe spoke first. \"The evidence is overwhelming.\"");
  const Got* l = Find(p, "The evidence is");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->speaker, "Ann Lowe");
}

// Lawyers and their clients: a client's possessive lawyer speaks with the
// possessive as the role; "Lawyers for convicted arsonist X" never gives X
// his lawyers' words.
TEST(QuotesMoreBeats, LawyersAndClients) {
  auto l = Attribute(
      "Howard Lisk pleaded guilty in October. Lisk's lawyer, Martin Shore, asked for probation, saying his client was "
      "gravely ill.");
  const Got* a = Find(l, "his client was");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "Martin Shore");
  EXPECT_EQ(a->role, "Lisk's lawyer");
  auto f = Attribute(
      "Former Mayor Leon Fairbanks was sentenced to six years. Fairbanks' attorney, Gordon Wills, said that the "
      "sentence was harsh.");
  const Got* b = Find(f, "that the sentence");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker, "Gordon Wills");
  EXPECT_EQ(b->role, "Fairbanks' attorney");
  for (const Got& x : Attribute("Lawyers for convicted arsonist Derek Vaughn argued that a juror was biased.")) {
    EXPECT_NE(x.speaker, "Derek Vaughn");
  }
  // (A wh-word before the role is no adjective: "in what host Tom Bergeron
  // described as".)
  auto h = Attribute("He was eliminated in what host Tom Bergeron described as the \"hardest verdict so far.\"");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].speaker, "Tom Bergeron");
  auto p = Attribute("Lawyers for Derek Vaughn argued that a juror was biased.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].speaker, "Lawyers for Derek Vaughn");
}

// Listeners of several words before the clause, and synonyms of offices.
TEST(QuotesMoreBeats, ListenersAndOfficeSynonyms) {
  auto a = Attribute("The pilot told air traffic control he had smoke in the cockpit.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].text, "he had smoke in the cockpit");
  auto b = Attribute("Judge Walter Simms told both sides he wanted to hear from the juror herself.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].speaker, "Walter Simms");
  auto p = Attribute(
      "Prime Minister Keir Stanmore survived a no-confidence vote on Friday. The premier told lawmakers he had "
      "nothing to hide.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].speaker, "Keir Stanmore");
  auto e = Attribute("Ambassador Lena Ruiz met the minister. The envoy said talks were useful.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].speaker, "Lena Ruiz");
}

// Pronouns for people whose given names come from many languages; sports
// channels are organisations.
TEST(QuotesMoreBeats, InternationalGivenNames) {
  auto j = Attribute(
      "\"Nothing surprises me anymore,\" Mike Rennard said. Jalen Brooks was frustrated with the officiating. "
      "\"Everybody saw the foul,\" he said.");
  const Got* a = Find(j, "Everybody saw");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "Jalen Brooks");
  auto d = Attribute("Delphine Aucoin smiles. \"I have promised nothing,\" she says.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].speaker, "Delphine Aucoin");
  auto s = Attribute("Bianchi told Sky Sports he had no complaints. \"It was fair,\" he said.");
  const Got* b = Find(s, "It was fair");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker, "Bianchi");
  auto r = Attribute("Labour MP Rhys Doyle said the plan had failed.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Rhys Doyle");
  EXPECT_EQ(r[0].role, "Labour MP");
}

// Wire and hearing forms: the company that opens the statement; a time
// before a pronoun's clause; a hyphenated report; "under oath", "under
// questioning"; a relative clause after a home state; a descriptor with its
// article before an apposed name.
TEST(QuotesMoreBeats, WireAndHearingForms) {
  auto c = Attribute("Exxon Mobil Corp will cut about 2,000 jobs worldwide, the company said on Thursday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].speaker, "Exxon Mobil Corp");
  auto u = Attribute("The Steelworkers Union will strike on Monday, the company said.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].speaker, "the company");
  auto t = Attribute("Chevron said in October it would reduce its workforce by up to 15%.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "it would reduce its workforce by up to 15%");
  auto w = Attribute("Chevron said last week it would reduce its workforce.");
  ASSERT_EQ(w.size(), 1u);
  auto r = Attribute("Glencore said in its first-quarter report that it had stockpiled some of its output.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "Glencore");
  auto o = Attribute("Harald Voigt said under oath that he had never seen the memo.");
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].text, "that he had never seen the memo");
  auto q = Attribute("Harald Voigt said under questioning that the company had missed deadlines.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "that the company had missed deadlines");
  auto m = Attribute("Senator Joan Miller of Ohio, who supports the bill, said she regretted the outcome.");
  const Got* s2 = Find(m, "she regretted");
  ASSERT_NE(s2, nullptr);
  EXPECT_EQ(s2->speaker, "Joan Miller");
  auto j = Attribute("The jury president, the documentarian Errol Whitcombe, said the decision had been unanimous.");
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0].speaker, "Errol Whitcombe");
  EXPECT_EQ(j[0].role, "The jury president");
}

// Cases the second regression hunt found, kept fixed: a quote followed by a
// cue and a name the recogniser did not read stays unattributed rather than
// going to the sentence before; an agency named for enforcement is an
// agency; an acronym opening the statement is no ministry; "he" after the
// subject of the sentence just before, whose gender is unknown, is that
// subject; a descriptor of two words after the article before an apposed
// name.
TEST(QuotesMoreBeats, SecondRegressionHuntCases) {
  auto k = Attribute(
      "Defense Minister Shin Won-sik spoke on Monday. \"Words like these only raise the risk,\" Kwon Chil-seung "
      "said.");
  for (const Got& x : k) EXPECT_NE(x.speaker, "Shin Won-sik");
  auto i = Attribute(
      "U.S. Immigration and Customs Enforcement said it does not comment on complaints. The agency said that all "
      "detainees have access to legal counsel.");
  const Got* a = Find(i, "that all detainees");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "U.S. Immigration and Customs Enforcement");
  auto h = Attribute("HMS Kent tracked the corvette for two days, the ministry said.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].speaker, "the ministry");
  auto d = Attribute(
      "Mateo Delgado signed on Monday. Delgado's agent, Pini Rosen, would not discuss the fee. \"Ask the clubs,\" he "
      "said.");
  const Got* c = Find(d, "Ask the clubs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker, "Pini Rosen");
  auto n = Attribute(
      "Agata Kowalczyk won. Kowalczyk's coach, the former champion Marta Nowak, said the draw was kind.");
  const Got* m = Find(n, "the draw was kind");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->speaker, "Marta Nowak");
  EXPECT_EQ(m->role, "Kowalczyk's coach");
}

// Wire copy: a ticker in brackets before an appositive; producers and
// miners as the company that opens the statement; a weekday between the
// speaker and the cue.
TEST(QuotesMoreBeats, TickersProducersAndWeekdays) {
  auto t = Attribute("Albemarle Corp (ALB.N), the world's biggest producer, said it would cut its workforce.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].speaker, "Albemarle Corp");
  EXPECT_EQ(t[0].role, "the world's biggest producer");
  auto a = Attribute(
      "Saudi Aramco has raised the price of its Arab Light crude to Asia, the state oil giant said on Sunday.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].speaker, "Saudi Aramco");
  auto g = Attribute("Glencore cut output, the miner said.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].speaker, "Glencore");
  auto k = Attribute("Kenya's Parliament on Tuesday said the bill had passed.");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].speaker, "Kenya's Parliament");
}

}  // namespace
}  // namespace newsgraph
