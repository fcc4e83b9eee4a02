#include "evaluation/spans.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/utf8.h"

namespace newsgraph::evaluation {
namespace {

bool IsWordChar(char32_t c) {
  const UChar32 u = static_cast<UChar32>(c);
  return u_isalnum(u) || (U_GET_GC_MASK(u) & U_GC_M_MASK) != 0;
}

// Trimmed away at span edges: what separates a quotation from its frame.
bool IsTrimmable(char32_t c) {
  const UChar32 u = static_cast<UChar32>(c);
  return u_isUWhiteSpace(u) || u_ispunct(u) ||
         (U_GET_GC_MASK(u) & (U_GC_S_MASK | U_GC_C_MASK | U_GC_Z_MASK)) != 0;
}

}  // namespace

uint32_t Overlap(CpSpan a, CpSpan b) {
  const uint32_t lo = std::max(a.begin, b.begin);
  const uint32_t hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

TokenizedText::TokenizedText(std::u32string text) : text_(std::move(text)) {
  size_t i = 0;
  while (i < text_.size()) {
    if (!IsWordChar(text_[i])) {
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < text_.size() && IsWordChar(text_[i])) ++i;
    tokens_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
  }
}

TokenizedText TokenizedText::FromUtf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  size_t pos = 0;
  while (pos < utf8.size()) out.push_back(utf8::Next(utf8, &pos));
  return TokenizedText(std::move(out));
}

std::string TokenizedText::Utf8(CpSpan span) const {
  std::string out;
  const size_t end = std::min<size_t>(span.end, text_.size());
  for (size_t i = span.begin; i < end; ++i) utf8::Append(text_[i], &out);
  return out;
}

void TokenizedText::TokenRange(CpSpan span, size_t* first, size_t* last) const {
  // First token ending after span.begin; first token starting at/after span.end.
  auto lo = std::partition_point(tokens_.begin(), tokens_.end(),
                                 [&](const CpSpan& t) { return t.end <= span.begin; });
  auto hi = std::partition_point(lo, tokens_.end(),
                                 [&](const CpSpan& t) { return t.begin < span.end; });
  *first = static_cast<size_t>(lo - tokens_.begin());
  *last = std::max(*first, static_cast<size_t>(hi - tokens_.begin()));
  if (span.size() == 0) *last = *first;
}

size_t TokenizedText::TokenCount(CpSpan span) const {
  size_t a, b;
  TokenRange(span, &a, &b);
  return b - a;
}

size_t TokenizedText::SharedTokens(CpSpan x, CpSpan y) const {
  size_t xa, xb, ya, yb;
  TokenRange(x, &xa, &xb);
  TokenRange(y, &ya, &yb);
  const size_t lo = std::max(xa, ya), hi = std::min(xb, yb);
  return hi > lo ? hi - lo : 0;
}

double TokenizedText::TokenJaccard(CpSpan x, CpSpan y) const {
  if (x == y) return 1.0;
  const size_t shared = SharedTokens(x, y);
  if (shared == 0) return 0.0;
  const size_t uni = TokenCount(x) + TokenCount(y) - shared;
  return static_cast<double>(shared) / static_cast<double>(uni);
}

CpSpan TokenizedText::Trim(CpSpan span) const {
  uint32_t b = span.begin, e = std::min<uint32_t>(span.end, static_cast<uint32_t>(text_.size()));
  while (b < e && IsTrimmable(text_[b])) ++b;
  while (e > b && IsTrimmable(text_[e - 1])) --e;
  return {b, e};
}

ByteToCodePoint::ByteToCodePoint(std::string_view utf8) {
  table_.resize(utf8.size() + 1);
  uint32_t cp = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    const size_t start = i;
    utf8::Next(utf8, &i);
    for (size_t k = start; k < i; ++k) table_[k] = cp;
    ++cp;
  }
  table_[utf8.size()] = cp;
}

uint32_t ByteToCodePoint::operator()(uint32_t byte) const {
  return byte < table_.size() ? table_[byte] : table_.back();
}

std::string NormalizeLabel(std::string_view s) {
  std::string out;
  bool pending_space = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const UChar32 c = static_cast<UChar32>(utf8::Next(s, &pos));
    if (u_isUWhiteSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    utf8::Append(static_cast<char32_t>(u_tolower(c)), &out);
  }
  return out;
}

}  // namespace newsgraph::evaluation
