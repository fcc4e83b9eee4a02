#ifndef NEWSGRAPH_EVALUATION_GUM_H_
#define NEWSGRAPH_EVALUATION_GUM_H_

// Entity evaluation on GUM (Georgetown University Multilayer corpus), read
// from its CoNLL-U release: the text, the entity mentions with their GUM type
// and coreference chain, and the scorer that compares them with the nlp
// layer. Rules, and why they are what they are: docs/evaluation.md ("Entities
// on GUM").
//
// Gold spans are byte offsets into the rebuilt text, like Document spans;
// the scorer converts both sides to code points once (evaluation/spans.h).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/document.h"
#include "evaluation/matching.h"

namespace newsgraph::quotes {
struct QuoteLexicons;
}

namespace newsgraph::evaluation::gum {

// The classes scored: GUM person, organization, place, time. kOther holds
// GUM's other types (event, object, abstract, ...), which newsgraph does not
// produce; they are kept only to decide nesting and to explain errors.
enum class Class { kPerson, kOrg, kPlace, kDate, kOther };
constexpr int kScoredClasses = 4;  // kPerson .. kDate
std::string_view ClassName(Class c);

// One word of the CoNLL-U file (multi-word tokens are expanded: each word of
// "don't" carries the byte span of the whole surface token).
struct Word {
  std::string form;
  std::string upos;
  std::string deprel;     // UD relation to the head: "nmod", "acl:relcl", ...
  Span span;              // bytes into GumDocument::text
  int32_t head = -1;      // document-wide index of the syntactic head, -1 for a root
};

// One GUM mention, as bracketed in the MISC column's Entity= annotation.
struct GumMention {
  uint32_t first = 0, last = 0;  // words, inclusive
  int32_t chain = 0;             // the GRP field: mentions with equal chain corefer
  std::string etype;             // person, organization, place, time, event, ...
  std::string infstat;           // new, giv:act, acc:inf, ...
  std::string identity;          // Wikification, e.g. "Zaha_Hadid"; empty when none
  uint32_t head = 0;             // the word whose syntactic head lies outside the mention
};

struct GumDocument {
  std::string id;
  // Sentences from "# text =" lines, joined by one space within a paragraph
  // ("# newpar") and by a blank line ("\n\n") between paragraphs, as
  // Document::text is laid out.
  std::string text;
  std::vector<Word> words;
  std::vector<GumMention> mentions;  // in file order of their opening bracket
  size_t unaligned_words = 0;        // words not found in their "# text =" line
};

// Parses one document (the first "# newdoc"; a file holding several is cut
// at the second). Never fails on odd annotation: unbalanced brackets are
// dropped, words missing from their sentence text get an empty span at the
// current position and are counted in unaligned_words.
GumDocument ParseConllu(std::string_view conllu);

// A gold mention the scorer uses, with its NER-style span.
struct GoldMention {
  Span span;              // bytes into the text
  Class cls = Class::kOther;
  int32_t chain = 0;
  bool named = false;     // head word is PROPN (times: false unless so)
  size_t source = 0;      // index into GumDocument::mentions
};

// The gold mentions to score, in text order. A mention qualifies when it is
// named (head word PROPN) or a time mention whose core holds a digit or a
// month or weekday name; a coordination ("Bernoulli and Euler": the head has
// a conj dependent inside the mention) never does, as GUM marks each conjunct
// on its own. Its span is narrowed to the name: for named mentions, the run
// of name words (PROPN, or capitalised ADJ/NOUN/NUM or amod VERB) around the
// head, joined across "of", "for", "and", "&", "the", "de", "-" (persons:
// only "and", "&", "de", "-") when another name word follows; for times, the
// core: the head and what hangs on it except clauses, nmod, obl, appositions
// and conjuncts ("23 years at the University of California" -> "23 years"),
// without leading determiners and prepositions or trailing punctuation. Of nested qualifying spans only the outermost is
// kept, as flat NER can produce only one (equal spans: the first in the file).
std::vector<GoldMention> GoldMentions(const GumDocument& doc);

// A mention of the system under test, in bytes of the same text.
struct PredictedMention {
  Span span;
  Class cls = Class::kOther;
  int32_t entity = -1;
};

// The nlp layer of `doc` as scorable mentions: PERSON, ORG, GPE and LOC (as
// kPlace) and DATE, with the title words before a person's name included in
// the span, because GUM's names include them ("Professor Cres Eastman").
// NORP and other mentions are left out: GUM marks nationality adjectives as
// no mention at all.
std::vector<PredictedMention> PredictedMentions(const Document& doc);

// The gold as predictions (entity = chain), for the scorer's self-check.
std::vector<PredictedMention> OracleMentions(const std::vector<GoldMention>& gold);

// Which split each document belongs to, from GUM's splits.md ("## dev" then
// "  * GUM_..." lines).
std::map<std::string, std::string> ParseSplits(std::string_view splits_md);

// Accumulates scores over documents; see docs/evaluation.md for each figure.
class EntityScorer {
 public:
  struct Counts {
    // Per class, index by Class; kOther unused.
    size_t gold[kScoredClasses] = {};
    size_t predicted[kScoredClasses] = {};
    size_t exact_tp[kScoredClasses] = {};    // span equal and class equal
    size_t overlap_tp[kScoredClasses] = {};  // a shared word and class equal
    size_t exact_matched = 0, overlap_matched = 0;            // ignoring class
    size_t exact_same_class = 0, overlap_same_class = 0;
    // Coreference among named PERSON and ORG gold mentions.
    size_t gold_pairs = 0;            // same gold chain
    size_t gold_pairs_detected = 0;   // both found (overlap match)
    size_t gold_pairs_linked = 0;     // both found, in one predicted entity
    size_t predicted_pairs = 0;       // same predicted PERSON/ORG entity, both matched to gold
    size_t predicted_pairs_right = 0; // ... whose gold mentions share a chain
    size_t predicted_pairs_unmatched = 0;  // same entity, a mention matching no gold
    // MUC (Vilain et al. 1995) on the same mentions: links kept / links needed.
    size_t muc_recall_num = 0, muc_recall_den = 0;
    size_t muc_precision_num = 0, muc_precision_den = 0;
    size_t documents = 0;
  };

  // Scores one document. `text` is the text both sides index. When `dump` is
  // given, appends one tab-separated line per error (see docs).
  void AddDocument(const std::string& id, std::string_view text, const GumDocument& gum,
                   const std::vector<GoldMention>& gold,
                   const std::vector<PredictedMention>& predicted, std::string* dump);

  const Counts& counts() const { return c_; }
  Prf Exact(Class c) const;
  Prf Overlap(Class c) const;
  Prf ExactAll() const;    // micro over the four classes, class must agree
  Prf OverlapAll() const;
  Prf ExactUntyped() const;  // mention detection, class ignored
  Prf OverlapUntyped() const;
  Prf Coreference() const;   // pairwise precision and recall (all gold pairs)
  Prf Muc() const;

  std::string Text() const;
  nlohmann::json Json() const;

 private:
  Counts c_;
};

// ---- pronouns -------------------------------------------------------------
// How the quotes stage's pronoun resolver (quotes::SpeakerFinder::
// ResolvePronoun) fares on GUM's coreference chains. Rules: docs/evaluation.md
// ("Pronouns on GUM").

// Where a pronoun stands: subject ("he said"), possessive ("his claim"),
// anything else ("told him", "herself").
enum class PronounPosition { kSubject, kPossessive, kOther };
constexpr int kPronounPositions = 3;
std::string_view PronounPositionName(PronounPosition p);

// A third-person singular personal pronoun (he, him, his, himself, she, her,
// hers, herself) that GUM marks as a mention of a chain holding a named
// person mention (head PROPN, type person) that ends before it.
struct GoldPronoun {
  Span span;                  // the pronoun, bytes into the text
  uint32_t word = 0;          // index into GumDocument::words
  char gender = 0;            // 'm' or 'f', as the pronoun says
  PronounPosition position = PronounPosition::kOther;
  int32_t chain = 0;
  std::vector<Span> heads;    // head words of every mention of the chain
  Span antecedent;            // the latest named person mention of the chain before it
};
std::vector<GoldPronoun> GoldPronouns(const GumDocument& doc);

// The entity the quotes stage's resolver gives each pronoun (-1: none), run
// as the quotes stage runs it: quotation marks paired as in
// QuoteAttributor::Process (heading paragraphs skipped), then
// SpeakerFinder::ResolvePronoun(pronoun's first byte, its gender). `doc`
// has been through the text and nlp stages.
std::vector<int32_t> ResolvePronouns(const quotes::QuoteLexicons& lex, const Document& doc,
                                     const std::vector<GoldPronoun>& pronouns);
// The baseline: the person entity of the latest person mention starting
// before the pronoun, gender and quotation marks ignored.
std::vector<int32_t> BaselinePronouns(const Document& doc, const std::vector<GoldPronoun>& pronouns);
// True when the entity has a mention overlapping the head word of a mention
// of the pronoun's chain.
bool EntityInChain(const Document& doc, int32_t entity, const GoldPronoun& p);

class PronounScorer {
 public:
  struct Tally {
    size_t pronouns = 0;
    size_t resolved = 0, right = 0;                    // the resolver
    size_t baseline_resolved = 0, baseline_right = 0;  // latest person, gender ignored
  };
  struct Counts {
    Tally all;
    Tally by_position[kPronounPositions];
    size_t documents = 0;
  };

  // Scores one document; `resolved` and `baseline` are parallel to
  // `pronouns`. With `dump`, one tab-separated line per pronoun the resolver
  // got wrong or left unresolved.
  void AddDocument(const std::string& id, const Document& doc, const std::vector<GoldPronoun>& pronouns,
                   const std::vector<int32_t>& resolved, const std::vector<int32_t>& baseline,
                   std::string* dump);

  const Counts& counts() const { return c_; }
  std::string Text() const;
  nlohmann::json Json() const;

 private:
  Counts c_;
};

}  // namespace newsgraph::evaluation::gum

#endif  // NEWSGRAPH_EVALUATION_GUM_H_
