#ifndef NEWSGRAPH_CORE_DOCUMENT_H_
#define NEWSGRAPH_CORE_DOCUMENT_H_

// The one object that flows through the pipeline:
//   io -> html (extraction) -> text -> nlp -> quotes -> store / output.
// Each stage reads the layers written by the stages before it and appends its
// own layer; no stage rewrites an earlier stage's layer. A document whose
// `error` is set is passed along untouched by every later stage.
//
// All spans are byte offsets into `text` (UTF-8), end exclusive. Output code
// converts them to code-point offsets as the output contract requires.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool operator==(const Span&) const = default;
};

enum class InputKind { kUnknown, kText, kHtml, kWarc, kJsonl };

// ---- io layer -------------------------------------------------------------
struct Source {
  std::string path;          // file the document came from ("-" for stdin)
  std::string url;           // target URL when known (WARC, JSONL, --url)
  std::string fetch_date;    // crawl date when known (WARC-Date), ISO 8601
  std::string http_charset;  // charset from HTTP headers when known
  InputKind kind = InputKind::kUnknown;
  bool verbatim = false;     // plain text taken as the body exactly as given
  std::string raw;           // the document's bytes, decompressed
};

// ---- text layer -------------------------------------------------------------
struct Token {
  Span span;
  uint32_t sentence = 0;     // index into Document::sentences
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, end_token) into Document::tokens
  uint32_t end_token = 0;
  uint32_t paragraph = 0;    // index into Document::paragraphs
};

// ---- nlp layer ----------------------------------------------------------------
enum class EntityType { kPerson, kOrg, kGpe, kLoc, kDate, kNorp, kOther };
std::string_view EntityTypeName(EntityType type);

struct Mention {
  Span span;
  int32_t entity = -1;       // index into Document::entities
  Span title;                // title words just before a person's name
                             // ("Leader", "Foreign Minister"); empty if none
};

struct Entity {
  std::string name;          // canonical (longest, fullest) name in the article
  EntityType type = EntityType::kOther;
  std::vector<uint32_t> mentions;  // indexes into Document::mentions, in text order
  char gender = 0;           // persons: 'm' or 'f' from the given name, 0 unknown
};

// ---- quotes layer ---------------------------------------------------------------
enum class QuoteKind { kDirect, kPartial, kIndirect };
std::string_view QuoteKindName(QuoteKind kind);

struct Quote {
  Span content;              // without quotation marks or a trailing comma
  QuoteKind kind = QuoteKind::kDirect;
  std::optional<std::string> speaker;       // full name or unnamed description
  int32_t speaker_entity = -1;              // index into Document::entities
  std::optional<Span> speaker_mention;      // the mention that names the speaker here
  std::optional<Span> cue;                  // "said", "told RFA", ...
  std::optional<std::string> speaker_role;  // "the former U.S. special envoy ..."
  // A partial quote inside reported speech ("He said the plan was "a
  // disaster" for them."): the whole reported clause, of which the quote
  // marks the verbatim words. One statement, not a partial plus an indirect
  // one; absent for every other quote.
  std::optional<Span> clause;
};

struct Document {
  Source source;
  std::string error;         // non-empty: the document failed; stages skip it

  // html layer (article extraction; also handles plain-text pages)
  std::string title;
  std::string published;     // ISO 8601 date or date-time, empty when unknown
  std::vector<std::string> authors;
  std::string site_name;
  std::string original_source;  // e.g. "Radio Free Asia" on a syndicated copy
  std::string language;         // ISO 639-1, empty when unknown
  std::string canonical_url;
  std::string text;             // article body, paragraphs separated by "\n\n"
                                // (with --verbatim: the input text as given)

  // text layer
  std::vector<Span> paragraphs;   // runs of text between blank lines
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  // nlp layer
  std::vector<Mention> mentions;  // sorted by span.begin
  std::vector<Entity> entities;

  // quotes layer
  std::vector<Quote> quotes;      // sorted by content.begin

  bool ok() const { return error.empty(); }
  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_DOCUMENT_H_
