#ifndef NEWSGRAPH_HTML_TOKENIZER_H_
#define NEWSGRAPH_HTML_TOKENIZER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::html {

struct Attribute {
  std::string_view name;       // lower-cased (a view into the page when it was already)
  std::string_view raw_value;  // as written, character references not decoded
  bool has_reference = false;  // set by Tokenize: raw_value holds an '&'
  // The value with character references decoded.
  std::string Value() const;
  void AppendValue(std::string* out) const;
};

// Receives the tokens of a page in order. Views and the attribute span are
// valid only during the call.
class TokenSink {
 public:
  virtual ~TokenSink() = default;
  // `name` is lower-cased. `self_closing` reports a trailing "/>".
  virtual void StartTag(std::string_view name, std::span<const Attribute> attrs,
                        bool self_closing) = 0;
  virtual void EndTag(std::string_view name) = 0;
  // Character data with references decoded; consecutive calls may split a run.
  virtual void Text(std::string_view text) = 0;
  virtual void Comment(std::string_view text) {}
};

// A tolerant, single-pass HTML tokenizer after the WHATWG rules that matter
// for extraction: tags with quoted/unquoted/bare attributes, comments, bogus
// comments, doctype, CDATA, and raw-text elements (script, style, xmp,
// iframe, noembed, noframes, noscript; title and textarea with references
// decoded) whose content ends only at their own end tag, so "</div>" inside a
// script is text. Never fails; runs in time linear in the input (every byte
// is examined a bounded number of times) and keeps no state between tokens
// beyond the current tag. A tag keeps its first 128 attributes (the first of
// duplicates wins). `html` should be UTF-8.
void Tokenize(std::string_view html, TokenSink* sink);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_TOKENIZER_H_
