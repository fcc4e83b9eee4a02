#ifndef NEWSGRAPH_HTML_TEXT_UTIL_H_
#define NEWSGRAPH_HTML_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::html {

// ASCII lower-casing; other bytes unchanged (UTF-8 safe).
std::string ToLowerAscii(std::string_view s);

// True for the code points HTML text treats as spaces, plus the no-break
// and typographic spaces that pages use between words.
bool IsSpaceCodePoint(char32_t c);

// `s` with leading/trailing whitespace removed and inner runs made one space.
std::string CollapseWhitespace(std::string_view s);

struct TextFigures {
  uint32_t chars = 0;   // code points, each whitespace run counted once
  uint32_t commas = 0;  // ',' and the CJK commas
};
TextFigures MeasureText(std::string_view s);

// Code points in `s` that are not whitespace.
size_t CountChars(std::string_view s);

// True when `key` occurs in `text` (bytes, case-sensitive). Sixteen
// positions at a time are screened by the key's first and last bytes.
bool ContainsBytes(std::string_view text, std::string_view key);

// Equal after collapsing whitespace and ASCII case folding.
bool SameText(std::string_view a, std::string_view b);

// Builds "\n\n"-separated paragraphs from text pieces: whitespace is
// collapsed, a Break() ends the paragraph (empty ones vanish), a LineBreak()
// becomes "\n" inside it, and two in a row end the paragraph.
class TextWriter {
 public:
  void Append(std::string_view text);
  void Break();
  void LineBreak();
  std::string Finish();

 private:
  void Separate();  // the space or line break owed before the next character
  // Paragraphs are written straight into out_; open_ says the last one is
  // still being written (and has at least one character).
  std::string out_;
  bool open_ = false;
  bool pending_space_ = false;
  int line_breaks_ = 0;
};

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_TEXT_UTIL_H_
