#ifndef NEWSGRAPH_EVALUATION_SPANS_H_
#define NEWSGRAPH_EVALUATION_SPANS_H_

// Span arithmetic for scoring. Everything in evaluation/ works in code-point
// offsets, because that is how gold files (and the output contract) count;
// converting once at the boundary keeps byte/code-point mix-ups out of the
// scoring code.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::evaluation {

// A half-open range [begin, end) of code points.
struct CpSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end > begin ? end - begin : 0; }
  bool operator==(const CpSpan&) const = default;
};

// Number of code points shared by `a` and `b`.
uint32_t Overlap(CpSpan a, CpSpan b);

// A text decoded to code points, with its word tokens. A word token is a
// maximal run of letters, digits and marks (ICU's notion), so punctuation,
// quotation marks and spaces never count towards token overlap.
class TokenizedText {
 public:
  explicit TokenizedText(std::u32string text);
  // Decodes UTF-8 (ill-formed bytes count as one code point each, as in
  // utf8::Next, so offsets agree with the rest of the project).
  static TokenizedText FromUtf8(std::string_view utf8);

  const std::u32string& text() const { return text_; }
  size_t size() const { return text_.size(); }
  // The UTF-8 of text()[span], clamped to the text.
  std::string Utf8(CpSpan span) const;

  // The tokens touching `span` (wholly or partly inside) are the contiguous
  // index range [*first, *last) into tokens(); empty when none.
  void TokenRange(CpSpan span, size_t* first, size_t* last) const;
  size_t TokenCount(CpSpan span) const;
  // Tokens touching both spans.
  size_t SharedTokens(CpSpan a, CpSpan b) const;
  // |tokens(a) ∩ tokens(b)| / |tokens(a) ∪ tokens(b)|; 1 when the spans are
  // equal (even if tokenless), 0 when either has no tokens otherwise.
  double TokenJaccard(CpSpan a, CpSpan b) const;

  // `span` without leading and trailing whitespace, punctuation and symbols
  // (quotation marks, commas, full stops, dashes, brackets). Never grows it.
  CpSpan Trim(CpSpan span) const;

  const std::vector<CpSpan>& tokens() const { return tokens_; }

 private:
  std::u32string text_;
  std::vector<CpSpan> tokens_;
};

// Maps byte offsets in a UTF-8 string to code-point offsets.
class ByteToCodePoint {
 public:
  explicit ByteToCodePoint(std::string_view utf8);
  // Offsets inside a multi-byte character map to that character; offsets
  // past the end map to the total count.
  uint32_t operator()(uint32_t byte) const;

 private:
  std::vector<uint32_t> table_;  // size() == bytes + 1
};

// Lower-cased (Unicode simple case mapping), whitespace-collapsed and
// trimmed form of a name, role or cue, for exact comparison.
std::string NormalizeLabel(std::string_view s);

}  // namespace newsgraph::evaluation

#endif  // NEWSGRAPH_EVALUATION_SPANS_H_
