#include "html/dates.h"

#include <cstdio>
#include <cstring>
#include <vector>

namespace newsgraph::html {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Reads exactly `n` digits at s[*i].
bool Digits(std::string_view s, size_t* i, int n, int* out) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  *i += n;
  return true;
}

bool ValidYmd(int y, int m, int d) {
  return y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string Ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int MonthFromName(std::string_view w) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  char a[3] = {Lower(w[0]), Lower(w[1]), Lower(w[2])};
  for (int m = 0; m < 12; ++m)
    if (std::memcmp(a, kMonths[m], 3) == 0) {
      // Full names must be spelled right ("mayor" is not May).
      static const char* kFull[] = {"january", "february", "march",     "april",
                                    "may",     "june",     "july",      "august",
                                    "september", "october", "november", "december"};
      std::string lw;
      for (char c : w) lw.push_back(Lower(c));
      if (lw.size() == 3 || lw == kFull[m] || (m == 8 && lw == "sept")) return m + 1;
      return 0;
    }
  return 0;
}

// ISO-like: YYYY-MM-DD or YYYY/MM/DD [T| ]HH:MM[:SS[.fff]][Z|+HH[:]MM].
std::string ParseIsoAt(std::string_view s, size_t i) {
  int y, m, d;
  if (!Digits(s, &i, 4, &y)) return {};
  char sep = i < s.size() ? s[i] : 0;
  if (sep == '-' || sep == '/' || sep == '.') {
    ++i;
    if (!Digits(s, &i, 2, &m)) {
      if (!Digits(s, &i, 1, &m)) return {};
    }
    if (i >= s.size() || s[i] != sep) return {};
    ++i;
    if (!Digits(s, &i, 2, &d) && !Digits(s, &i, 1, &d)) return {};
  } else {
    if (!Digits(s, &i, 2, &m) || !Digits(s, &i, 2, &d)) return {};
    if (i < s.size() && IsDigit(s[i])) return {};
  }
  if (!ValidYmd(y, m, d)) return {};
  std::string out = Ymd(y, m, d);
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) {
    size_t j = i + 1;
    int hh, mm, ss = 0;
    if (Digits(s, &j, 2, &hh) && j < s.size() && s[j] == ':' && (++j, Digits(s, &j, 2, &mm)) &&
        hh < 24 && mm < 60) {
      if (j < s.size() && s[j] == ':') {
        ++j;
        if (!Digits(s, &j, 2, &ss)) ss = 0;
        if (j < s.size() && s[j] == '.') {
          ++j;
          while (j < s.size() && IsDigit(s[j])) ++j;
        }
      }
      char buf[16];
      std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hh, mm, ss % 60);
      out += buf;
      while (j < s.size() && s[j] == ' ') ++j;
      if (j < s.size() && (s[j] == 'Z' || s[j] == 'z')) {
        out += 'Z';
      } else if (j < s.size() && (s[j] == '+' || s[j] == '-')) {
        char sign = s[j++];
        int zh, zm = 0;
        if (Digits(s, &j, 2, &zh)) {
          if (j < s.size() && s[j] == ':') ++j;
          if (!Digits(s, &j, 2, &zm)) zm = 0;
          std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, zh % 24, zm % 60);
          out += buf;
        }
      }
    }
  }
  return out;
}

// Words and numbers of a textual date.
struct Piece {
  bool number;
  int value;
  std::string_view word;
};

// "November 19, 2019", "19 Nov 2019", "Tue, 19 Nov 2019": scans for a month
// name with a day and a year beside it.
std::string ParseWordsAt(std::string_view s) {
  std::vector<Piece> pieces;
  for (size_t i = 0; i < s.size() && pieces.size() < 40;) {
    char c = s[i];
    if (IsDigit(c)) {
      int v = 0;
      size_t b = i;
      while (i < s.size() && IsDigit(s[i]) && i - b < 5) v = v * 10 + (s[i++] - '0');
      // "19th", "1st"
      while (i < s.size() && (s[i] >= 'a' && s[i] <= 'z') && i - b < 7) ++i;
      pieces.push_back({true, v, {}});
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      size_t b = i;
      while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) ++i;
      pieces.push_back({false, 0, s.substr(b, i - b)});
    } else {
      ++i;
    }
  }
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (pieces[k].number) continue;
    int m = MonthFromName(pieces[k].word);
    if (!m) continue;
    // Month Day Year
    if (k + 2 < pieces.size() && pieces[k + 1].number && pieces[k + 2].number &&
        ValidYmd(pieces[k + 2].value, m, pieces[k + 1].value))
      return Ymd(pieces[k + 2].value, m, pieces[k + 1].value);
    // Day Month Year
    if (k >= 1 && k + 1 < pieces.size() && pieces[k - 1].number && pieces[k + 1].number &&
        ValidYmd(pieces[k + 1].value, m, pieces[k - 1].value))
      return Ymd(pieces[k + 1].value, m, pieces[k - 1].value);
  }
  return {};
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || s[b] == '\n' || s[b] == '\t')) ++b;
  s = s.substr(b);
  if (s.size() > 200) s = s.substr(0, 200);
  if (s.size() >= 8 && IsDigit(s[0])) {
    std::string iso = ParseIsoAt(s, 0);
    if (!iso.empty()) return iso;
  }
  return ParseWordsAt(s);
}

std::string DateFromUrl(std::string_view url) {
  // Skip scheme and host.
  size_t p = url.find("://");
  p = p == std::string_view::npos ? 0 : url.find('/', p + 3);
  if (p == std::string_view::npos) return {};
  std::string_view path = url.substr(p);
  for (size_t i = 0; i + 8 <= path.size(); ++i) {
    if (path[i] != '/' && path[i] != '-' && path[i] != '_') continue;
    size_t j = i + 1;
    int y, m, d;
    if (!Digits(path, &j, 4, &y) || y < 1990 || y > 2099) continue;
    if (j < path.size() && (path[j] == '/' || path[j] == '-')) {
      char sep = path[j++];
      if (!Digits(path, &j, 2, &m) && !Digits(path, &j, 1, &m)) continue;
      if (j >= path.size() || path[j] != sep) continue;
      ++j;
      if (!Digits(path, &j, 2, &d) && !Digits(path, &j, 1, &d)) continue;
      if (j < path.size() && IsDigit(path[j])) continue;
    } else {
      if (!Digits(path, &j, 2, &m) || !Digits(path, &j, 2, &d)) continue;
      if (j < path.size() && IsDigit(path[j])) continue;
    }
    if (ValidYmd(y, m, d)) return Ymd(y, m, d);
  }
  return {};
}

std::string DateFromText(std::string_view text) {
  if (text.size() > 200) text = text.substr(0, 200);
  std::string d = ParseWordsAt(text);
  if (!d.empty()) return d;
  for (size_t i = 0; i + 10 <= text.size(); ++i) {
    if (IsDigit(text[i]) && (i == 0 || !IsDigit(text[i - 1]))) {
      std::string iso = ParseIsoAt(text, i);
      if (!iso.empty() && iso.size() >= 10 && (text[i + 4] == '-' || text[i + 4] == '/'))
        return iso.substr(0, 10);
    }
  }
  return {};
}

}  // namespace newsgraph::html
