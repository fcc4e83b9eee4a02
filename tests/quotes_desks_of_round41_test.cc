// Forms met on the desks round 41 read: Japan, South Korea, Brazil, Canada,
// Formula One, golf, the music business and the United Nations; and gaps
// earlier rounds left open.
#include <gtest/gtest.h>

#include "analyze_test_util.h"

#include <string>
#include <vector>

namespace newsgraph {
namespace {

using testing_util::Statements;

// "According to court documents, Delaney told investigators that ...":
// the source's words hold a named person's own report, which is a second
// statement inside the first; so do a forward report's words ("Prosecutors
// said Delaney told ...", "CNN reported that Biden said ..."). Not a
// description's ("the suspect said"), nor words holding a quote, whose
// partial clause stays the outer report's.
TEST(QuotesDesksOfRound41, ReportInsideAnotherReportsWords) {
  auto q = Statements("According to court documents, Delaney told investigators that he had burned the files.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "court documents");
  EXPECT_EQ(q[0].text, "Delaney told investigators that he had burned the files");
  EXPECT_EQ(q[1].speaker, "Delaney");
  EXPECT_EQ(q[1].cue, "told");
  EXPECT_EQ(q[1].text, "that he had burned the files");
  q = Statements("Prosecutors said Delaney told investigators that he had burned the files.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Prosecutors");
  EXPECT_EQ(q[1].speaker, "Delaney");
  q = Statements("CNN reported that Biden said the talks would resume.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "CNN");
  EXPECT_EQ(q[1].speaker, "Biden");
  EXPECT_EQ(q[1].text, "the talks would resume");
  EXPECT_EQ(Statements("According to police, the suspect said he acted alone.").size(), 1u);
  q = Statements("Mr. Ross said Mr. Obama had told Jewish leaders that there would be ''no daylight'' between them.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
}

// "the joint exercise, dubbed "Freedom Shield," would run for 11 days": a
// name in capitals given in an aside is nobody's words, and the reported
// clause runs on past it, the aside's comma inside the closing mark too;
// a label its givers are named for ("dubbed "Black Friday" by traders")
// stays where it was.
TEST(QuotesDesksOfRound41, NameGivenInAnAsideInsideAReport) {
  auto q = Statements(
      "The U.S. Forces Korea (USFK) said in a press release that the joint exercise, dubbed \"Freedom Shield,\" "
      "would run for 11 days.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "that the joint exercise, dubbed \"Freedom Shield,\" would run for 11 days");
  q = Statements(
      "HD Hyundai Chairman Chung Ki-sun said the shipbuilding cooperation with the U.S., dubbed \"MASGA,\" would "
      "open \"a new golden age\" for Korean shipbuilders.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].text, "a new golden age");
  EXPECT_EQ(q[0].speaker, "Chung Ki-sun");
  EXPECT_EQ(q[0].role, "HD Hyundai Chairman");
  q = Statements("The army said the operation, dubbed \"Iron Wall\", would last weeks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "the operation, dubbed \"Iron Wall\", would last weeks");
}

// "Edem Wosornu, OCHA's director of operations, briefed the council": two
// unknown words before an appositive headed by a body's possessive and a
// person noun are a person, whom a later "she" names.
TEST(QuotesDesksOfRound41, PersonBeforeABodysOfficeInApposition) {
  EXPECT_EQ(testing_util::TypeOf("Edem Wosornu, OCHA's director of operations, briefed the council.", "Edem Wosornu"),
            EntityType::kPerson);
  auto q = Statements(
      "Edem Wosornu, OCHA's director of operations, briefed the council on Friday. She said that 25 million "
      "Sudanese needed aid.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Edem Wosornu");
  EXPECT_EQ(q[0].mention, "She");
}

// "Nakatani is expected to say at the Shangri-La Dialogue that ...": a
// named speaker's foretold statement is one, as a described speaker's
// was; a foretold act that says nothing ("is set to read his vote") is
// none.
TEST(QuotesDesksOfRound41, NamedSpeakerExpectedToSay) {
  auto q = Statements(
      "Nakatani is expected to say at the Shangri-La Dialogue in Singapore that Japan will deepen cooperation with "
      "Southeast Asian nations.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Nakatani");
  EXPECT_EQ(q[0].cue, "say");
  EXPECT_EQ(q[0].text, "that Japan will deepen cooperation with Southeast Asian nations");
  q = Statements("Foreign Minister Mauro Vieira is expected to tell his U.S. counterpart that Brazil wants talks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mauro Vieira");
  EXPECT_EQ(q[0].role, "Foreign Minister");
  EXPECT_EQ(q[0].cue, "tell");
  EXPECT_TRUE(Statements("Moraes is set to read his vote first, followed by Justice Luiz Fux.").empty());
  q = Statements("Fed Governor Christopher Waller is expected to say on Thursday that stablecoins could help.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Christopher Waller");
}

// Offices as the Japanese desks write them: a portfolio listed with commas
// before its "and" ("Health, Labor and Welfare Minister"), hyphenated
// offices ("Prosecutor-General") and the Imperial Household's "Grand
// Steward"; and Wales's "Llywydd".
TEST(QuotesDesksOfRound41, JapaneseOffices) {
  auto q = Statements(
      "\"We must change the way we think about work,\" Health, Labor and Welfare Minister Takamaro Fukuoka said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Takamaro Fukuoka");
  EXPECT_EQ(q[0].role, "Health, Labor and Welfare Minister");
  q = Statements("Land, Infrastructure, Transport and Tourism Minister Hiromasa Nakano said the licenses would go.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Land, Infrastructure, Transport and Tourism Minister");
  q = Statements("Prosecutor-General Naomi Unemoto said in a statement that the prosecution would not appeal.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Naomi Unemoto");
  EXPECT_EQ(q[0].role, "Prosecutor-General");
  q = Statements(
      "Imperial Household Agency Grand Steward Yasuhiko Nishimura told a press conference that Princess Aiko "
      "would begin work.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Yasuhiko Nishimura");
  EXPECT_EQ(q[0].role, "Imperial Household Agency Grand Steward");
  // (A state, its governor's office and a holder whose family name ends in
  // "s": no sports team.)
  q = Statements("Iowa Gov. Kim Reynolds said the state would act.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kim Reynolds");
  EXPECT_EQ(q[0].role, "Iowa Gov.");
  EXPECT_EQ(testing_util::TypeOf("The Pittsburgh Pirates said the game was off.", "Pittsburgh Pirates"),
            EntityType::kOrg);
  // (A body's long name, one mention, before the office.)
  q = Statements("Zimbabwe Parks and Wildlife Management Authority spokesman Tinashe Farawo said the elephants died.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tinashe Farawo");
  EXPECT_EQ(q[0].role, "Zimbabwe Parks and Wildlife Management Authority spokesman");
  // (Undotted initials before two names, "KP Sharma Oli"; not a title's
  // letters before a given name, "MK Gilad Kariv".)
  q = Statements("Prime Minister KP Sharma Oli said the government would hold talks.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "KP Sharma Oli");
  EXPECT_EQ(q[0].role, "Prime Minister");
  q = Statements("MK Gilad Kariv said the law was a disgrace.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Gilad Kariv");
  // (A given name before "County" names the county, no one.)
  q = Statements("\"Justice was served,\" said Shelby County District Attorney Steve Mulroy.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Steve Mulroy");
  EXPECT_EQ(q[0].role, "Shelby County District Attorney");
  // (A listed company and a word of its division, no person named Martin.)
  q = Statements("\"The jet is ready,\" Greg Ulmer, executive vice president of Lockheed Martin Aeronautics, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Greg Ulmer");
  EXPECT_EQ(q[0].role, "executive vice president of Lockheed Martin Aeronautics");
  // (The Senedd's presiding officer.)
  q = Statements("\"We will not accept this,\" Llywydd Elin Jones said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Elin Jones");
  EXPECT_EQ(q[0].role, "Llywydd");
  // (A town before the office is no field of it.)
  q = Statements("In Tokyo, Trade and Industry Minister Yoji Muto said the rules would change.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].role, "Trade and Industry Minister");
}

// "Israeli officials said ..., according to the Times of Israel": people a
// description names report inside a closing source's words, as a named
// person does; a thing described does not ("a survey showed").
TEST(QuotesDesksOfRound41, DescribedPeopleReportInsideAClosingSource) {
  auto q = Statements(
      "Israeli officials said the hostages' release would take place in stages over six weeks, according to the "
      "Times of Israel.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Times of Israel");
  EXPECT_EQ(q[1].speaker, "Israeli officials");
  EXPECT_EQ(q[1].text, "the hostages' release would take place in stages over six weeks");
  EXPECT_EQ(Statements("A new survey showed prices rose in May, according to the central bank.").size(), 1u);
}

// Offices of Arab governments as the wires write them: "the Minister of
// Foreign Affairs" set off after a name ("Affairs" is no one's name), and
// "Egypt's Minister of Supply Sherif Farouk" (the field after a minister's
// "of" is the office's, as after a dean's, "Dean of Admissions"); not a
// company after "CEO of".
TEST(QuotesDesksOfRound41, MinistersOfAField) {
  auto q = Statements(
      "\"The UAE remains committed to a two-state solution,\" Sheikh Abdullah bin Zayed Al Nahyan, the Minister of "
      "Foreign Affairs, said in remarks carried by WAM.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Abdullah bin Zayed Al Nahyan");
  EXPECT_EQ(q[0].role, "the Minister of Foreign Affairs");
  q = Statements("Dean of Admissions Marlyn McGrath said the policy would change. \"It's humbling,\" she said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Marlyn McGrath");
  EXPECT_EQ(q[0].role, "Dean of Admissions");
  EXPECT_EQ(q[1].speaker, "Marlyn McGrath");
  q = Statements("Egypt's Minister of Supply Sherif Farouk said the price of bread would rise.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sherif Farouk");
  EXPECT_EQ(q[0].role, "Egypt's Minister of Supply");
  EXPECT_EQ(testing_util::FindEntity(testing_util::Entities(
                                         "Jon Platt, chairman and CEO of Sony Music Publishing, called the deal good."),
                                     "Music Publishing"),
            nullptr);
}

// A body's stance inside a closing source's words ("The UAE's Ministry of
// Foreign Affairs strongly condemned the attack, according to a statement
// carried by WAM") and a quote described inside them ("Steve Witkoff
// described the talks as "positive," according to the White House") are
// the body's and the describer's.
TEST(QuotesDesksOfRound41, StanceAndDescriptionInsideAClosingSource) {
  auto q = Statements(
      "The UAE's Ministry of Foreign Affairs strongly condemned the attack on a commercial vessel in the Red Sea, "
      "according to a statement carried by the state news agency WAM.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "The UAE's Ministry of Foreign Affairs");
  EXPECT_EQ(q[1].cue, "condemned");
  EXPECT_EQ(q[1].text, "the attack on a commercial vessel in the Red Sea");
  q = Statements(
      "U.S. envoy Steve Witkoff described the talks as \"positive and constructive,\" according to the White House.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  EXPECT_EQ(q[0].speaker, "Steve Witkoff");
  EXPECT_EQ(q[0].cue, "described");
}

// "warned that the corridor could hurt "Wicked."": a work's title in marks
// inside a reported clause is nobody's words, so the report stays whole
// and indirect; a quoted word the speaker used stays a partial ("a
// disaster", a people's adjective "Mexican").
TEST(QuotesDesksOfRound41, WorkTitleInsideAReportedClause) {
  auto q = Statements("Box office analysts warned that the crowded Thanksgiving corridor could hurt \"Wicked.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "Box office analysts");
  EXPECT_EQ(q[0].text, "that the crowded Thanksgiving corridor could hurt \"Wicked.\"");
  // (After a medium and "that", a title opening the clause.)
  q = Statements("Ubisoft said in a statement that \"Assassin's Creed Shadows\" would be delayed to March.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].text, "that \"Assassin's Creed Shadows\" would be delayed to March");
  q = Statements("Jane Campion said she had almost turned down \"The Power of the Dog.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "indirect");
  q = Statements("The senator said the bill was \"a disaster.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
  q = Statements("Trump said he believed the Indiana-born judge was \"Mexican.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "partial");
}

// "the league said", "the coast guard said": a body's common noun names
// the one body nearby whose own name holds it ("Premier League", named
// inside the statement; "Japan Coast Guard").
TEST(QuotesDesksOfRound41, BodyNamedByTheNounInItsName) {
  EXPECT_EQ(testing_util::TypeOf("Leicester have been charged by the Premier League.", "Premier League"),
            EntityType::kOrg);
  auto q = Statements("Leicester have been charged by the Premier League over alleged breaches, the league said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Premier League");
  EXPECT_EQ(q[0].mention, "the league");
  q = Statements(
      "The Japan Coast Guard said four vessels entered the waters. It was the 30th intrusion this year, the coast "
      "guard said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Japan Coast Guard");
}

// "Derek Manzello, director of NOAA's Coral Reef Watch, said": a name
// ending in "Watch" is a body's (a monitoring programme, "Human Rights
// Watch"), so the possessive inside the appositive names no speaker.
TEST(QuotesDesksOfRound41, WatchIsABodysWord) {
  EXPECT_EQ(testing_util::TypeOf("Coral Reef Watch said the bleaching spread.", "Coral Reef Watch"), EntityType::kOrg);
  auto q = Statements(
      "\"The bleaching is unprecedented,\" Derek Manzello, director of NOAA's Coral Reef Watch, said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Derek Manzello");
  EXPECT_EQ(q[0].role, "director of NOAA's Coral Reef Watch");
}

// "Chief Justice of Pakistan Qazi Faez Isa said": an office of a country,
// then its holder, whose name the recogniser knows by no given name; the
// office with its country is the role.
TEST(QuotesDesksOfRound41, OfficeOfACountryBeforeItsHolder) {
  auto q = Statements("\"No one is above the law,\" Chief Justice of Pakistan Qazi Faez Isa said on Wednesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Qazi Faez Isa");
  EXPECT_EQ(q[0].role, "Chief Justice of Pakistan");
  q = Statements("Chief Justice of India D.Y. Chandrachud said the court would hear the plea.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "D.Y. Chandrachud");
  EXPECT_EQ(q[0].role, "Chief Justice of India");
  q = Statements("The Chief Justice of Pakistan said the court would sit.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The Chief Justice of Pakistan");
}

// "Trader Joe's said": a listed name of several words ending in 's is a
// body, no person's possessive.
TEST(QuotesDesksOfRound41, ListedNameOfSeveralWordsEndingInApostropheS) {
  EXPECT_EQ(testing_util::TypeOf("Trader Joe's said it would recall the product.", "Trader Joe's"), EntityType::kOrg);
  auto q = Statements("Trader Joe's said it would recall the product.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Trader Joe's");
  q = Statements("Trader Joe's spokeswoman Kim Noll said the product was safe.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kim Noll");
  EXPECT_EQ(q[0].role, "Trader Joe's spokeswoman");
}

// "the activist once dubbed the "face of the Umbrella Movement,"": a name
// given to a noun in the passive, its article before the marks, is nobody's
// words, and the one named is no speaker; a group that coins the name
// still speaks ("Traders nicknamed the tanker the "ghost of Kharg"").
TEST(QuotesDesksOfRound41, PassiveNameWithItsArticle) {
  EXPECT_TRUE(Statements("Joshua Wong, the activist once dubbed the \"face of the Umbrella Movement,\" was jailed for "
                         "56 months.")
                  .empty());
  EXPECT_TRUE(Statements("The tanker, nicknamed the \"ghost of Kharg,\" sailed on.").empty());
  auto q = Statements("Traders nicknamed the tanker the \"ghost of Kharg\" after it switched off its transponder.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Traders");
}

// "John Smith, one of the top judges, said": judges after a determiner and
// a modifier are people in the appositive, no verb of judging.
TEST(QuotesDesksOfRound41, JudgesInAnAppositive) {
  auto q = Statements("John Smith, one of the top judges, said the court was wrong.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "John Smith");
  EXPECT_EQ(q[0].role, "one of the top judges");
  q = Statements("The panel judges that the risk is low.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "judges");
}

// "..., with spokesman Pen Bona saying the authors did not understand
// Cambodia": an absolute phrase whose named subject speaks; and "was quoted
// as saying by ANSA that ...", the outlet between the cue and its clause.
TEST(QuotesDesksOfRound41, WithSayingAndQuotedAsSayingBy) {
  auto q = Statements(
      "The government dismissed the report, with spokesman Pen Bona saying the authors did not understand Cambodia.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Pen Bona");
  EXPECT_EQ(q[1].role, "spokesman");
  EXPECT_EQ(q[1].cue, "saying");
  EXPECT_EQ(q[1].text, "the authors did not understand Cambodia");
  q = Statements("Meloni was quoted as saying by ANSA that the government would not fall.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Meloni");
  EXPECT_EQ(q[0].text, "that the government would not fall");
}

}  // namespace
}  // namespace newsgraph
