#include "html/text_util.h"

#include <algorithm>
#include <cstring>

#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph::html {

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool IsSpaceCodePoint(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0xA0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0x200B: case 0xFEFF:
      return true;
    default:
      return false;
  }
}

namespace {

// Decodes one code point quickly for ASCII, via utf8::Next otherwise.
inline char32_t NextCp(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    ++*i;
    return c;
  }
  return utf8::Next(s, i);
}

#if defined(__SSE2__)
// Bit k set where byte k of the 16 at p is one of the given ASCII bytes.
inline unsigned Mask16(__m128i v, char c) {
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
}
// ' ', '\n', '\t', '\r', '\f': the ASCII spaces of HTML text.
inline unsigned HtmlSpaces16(__m128i v) {
  return Mask16(v, ' ') | Mask16(v, '\n') | Mask16(v, '\t') | Mask16(v, '\r') | Mask16(v, '\f');
}
inline int PopCount16(unsigned m) {
  m = m - ((m >> 1) & 0x5555u);
  m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
  m = (m + (m >> 4)) & 0x0F0Fu;
  return static_cast<int>((m + (m >> 8)) & 0x1Fu);
}
#endif

// ' ', '\n', '\t', '\r', '\f': the ASCII spaces of HTML text.
struct HtmlSpaceTable {
  bool is[128] = {};
  constexpr HtmlSpaceTable() {
    for (unsigned char c : {' ', '\n', '\t', '\r', '\f'}) is[c] = true;
  }
};
constexpr HtmlSpaceTable kHtmlSpace;

// Bytes that are copied as they are inside a word: ASCII other than the
// whitespace characters.
struct WordBytes {
  bool word[256] = {};
  constexpr WordBytes() {
    for (int c = 0; c < 0x80; ++c) word[c] = true;
    for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '\v'}) word[c] = false;
  }
};
constexpr WordBytes kWordBytes;

// Yields the bytes of ToLowerAscii(CollapseWhitespace(s)) one at a time,
// without building either string.
class NormalizedBytes {
 public:
  explicit NormalizedBytes(std::string_view s) : s_(s) {}
  // The next byte, or -1 at the end.
  int Next() {
    if (i_ < cp_end_) return Lower(s_[i_++]);
    while (i_ < s_.size()) {
      size_t start = i_;
      char32_t c = NextCp(s_, &i_);
      if (IsSpaceCodePoint(c)) {
        space_ = true;
        continue;
      }
      cp_end_ = i_;
      i_ = start;
      bool sep = space_ && any_;
      space_ = false;
      any_ = true;
      if (sep) return ' ';
      return Lower(s_[i_++]);
    }
    return -1;
  }

 private:
  static int Lower(char c) {
    return (c >= 'A' && c <= 'Z') ? c + 32 : static_cast<unsigned char>(c);
  }
  std::string_view s_;
  size_t i_ = 0, cp_end_ = 0;
  bool space_ = false, any_ = false;
};

}  // namespace

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = NextCp(s, &i);
    if (IsSpaceCodePoint(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.append(s.data() + start, i - start);
  }
  return out;
}

TextFigures MeasureText(std::string_view s) {
  TextFigures f;
  bool space = true;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
#if defined(__SSE2__)
    // Sixteen ASCII bytes at a time: characters are the non-space bytes
    // plus one for each whitespace run that follows a character.
    while (i + 16 <= n) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      if (_mm_movemask_epi8(v) != 0) break;
      unsigned sp = HtmlSpaces16(v);
      unsigned starts = sp & ~((sp << 1) | (space ? 1u : 0u));
      f.chars += 16 - PopCount16(sp) + PopCount16(starts & 0xFFFFu);
      f.commas += PopCount16(Mask16(v, ','));
      space = (sp >> 15) & 1;
      i += 16;
    }
    // Byte by byte up to the next block (or the end).
    size_t stop = std::min(n, i + 16);
#else
    size_t stop = n;
#endif
    while (i < stop) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        // Without branches: a space counts only when it starts a run.
        bool sp = kHtmlSpace.is[b];
        f.chars += !(sp && space);
        f.commas += b == ',';
        space = sp;
        ++i;
        continue;
      }
      char32_t c = utf8::Next(s, &i);
      if (IsSpaceCodePoint(c)) {
        if (!space) ++f.chars;
        space = true;
        continue;
      }
      if (c == 0xFF0C || c == 0x3001 || c == 0x060C) ++f.commas;
      ++f.chars;
      space = false;
    }
  }
  return f;
}

size_t CountChars(std::string_view s) {
  size_t n = 0;
  size_t i = 0;
  const size_t size = s.size();
  while (i < size) {
#if defined(__SSE2__)
    while (i + 16 <= size) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      if (_mm_movemask_epi8(v) != 0) break;
      n += 16 - PopCount16(HtmlSpaces16(v) | Mask16(v, '\v'));
      i += 16;
    }
    size_t stop = std::min(size, i + 16);
#else
    size_t stop = size;
#endif
    while (i < stop) {
      char32_t c = NextCp(s, &i);
      if (!IsSpaceCodePoint(c)) ++n;
    }
  }
  return n;
}

bool ContainsBytes(std::string_view text, std::string_view key) {
  const size_t n = text.size(), k = key.size();
  if (k == 0) return true;
  if (k > n) return false;
  size_t i = 0;
#if defined(__SSE2__)
  if (k >= 2) {
    const char* d = text.data();
    const __m128i first = _mm_set1_epi8(key[0]);
    const __m128i last = _mm_set1_epi8(key[k - 1]);
    // Block at i covers start positions i..i+15; its last-byte load ends
    // at i + k - 1 + 16 <= n.
    for (; i + k + 15 <= n; i += 16) {
      __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
      __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i + k - 1));
      unsigned m = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
      while (m != 0) {
        unsigned bit = static_cast<unsigned>(__builtin_ctz(m));
        if (std::memcmp(d + i + bit + 1, key.data() + 1, k - 2) == 0) return true;
        m &= m - 1;
      }
    }
  }
#endif
  return memmem(text.data() + i, n - i, key.data(), k) != nullptr;
}

bool SameText(std::string_view a, std::string_view b) {
  NormalizedBytes x(a), y(b);
  while (true) {
    int c = x.Next();
    if (c != y.Next()) return false;
    if (c < 0) return true;
  }
}

void TextWriter::Append(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  const unsigned char* d = reinterpret_cast<const unsigned char*>(s.data());
  while (i < n) {
    // ASCII words are copied as runs: words joined by single spaces need
    // no collapsing, so a run of them is appended at once.
    if (kWordBytes.word[d[i]]) {
      size_t j = i + 1;
#if defined(__SSE2__)
      // Sixteen bytes at a time while every byte is a word byte or a single
      // space before one; the byte loop below takes over at the first other
      // byte (stopping early is harmless: the next run joins this one).
      while (j + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + j));
        unsigned non_ascii = static_cast<unsigned>(_mm_movemask_epi8(v));
        unsigned sp = Mask16(v, ' ');
        unsigned other_space = HtmlSpaces16(v) & ~sp;
        other_space |= Mask16(v, '\v');
        unsigned not_word = non_ascii | other_space | sp;
        unsigned bad = non_ascii | other_space | (sp & ((not_word >> 1) | 0x8000u));
        if (bad != 0) {
          j += static_cast<size_t>(__builtin_ctz(bad));
          break;
        }
        j += 16;
      }
#endif
      while (j < n) {
        if (kWordBytes.word[d[j]]) {
          ++j;
        } else if (d[j] == ' ' && j + 1 < n && kWordBytes.word[d[j + 1]]) {
          j += 2;
        } else {
          break;
        }
      }
      Separate();
      out_.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    size_t start = i;
    char32_t c = NextCp(s, &i);
    if (IsSpaceCodePoint(c)) {
      pending_space_ = true;
      continue;
    }
    Separate();
    if (c == 0xFFFD && i - start == 1) {
      out_.append("\xEF\xBF\xBD");  // ill-formed byte: keep output valid
    } else {
      out_.append(s.data() + start, i - start);
    }
  }
}

void TextWriter::Separate() {
  if (!open_) {
    if (!out_.empty()) out_ += "\n\n";
    open_ = true;
  } else if (line_breaks_ > 0) {
    out_.push_back('\n');
  } else if (pending_space_ && out_.back() != '\n') {
    out_.push_back(' ');
  }
  line_breaks_ = 0;
  pending_space_ = false;
}

void TextWriter::LineBreak() {
  if (!open_) return;
  if (++line_breaks_ >= 2) Break();
}

void TextWriter::Break() {
  line_breaks_ = 0;
  pending_space_ = false;
  open_ = false;
}

std::string TextWriter::Finish() {
  Break();
  return std::move(out_);
}

}  // namespace newsgraph::html
