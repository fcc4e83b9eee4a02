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
    // Multi-word keys (places) have no value; a value is one short token.
    if (sp != std::string_view::npos && line.find_first_of(" \t", sp + 1) == std::string_view::npos &&
        line.size() - sp <= 3) {
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
}

const std::string* Lexicon::Find(std::string_view word) const {
  char buf[96];
  std::string_view key = case_sensitive_ ? word : FoldCase(word, buf, sizeof buf);
  if (key.empty()) return nullptr;
  auto it = map_.find(key);
  return it == map_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::text
