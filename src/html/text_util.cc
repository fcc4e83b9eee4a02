#include "html/text_util.h"

#include "core/utf8.h"

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
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
        if (!space) ++f.chars;
        space = true;
        continue;
      }
      if (b == ',') ++f.commas;
      ++f.chars;
      space = false;
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
  return f;
}

size_t CountChars(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCp(s, &i);
    if (!IsSpaceCodePoint(c)) ++n;
  }
  return n;
}

bool SameText(std::string_view a, std::string_view b) {
  return ToLowerAscii(CollapseWhitespace(a)) == ToLowerAscii(CollapseWhitespace(b));
}

void TextWriter::Append(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    // ASCII words are copied as runs; only other bytes are decoded.
    if (b < 0x80 && b != ' ' && b != '\n' && b != '\t' && b != '\r' && b != '\f' && b != '\v') {
      size_t j = i + 1;
      while (j < n) {
        unsigned char c = static_cast<unsigned char>(s[j]);
        if (c >= 0x80 || c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') break;
        ++j;
      }
      Separate();
      para_.append(s.data() + i, j - i);
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
      para_.append("\xEF\xBF\xBD");  // ill-formed byte: keep output valid
    } else {
      para_.append(s.data() + start, i - start);
    }
  }
}

void TextWriter::Separate() {
  if (line_breaks_ > 0 && !para_.empty()) {
    para_.push_back('\n');
  } else if (pending_space_ && !para_.empty() && para_.back() != '\n') {
    para_.push_back(' ');
  }
  line_breaks_ = 0;
  pending_space_ = false;
}

void TextWriter::LineBreak() {
  if (para_.empty()) return;
  if (++line_breaks_ >= 2) Break();
}

void TextWriter::Break() {
  line_breaks_ = 0;
  pending_space_ = false;
  if (para_.empty()) return;
  if (!out_.empty()) out_ += "\n\n";
  out_ += para_;
  para_.clear();
}

std::string TextWriter::Finish() {
  Break();
  return std::move(out_);
}

}  // namespace newsgraph::html
