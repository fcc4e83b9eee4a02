#ifndef NEWSGRAPH_TEXT_LEXICON_H_
#define NEWSGRAPH_TEXT_LEXICON_H_

// Word lists compiled into the binary from data/lexicons/*.txt.
//
// File format: one entry a line; '#' starts a comment line; blank lines are
// skipped. An entry is "key", "key<TAB>value", "key v" (a value of at most
// two characters after a space, such as a gender), or "canonical|alias|alias"
// where every alias maps to the canonical form. Other spaces belong to the
// key ("New York"). Keys are matched case-insensitively (ASCII folding) unless the
// lexicon is built case-sensitive.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::text {

class Lexicon {
 public:
  // Loads data/lexicons/<file>; an unknown file gives an empty lexicon.
  explicit Lexicon(std::string_view file, bool case_sensitive = false);

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // True when `word` is an entry. Never allocates.
  bool Contains(std::string_view word) const { return Find(word) != nullptr; }

  // The entry's value ("m" for "Ed m", "United States" for the alias "U.S."),
  // the key itself when the line has no value, or nullptr when absent.
  // (Inline up to the screens of length and shape, which turn most absent
  // words away before the table is touched.)
  const std::string* Find(std::string_view word) const {
    if (word.empty() || word.size() > 96) return nullptr;
    if (((lengths_ >> (word.size() < 63 ? word.size() : 63)) & 1) == 0) return nullptr;
    const uint32_t shape = ShapeOf(word, !case_sensitive_);
    if (((shapes_[shape >> 6] >> (shape & 63)) & 1) == 0) return nullptr;
    return FindInTable(word);
  }

  size_t size() const { return map_.size(); }
  // Longest key in words (space-separated), so callers can bound look-ahead.
  int max_words() const { return max_words_; }

 private:
  bool case_sensitive_;
  int max_words_ = 1;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> map_;
  // Look-ups go to a flat open-addressing table over map_'s strings (half
  // full at most), hashed with the case folded on the fly: the quote and
  // entity stages ask several lexicons about every token, and most words
  // are absent, which a mask of the key lengths present often tells at once.
  struct Slot {
    uint64_t hash = 0;
    const std::string* key = nullptr;
    const std::string* value = nullptr;
  };
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  uint64_t lengths_ = 0;  // bit n: some key has n bytes (bit 63: 63 or more)
  // One bit per (length, first byte, last byte) of a key, folded: a cheap
  // screen before the whole word is hashed.
  uint64_t shapes_[64] = {};
  static uint32_t ShapeOf(std::string_view w, bool fold) {
    const unsigned first = static_cast<unsigned char>(fold ? FoldByte(w.front()) : w.front());
    const unsigned last = static_cast<unsigned char>(fold ? FoldByte(w.back()) : w.back());
    const uint32_t x = (static_cast<uint32_t>(w.size()) * 0x9E37u) ^ (first * 0x85EBu) ^ (last * 0xC2B2u + last);
    return (x ^ (x >> 12)) & 4095;
  }
  static char FoldByte(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
  uint64_t HashOf(std::string_view word) const;
  const std::string* FindInTable(std::string_view word) const;
};

// Lowercases ASCII letters of `s` into `buf` (capacity `cap`); returns the
// view, or an empty view when `s` does not fit.
std::string_view FoldCase(std::string_view s, char* buf, size_t cap);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_LEXICON_H_
