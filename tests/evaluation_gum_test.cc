// The GUM entity yardstick on tiny hand-made CoNLL-U documents: text rebuilt
// as the pipeline lays it out, GUM's entity brackets read into mentions and
// chains, names narrowed as docs/evaluation.md says, and every figure of the
// scorer counted by hand.
#include "evaluation/gum.h"

#include <gtest/gtest.h>

#include "nlp/entity_recognizer.h"
#include "quotes/speaker.h"
#include "text/segmenter.h"

#include <string>
#include <vector>

namespace newsgraph::evaluation::gum {
namespace {

// Token lines are written with single spaces between the ten columns (no
// field here holds a space); comment lines are kept as they are.
std::string Conllu(const std::vector<std::string>& lines) {
  std::string out;
  for (std::string line : lines) {
    if (!line.empty() && line[0] != '#') {
      for (char& c : line) c = c == ' ' ? '\t' : c;
    }
    out += line + "\n";
  }
  return out;
}

const std::string& TinyDocument() {
  static const std::string doc = Conllu({
      "# newdoc id = GUM_news_tiny",
      "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity",
      "# newpar",
      "# text = Professor Cres Eastman visited the University of Chicago on February 23, 2006.",
      "1 Professor Professor PROPN NNP _ 3 compound _ Entity=(1-person-new-sssss-cf1-1,2,3-coref-Cres_Eastman",
      "2 Cres Cres PROPN NNP _ 3 compound _ _",
      "3 Eastman Eastman PROPN NNP _ 4 nsubj _ Entity=1)",
      "4 visited visit VERB VBD _ 0 root _ _",
      "5 the the DET DT _ 6 det _ Entity=(2-organization-new-sssss-cf2-2-coref-University_of_Chicago",
      "6 University University PROPN NNP _ 4 obj _ _",
      "7 of of ADP IN _ 8 case _ _",
      "8 Chicago Chicago PROPN NNP _ 6 nmod _ Entity=(3-place-new-sssss-cf3-1-sgl-Chicago)2)",
      "9 on on ADP IN _ 10 case _ _",
      "10 February February PROPN NNP _ 4 obl _ Entity=(4-time-new-sssss-cf4-2-sgl",
      "11 23 23 NUM CD _ 10 nummod _ SpaceAfter=No",
      "12 , , PUNCT , _ 13 punct _ _",
      "13 2006 2006 NUM CD _ 10 nmod:unmarked _ Entity=(5-time-new-sssss-cf5-1-sgl)4)|SpaceAfter=No",
      "14 . . PUNCT . _ 4 punct _ _",
      "",
      "# text = Researchers praised Eastman's work last year.",
      "1 Researchers researcher NOUN NNS _ 2 nsubj _ Entity=(6-person-new-sssss-cf6-1-sgl)",
      "2 praised praise VERB VBD _ 0 root _ _",
      "3-4 Eastman's _ _ _ _ _ _ _ _",
      "3 Eastman Eastman PROPN NNP _ 5 nmod:poss _ "
      "Entity=(7-abstract-new-sssss-cf7-3-sgl(1-person-giv:act-sssss-cf1-1-coref-Cres_Eastman",
      "4 's 's PART POS _ 3 case _ Entity=1)",
      "5 work work NOUN NN _ 2 obj _ Entity=7)",
      "6 last last ADJ JJ _ 7 amod _ Entity=(8-time-new-sssss-cf8-2-sgl",
      "7 year year NOUN NN _ 2 obl _ Entity=8)|SpaceAfter=No",
      "8 . . PUNCT . _ 2 punct _ _",
      "",
      "# newpar",
      "# text = The University thanked him in the 1990s.",
      "1 The the DET DT _ 2 det _ Entity=(2-organization-giv:inact-sssss-cf1-2-coref-University_of_Chicago",
      "2 University University PROPN NNP _ 3 nsubj _ Entity=2)",
      "3 thanked thank VERB VBD _ 0 root _ _",
      "4 him he PRON PRP _ 3 obj _ Entity=(1-person-giv:act-sssss-cf2-1-ana-Cres_Eastman)",
      "5 in in ADP IN _ 7 case _ _",
      "6 the the DET DT _ 7 det _ Entity=(9-time-new-sssss-cf3-2-sgl",
      "7 1990s 1990s NOUN NNS _ 3 obl _ Entity=9)|SpaceAfter=No",
      "8 . . PUNCT . _ 3 punct _ _",
      "",
  });
  return doc;
}

const char kText[] =
    "Professor Cres Eastman visited the University of Chicago on February 23, 2006. "
    "Researchers praised Eastman's work last year.\n\n"
    "The University thanked him in the 1990s.";

Span Find(const std::string& text, const std::string& needle, size_t from = 0) {
  const size_t at = text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

std::string Slice(const GumDocument& d, Span s) { return d.text.substr(s.begin, s.size()); }

TEST(GumParse, RebuildsTextWithParagraphsAndAlignsWords) {
  const GumDocument d = ParseConllu(TinyDocument());
  EXPECT_EQ(d.id, "GUM_news_tiny");
  EXPECT_EQ(d.text, kText);
  EXPECT_EQ(d.unaligned_words, 0u);
  ASSERT_EQ(d.words.size(), 14u + 8u + 8u);
  for (const Word& w : d.words) EXPECT_EQ(Slice(d, w.span), w.form);
  // The words of a multi-word token split its surface.
  EXPECT_EQ(Slice(d, d.words[16].span), "Eastman");
  EXPECT_EQ(Slice(d, d.words[17].span), "'s");
  EXPECT_EQ(d.words[16].head, 18);  // "work", counted over the document
  EXPECT_EQ(d.words[3].head, -1);   // the root
}

TEST(GumParse, ReadsNestedAndOneWordBracketsWithTheirHeads) {
  const GumDocument d = ParseConllu(TinyDocument());
  ASSERT_EQ(d.mentions.size(), 12u);
  const GumMention& eastman = d.mentions[0];
  EXPECT_EQ(eastman.chain, 1);
  EXPECT_EQ(eastman.etype, "person");
  EXPECT_EQ(eastman.infstat, "new");
  EXPECT_EQ(eastman.identity, "Cres_Eastman");
  EXPECT_EQ(eastman.first, 0u);
  EXPECT_EQ(eastman.last, 2u);
  EXPECT_EQ(eastman.head, 2u);
  const GumMention& university = d.mentions[1];
  EXPECT_EQ(university.first, 4u);
  EXPECT_EQ(university.last, 7u);
  EXPECT_EQ(university.head, 5u);  // "University": "the" and "Chicago" depend on it
  const GumMention& chicago = d.mentions[2];
  EXPECT_EQ(chicago.first, 7u);
  EXPECT_EQ(chicago.last, 7u);
  EXPECT_EQ(chicago.etype, "place");
  // "(5-...)4)": the date closes after the one-word year inside it.
  EXPECT_EQ(d.mentions[3].first, 9u);
  EXPECT_EQ(d.mentions[3].last, 12u);
  EXPECT_EQ(d.mentions[4].first, 12u);
  EXPECT_EQ(d.mentions[4].last, 12u);
  // "(7-...(1-...": two openings on one word, closed on different words.
  EXPECT_EQ(d.mentions[6].chain, 7);
  EXPECT_EQ(d.mentions[6].last, 18u);
  EXPECT_EQ(d.mentions[7].chain, 1);
  EXPECT_EQ(d.mentions[7].last, 17u);
  EXPECT_TRUE(d.mentions[7].identity == "Cres_Eastman");
}

TEST(GumParse, StopsAtASecondDocumentAndDropsUnclosedBrackets) {
  const std::string two = Conllu({
      "# newdoc id = first",
      "# text = Paris.",
      "1 Paris Paris PROPN NNP _ 0 root _ Entity=(1-place-new-sssss-cf1-1-sgl-Paris)|SpaceAfter=No",
      "2 . . PUNCT . _ 1 punct _ Entity=(2-abstract-new-sssss-cf1-1-sgl",
      "",
      "# newdoc id = second",
      "# text = Rome.",
      "1 Rome Rome PROPN NNP _ 0 root _ Entity=(1-place-new-sssss-cf1-1-sgl-Rome)",
  });
  const GumDocument d = ParseConllu(two);
  EXPECT_EQ(d.id, "first");
  EXPECT_EQ(d.text, "Paris.");
  ASSERT_EQ(d.mentions.size(), 1u);
  EXPECT_EQ(d.mentions[0].etype, "place");
}

TEST(GumGold, KeepsOutermostNamesAndDatedTimes) {
  const GumDocument d = ParseConllu(TinyDocument());
  const std::vector<GoldMention> gold = GoldMentions(d);
  std::vector<std::string> seen;
  for (const GoldMention& g : gold) {
    seen.push_back(std::string(ClassName(g.cls)) + " " + Slice(d, g.span) + " " + std::to_string(g.chain));
  }
  // Not scored: "Researchers" (head is a NOUN), "Eastman's work" (likewise),
  // "last year" (no digit, month or weekday), "him"; "Chicago" and "2006"
  // lie inside longer names.
  const std::vector<std::string> expected = {
      "PERSON Professor Cres Eastman 1", "ORG University of Chicago 2", "DATE February 23, 2006 4",
      "PERSON Eastman 1", "ORG University 2", "DATE 1990s 9"};
  EXPECT_EQ(seen, expected);
  EXPECT_TRUE(gold[0].named);
  EXPECT_FALSE(gold[5].named);
}

TEST(GumGold, NameWordsJoinAcrossConnectorsOnlyBeforeAnotherName) {
  const GumDocument d = ParseConllu(Conllu({
      "# text = the Ottoman Empire of old",
      "1 the the DET DT _ 3 det _ Entity=(1-place-new-sssss-cf1-3-sgl-Ottoman_Empire",
      "2 Ottoman Ottoman ADJ JJ _ 3 amod _ _",
      "3 Empire Empire PROPN NNP _ 0 root _ _",
      "4 of of ADP IN _ 5 case _ _",
      "5 old old ADJ JJ _ 3 nmod _ Entity=1)",
  }));
  const auto gold = GoldMentions(d);
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_EQ(Slice(d, gold[0].span), "Ottoman Empire");
  EXPECT_EQ(gold[0].cls, Class::kPlace);
}

TEST(GumGold, CapitalisedParticiplesBelongToTheName) {
  const GumDocument d = ParseConllu(Conllu({
      "# text = the United States",
      "1 the the DET DT _ 3 det _ Entity=(1-place-new-sssss-cf1-3-sgl-United_States",
      "2 United unite VERB VBN _ 3 amod _ _",
      "3 States State PROPN NNPS _ 0 root _ Entity=1)",
  }));
  const auto gold = GoldMentions(d);
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_EQ(Slice(d, gold[0].span), "United States");
}

TEST(GumGold, APersonsNameStopsAtOf) {
  const GumDocument d = ParseConllu(Conllu({
      "# text = Michael Tien of NPP",
      "1 Michael Michael PROPN NNP _ 0 root _ Entity=(1-person-new-sssss-cf1-1,2-sgl",
      "2 Tien Tien PROPN NNP _ 1 flat _ _",
      "3 of of ADP IN _ 4 case _ _",
      "4 NPP NPP PROPN NNP _ 1 nmod _ Entity=(2-organization-new-sssss-cf1-1-sgl)1)",
  }));
  const auto gold = GoldMentions(d);
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(Slice(d, gold[0].span), "Michael Tien");
  EXPECT_EQ(Slice(d, gold[1].span), "NPP");
  EXPECT_EQ(gold[1].cls, Class::kOrg);
}

TEST(GumGold, CoordinationsAreLeftToTheirConjuncts) {
  const GumDocument d = ParseConllu(Conllu({
      "# text = Bernoulli and Euler met",
      "1 Bernoulli Bernoulli PROPN NNP _ 4 nsubj _ Entity=(1-person-new-sssss-cf1-1-sgl(2-person-new-sssss-cf1-1-sgl)",
      "2 and and CCONJ CC _ 3 cc _ _",
      "3 Euler Euler PROPN NNP _ 1 conj _ Entity=(3-person-new-sssss-cf1-1-sgl)1)",
      "4 met meet VERB VBD _ 0 root _ _",
  }));
  ASSERT_EQ(d.mentions.size(), 3u);
  const auto gold = GoldMentions(d);
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(Slice(d, gold[0].span), "Bernoulli");
  EXPECT_EQ(Slice(d, gold[1].span), "Euler");
}

TEST(GumGold, TimeCoreLeavesOutClausesAndModifiers) {
  const GumDocument d = ParseConllu(Conllu({
      "# text = in October, 1805, when I left and 23 years at Harrow and last year",
      "1 in in ADP IN _ 2 case _ _",
      "2 October October PROPN NNP _ 0 root _ Entity=(1-time-new-sssss-cf1-1-sgl",
      "3 , , PUNCT , _ 4 punct _ SpaceAfter=No",
      "4 1805 1805 NUM CD _ 2 nmod:unmarked _ SpaceAfter=No",
      "5 , , PUNCT , _ 8 punct _ _",
      "6 when when ADV WRB _ 8 advmod _ _",
      "7 I I PRON PRP _ 8 nsubj _ _",
      "8 left leave VERB VBD _ 2 acl:relcl _ Entity=1)",
      "9 and and CCONJ CC _ 11 cc _ _",
      "10 23 23 NUM CD _ 11 nummod _ Entity=(2-time-new-sssss-cf1-2-sgl",
      "11 years year NOUN NNS _ 2 conj _ _",
      "12 at at ADP IN _ 13 case _ _",
      "13 Harrow Harrow PROPN NNP _ 11 nmod _ Entity=(3-organization-new-sssss-cf1-1-sgl)2)",
      "14 and and CCONJ CC _ 16 cc _ _",
      "15 last last ADJ JJ _ 16 amod _ Entity=(4-time-new-sssss-cf1-2-sgl",
      "16 year year NOUN NN _ 2 conj _ Entity=4)",
  }));
  const auto gold = GoldMentions(d);
  std::vector<std::string> seen;
  for (const GoldMention& g : gold) seen.push_back(std::string(ClassName(g.cls)) + " " + Slice(d, g.span));
  const std::vector<std::string> expected = {"DATE October, 1805", "DATE 23 years", "ORG Harrow"};
  EXPECT_EQ(seen, expected);
}

TEST(GumSplits, ReadsSectionsAndBullets) {
  const auto splits = ParseSplits(
      "# Splits\n\nText.\n\n## dev\n\n  * GUM_a\n  * GUM_b\n\n## test\n\n  * GUM_c\r\n\n## train\n* GUM_d\n");
  ASSERT_EQ(splits.size(), 4u);
  EXPECT_EQ(splits.at("GUM_a"), "dev");
  EXPECT_EQ(splits.at("GUM_b"), "dev");
  EXPECT_EQ(splits.at("GUM_c"), "test");
  EXPECT_EQ(splits.at("GUM_d"), "train");
}

TEST(GumPredicted, PersonSpansTakeInTheirTitle) {
  Document doc;
  doc.text = "Professor Cres Eastman and Australians.";
  doc.entities = {{"Cres Eastman", EntityType::kPerson, {0}, 'm'}, {"Australians", EntityType::kNorp, {1}, 0}};
  doc.mentions = {{Find(doc.text, "Cres Eastman"), 0, Find(doc.text, "Professor")},
                  {Find(doc.text, "Australians"), 1, {}}};
  const auto predicted = PredictedMentions(doc);
  ASSERT_EQ(predicted.size(), 1u);  // NORP is not scored
  EXPECT_EQ(predicted[0].span, Find(doc.text, "Professor Cres Eastman"));
  EXPECT_EQ(predicted[0].cls, Class::kPerson);
  EXPECT_EQ(predicted[0].entity, 0);
}

class GumScorerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gum_ = ParseConllu(TinyDocument());
    gold_ = GoldMentions(gum_);
  }
  PredictedMention P(const std::string& text, Class cls, int32_t entity, size_t from = 0) {
    return {Find(gum_.text, text, from), cls, entity};
  }
  size_t Para2() const { return gum_.text.find("\n\n"); }

  GumDocument gum_;
  std::vector<GoldMention> gold_;
};

TEST_F(GumScorerTest, OracleScoresOne) {
  EntityScorer scorer;
  scorer.AddDocument(gum_.id, gum_.text, gum_, gold_, OracleMentions(gold_), nullptr);
  EXPECT_DOUBLE_EQ(scorer.ExactAll().f1, 1.0);
  EXPECT_DOUBLE_EQ(scorer.OverlapAll().f1, 1.0);
  EXPECT_DOUBLE_EQ(scorer.Coreference().precision, 1.0);
  EXPECT_DOUBLE_EQ(scorer.Coreference().recall, 1.0);
  EXPECT_DOUBLE_EQ(scorer.Muc().f1, 1.0);
  EXPECT_EQ(scorer.counts().gold_pairs, 2u);
}

TEST_F(GumScorerTest, CountsSpansClassesAndLinksByHand) {
  const std::vector<PredictedMention> predicted = {
      P("Cres Eastman", Class::kPerson, 0),           // boundary: the title is missing
      P("University of Chicago", Class::kOrg, 1),     // exact
      P("February 23, 2006", Class::kDate, 2),        // exact
      P("Eastman", Class::kPerson, 0, 60),            // exact, same entity as the first
      P("University", Class::kPlace, 3, Para2()),     // exact span, wrong class, own entity
      P("Researchers", Class::kPerson, 4),            // spurious
  };
  EntityScorer scorer;
  std::string dump;
  scorer.AddDocument(gum_.id, gum_.text, gum_, gold_, predicted, &dump);
  const auto& c = scorer.counts();
  EXPECT_EQ(c.gold[0], 2u);  // PERSON
  EXPECT_EQ(c.gold[1], 2u);  // ORG
  EXPECT_EQ(c.gold[2], 0u);  // PLACE
  EXPECT_EQ(c.gold[3], 2u);  // DATE
  EXPECT_EQ(c.predicted[0], 3u);
  EXPECT_EQ(c.exact_matched, 4u);
  EXPECT_EQ(c.exact_same_class, 3u);
  EXPECT_EQ(c.overlap_matched, 5u);
  EXPECT_EQ(c.overlap_same_class, 4u);

  const Prf person_exact = scorer.Exact(Class::kPerson);
  EXPECT_DOUBLE_EQ(person_exact.precision, 1.0 / 3);
  EXPECT_DOUBLE_EQ(person_exact.recall, 1.0 / 2);
  const Prf person_overlap = scorer.Overlap(Class::kPerson);
  EXPECT_DOUBLE_EQ(person_overlap.precision, 2.0 / 3);
  EXPECT_DOUBLE_EQ(person_overlap.recall, 1.0);
  EXPECT_DOUBLE_EQ(scorer.Exact(Class::kOrg).recall, 0.5);
  EXPECT_DOUBLE_EQ(scorer.Exact(Class::kDate).recall, 0.5);  // "1990s" missed
  EXPECT_DOUBLE_EQ(scorer.ExactAll().precision, 3.0 / 6);
  EXPECT_DOUBLE_EQ(scorer.ExactAll().recall, 3.0 / 6);
  EXPECT_DOUBLE_EQ(scorer.OverlapUntyped().recall, 5.0 / 6);

  // Chains: Eastman (2 named mentions, one pair, linked), the University (one
  // pair, split over entities 1 and 3). Predicted pairs: entity 0 only.
  EXPECT_EQ(c.gold_pairs, 2u);
  EXPECT_EQ(c.gold_pairs_detected, 2u);
  EXPECT_EQ(c.gold_pairs_linked, 1u);
  EXPECT_EQ(c.predicted_pairs, 1u);
  EXPECT_EQ(c.predicted_pairs_right, 1u);
  EXPECT_DOUBLE_EQ(scorer.Coreference().recall, 0.5);
  EXPECT_DOUBLE_EQ(scorer.Coreference().precision, 1.0);
  // MUC: Eastman's chain needs one link and keeps it, the University's loses
  // its one; entity 0 has one link and it is right.
  EXPECT_DOUBLE_EQ(scorer.Muc().recall, 1.0 / 2);
  EXPECT_DOUBLE_EQ(scorer.Muc().precision, 1.0);

  EXPECT_NE(dump.find("MISSED\tGUM_news_tiny\tDATE\t\"1990s\""), std::string::npos) << dump;
  EXPECT_NE(dump.find("SPURIOUS\tGUM_news_tiny\tPERSON\t\"Researchers\"\tgum: person unnamed"), std::string::npos)
      << dump;
  EXPECT_NE(dump.find("BOUNDARY\tGUM_news_tiny\tPERSON\tgold \"Professor Cres Eastman\""), std::string::npos)
      << dump;
  EXPECT_NE(dump.find("CLASS\tGUM_news_tiny\tgold ORG \"University\"\tpredicted PLACE"), std::string::npos)
      << dump;
  EXPECT_NE(dump.find("SPLIT\tGUM_news_tiny\tchain 2"), std::string::npos) << dump;
}

TEST_F(GumScorerTest, OneEntityForEveryoneIsPenalisedInPrecision) {
  const std::vector<PredictedMention> predicted = {
      P("Professor Cres Eastman", Class::kPerson, 0),
      P("University of Chicago", Class::kOrg, 0),
      P("Eastman", Class::kPerson, 0, 60),
      P("University", Class::kOrg, 0, Para2()),
      P("Researchers", Class::kPerson, 0),
  };
  EntityScorer scorer;
  std::string dump;
  scorer.AddDocument(gum_.id, gum_.text, gum_, gold_, predicted, &dump);
  const auto& c = scorer.counts();
  EXPECT_EQ(c.gold_pairs_linked, 2u);
  EXPECT_EQ(c.predicted_pairs, 6u);  // four matched mentions
  EXPECT_EQ(c.predicted_pairs_right, 2u);
  EXPECT_EQ(c.predicted_pairs_unmatched, 4u);  // "Researchers" with each of them
  EXPECT_DOUBLE_EQ(scorer.Coreference().precision, 2.0 / 6);
  EXPECT_DOUBLE_EQ(scorer.Coreference().recall, 1.0);
  // MUC: five mentions in three gold parts (two chains and "Researchers").
  EXPECT_DOUBLE_EQ(scorer.Muc().precision, 2.0 / 4);
  EXPECT_DOUBLE_EQ(scorer.Muc().recall, 1.0);
  EXPECT_NE(dump.find("MERGED\tGUM_news_tiny\tentity e0"), std::string::npos) << dump;
}

TEST_F(GumScorerTest, OverlapNeedsASharedWordNotJustPunctuation) {
  // "2006." against "2006": punctuation is trimmed, so the spans are equal.
  const std::vector<PredictedMention> predicted = {P("2006.", Class::kDate, 0),
                                                   P("on", Class::kDate, 1)};
  EntityScorer scorer;
  scorer.AddDocument(gum_.id, gum_.text, gum_, gold_, predicted, nullptr);
  EXPECT_EQ(scorer.counts().overlap_matched, 1u);
  EXPECT_EQ(scorer.counts().exact_matched, 0u);  // gold is the whole date, not the year
}

// ---- pronouns ----------------------------------------------------------------

// "Mary Jones met John Smith. He thanked her. She smiled." with GUM's
// chains: Mary Jones 1, John Smith 2, and "It" (an object, chain 3) that is
// no person pronoun.
const std::string& PronounDocument() {
  static const std::string doc = Conllu({
      "# newdoc id = GUM_news_pronouns",
      "# newpar",
      "# text = Mary Jones met John Smith.",
      "1 Mary Mary PROPN NNP _ 3 nsubj _ Entity=(1-person-new-sssss-cf1-1,2-coref",
      "2 Jones Jones PROPN NNP _ 1 flat _ Entity=1)",
      "3 met meet VERB VBD _ 0 root _ _",
      "4 John John PROPN NNP _ 3 obj _ Entity=(2-person-new-sssss-cf2-1,2-coref",
      "5 Smith Smith PROPN NNP _ 4 flat _ Entity=2)|SpaceAfter=No",
      "6 . . PUNCT . _ 3 punct _ _",
      "",
      "# text = He thanked her.",
      "1 He he PRON PRP _ 2 nsubj _ Entity=(2-person-giv:act-sssss-cf1-1-ana)",
      "2 thanked thank VERB VBD _ 0 root _ _",
      "3 her she PRON PRP _ 2 obj _ Entity=(1-person-giv:act-sssss-cf2-1-ana)|SpaceAfter=No",
      "4 . . PUNCT . _ 2 punct _ _",
      "",
      "# text = It was her day.",
      "1 It it PRON PRP _ 4 nsubj _ Entity=(3-abstract-new-sssss-cf1-1-ana)",
      "2 was be AUX VBD _ 4 cop _ _",
      "3 her she PRON PRP$ _ 4 nmod:poss _ Entity=(1-person-giv:act-sssss-cf2-1-ana)",
      "4 day day NOUN NN _ 0 root _ SpaceAfter=No",
      "5 . . PUNCT . _ 4 punct _ _",
      "",
  });
  return doc;
}

TEST(GumPronouns, GoldIsHeSheFamilyWithANamedPersonBefore) {
  const GumDocument d = ParseConllu(PronounDocument());
  const auto gold = GoldPronouns(d);
  ASSERT_EQ(gold.size(), 3u);  // "It" is not a person pronoun
  EXPECT_EQ(Slice(d, gold[0].span), "He");
  EXPECT_EQ(gold[0].gender, 'm');
  EXPECT_EQ(gold[0].position, PronounPosition::kSubject);
  EXPECT_EQ(Slice(d, gold[0].antecedent), "John Smith");
  EXPECT_EQ(gold[1].gender, 'f');
  EXPECT_EQ(gold[1].position, PronounPosition::kOther);
  EXPECT_EQ(gold[2].position, PronounPosition::kPossessive);
  EXPECT_EQ(Slice(d, gold[2].antecedent), "Mary Jones");
  // "him" in the tiny document: its chain names Professor Cres Eastman first.
  const auto tiny = GoldPronouns(ParseConllu(TinyDocument()));
  ASSERT_EQ(tiny.size(), 1u);
  EXPECT_EQ(tiny[0].position, PronounPosition::kOther);
}

TEST(GumPronouns, APronounWithNoNamedAntecedentBeforeItIsNotScored) {
  // "He" opens the text; the name comes after it (a cataphor).
  const GumDocument d = ParseConllu(Conllu({
      "# newdoc id = GUM_news_cataphor",
      "# text = He said John Smith left.",
      "1 He he PRON PRP _ 2 nsubj _ Entity=(1-person-new-sssss-cf1-1-ana)",
      "2 said say VERB VBD _ 0 root _ _",
      "3 John John PROPN NNP _ 5 nsubj _ Entity=(1-person-giv:act-sssss-cf2-1,2-coref",
      "4 Smith Smith PROPN NNP _ 3 flat _ Entity=1)",
      "5 left leave VERB VBD _ 2 ccomp _ SpaceAfter=No",
      "6 . . PUNCT . _ 2 punct _ _",
      "",
  }));
  EXPECT_TRUE(GoldPronouns(d).empty());
}

TEST(GumPronouns, ResolverAndBaselineScoredAgainstTheChain) {
  const GumDocument g = ParseConllu(PronounDocument());
  Document doc;
  doc.text = g.text;
  text::Segmenter().Process(doc);
  nlp::EntityRecognizer().Process(doc);
  const auto gold = GoldPronouns(g);
  const quotes::QuoteLexicons lex;
  const auto resolved = ResolvePronouns(lex, doc, gold);
  const auto baseline = BaselinePronouns(doc, gold);
  ASSERT_EQ(resolved.size(), 3u);
  ASSERT_EQ(baseline.size(), 3u);
  // Gender sends "her" past John Smith to Mary Jones; the baseline takes
  // the latest person whatever the pronoun.
  EXPECT_TRUE(EntityInChain(doc, resolved[0], gold[0]));
  EXPECT_TRUE(EntityInChain(doc, resolved[1], gold[1]));
  EXPECT_TRUE(EntityInChain(doc, resolved[2], gold[2]));
  EXPECT_TRUE(EntityInChain(doc, baseline[0], gold[0]));
  EXPECT_FALSE(EntityInChain(doc, baseline[1], gold[1]));
  EXPECT_FALSE(EntityInChain(doc, -1, gold[1]));

  PronounScorer scorer;
  std::string dump;
  scorer.AddDocument(g.id, doc, gold, resolved, baseline, &dump);
  // One unresolved pronoun by hand: coverage counts it out, accuracy wrong.
  scorer.AddDocument(g.id, doc, gold, {resolved[0], -1, resolved[2]}, baseline, &dump);
  const auto& c = scorer.counts();
  EXPECT_EQ(c.documents, 2u);
  EXPECT_EQ(c.all.pronouns, 6u);
  EXPECT_EQ(c.all.resolved, 5u);
  EXPECT_EQ(c.all.right, 5u);
  EXPECT_EQ(c.all.baseline_right, 2u);
  EXPECT_EQ(c.by_position[static_cast<int>(PronounPosition::kSubject)].pronouns, 2u);
  EXPECT_EQ(c.by_position[static_cast<int>(PronounPosition::kOther)].right, 1u);
  EXPECT_NE(dump.find("UNRESOLVED\tGUM_news_pronouns\tother\t\"her\"\tgold \"Mary Jones\""), std::string::npos)
      << dump;
  EXPECT_EQ(dump.find("WRONG"), std::string::npos) << dump;
  EXPECT_DOUBLE_EQ(scorer.Json()["accuracy"].get<double>(), 5.0 / 6);
  EXPECT_DOUBLE_EQ(scorer.Json()["baseline_accuracy"].get<double>(), 2.0 / 6);
}

}  // namespace
}  // namespace newsgraph::evaluation::gum
