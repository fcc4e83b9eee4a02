#include "text/lexicon.h"

#include "core/embedded_data.h"
#include "core/lexicon.h"

namespace newsgraph::text {

std::string_view FoldCase(std::string_view s, char* buf, size_t cap) {
  if (s.size() > cap) return {};
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, s.size());
}

Lexicon::Lexicon(std::string_view file, bool case_sensitive) : case_sensitive_(case_sensitive) {
  std::string path = "lexicons/" + std::string(file);
  std::string_view data = EmbeddedData(path);
  auto key_of = [&](std::string_view k) {
    std::string s(k);
    if (!case_sensitive_) {
      for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return s;
  };
  if (data.empty()) return;
  for (std::string_view line : LexiconLines(path)) {
    if (line.find('|') != std::string_view::npos) {
      std::string canonical(line.substr(0, line.find('|')));
      size_t p = 0;
      while (p <= line.size()) {
        size_t bar = line.find('|', p);
        if (bar == std::string_view::npos) bar = line.size();
        std::string_view alias = line.substr(p, bar - p);
        if (!alias.empty()) map_.emplace(key_of(alias), canonical);
        p = bar + 1;
      }
      continue;
    }
    if (size_t tab = line.find('\t'); tab != std::string_view::npos) {
      map_.emplace(key_of(line.substr(0, tab)), std::string(line.substr(tab + 1)));
      continue;
    }
    size_t sp = line.find_first_of(" \t");
    // Multi-word keys (places) have no value; a value is one short token
    // in lower case ("Ed m"), so "Age UK" and "Santa Fe" stay keys.
    if (sp != std::string_view::npos && line.find_first_of(" \t", sp + 1) == std::string_view::npos &&
        line.size() - sp <= 3 && line[sp + 1] >= 'a' && line[sp + 1] <= 'z') {
      map_.emplace(key_of(line.substr(0, sp)), std::string(line.substr(sp + 1)));
    } else {
      map_.emplace(key_of(line), std::string(line));
    }
  }
  for (const auto& [k, v] : map_) {
    int words = 1;
    for (char c : k) words += c == ' ';
    if (words > max_words_) max_words_ = words;
  }
  size_t capacity = 16;
  while (capacity < 2 * map_.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (const auto& [k, v] : map_) {
    if (k.empty()) continue;
    // Keys are folded already unless the lexicon is case-sensitive.
    const uint64_t h = HashOf(k);
    size_t i = h & mask_;
    while (slots_[i].key != nullptr) i = (i + 1) & mask_;
    slots_[i] = Slot{h, &k, &v};
    lengths_ |= uint64_t{1} << (k.size() < 63 ? k.size() : 63);
    const uint32_t shape = ShapeOf(k, !case_sensitive_);
    shapes_[shape >> 6] |= uint64_t{1} << (shape & 63);
  }
}

namespace {
inline char Fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
}  // namespace

uint64_t Lexicon::HashOf(std::string_view word) const {
  // FNV-1a over the folded bytes: words are short, so a byte loop is cheap.
  uint64_t h = 1469598103934665603ull;
  if (case_sensitive_) {
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  } else {
    for (char c : word) h = (h ^ static_cast<unsigned char>(Fold(c))) * 1099511628211ull;
  }
  return h ^ (h >> 29);
}

const std::string* Lexicon::FindInTable(std::string_view word) const {
  if (slots_.empty()) return nullptr;
  const uint64_t h = HashOf(word);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.key == nullptr) return nullptr;
    if (s.hash != h || s.key->size() != word.size()) continue;
    const char* k = s.key->data();
    size_t n = 0;
    if (case_sensitive_) {
      while (n < word.size() && k[n] == word[n]) ++n;
    } else {
      while (n < word.size() && k[n] == Fold(word[n])) ++n;
    }
    if (n == word.size()) return s.value;
  }
}

}  // namespace newsgraph::text
