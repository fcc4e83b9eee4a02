#include "io/jsonl_scan.h"

#include <cstring>

namespace newsgraph::io {
namespace {

constexpr int kMaxDepth = 256;

class Scanner {
 public:
  Scanner(std::string_view text, std::string* error) : p_(text.data()), end_(text.data() + text.size()), error_(error) {}

  bool Document(const std::function<std::string*(std::string_view)>& slot) {
    SkipSpace();
    if (p_ == end_ || *p_ != '{') return Fail("not a JSON object");
    ++p_;
    SkipSpace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
    } else {
      std::string name;
      for (;;) {
        SkipSpace();
        if (p_ == end_ || *p_ != '"') return Fail("expected a member name");
        ++p_;
        name.clear();
        if (!String(&name)) return false;
        SkipSpace();
        if (p_ == end_ || *p_ != ':') return Fail("expected ':'");
        ++p_;
        SkipSpace();
        if (p_ < end_ && *p_ == '"') {
          ++p_;
          std::string* out = slot(name);
          if (out) out->clear();
          if (!String(out)) return false;
        } else if (!Value(1)) {
          return false;
        }
        SkipSpace();
        if (p_ < end_ && *p_ == ',') {
          ++p_;
          continue;
        }
        if (p_ < end_ && *p_ == '}') {
          ++p_;
          break;
        }
        return Fail("expected ',' or '}'");
      }
    }
    SkipSpace();
    return p_ == end_ || Fail("text after the object");
  }

 private:
  bool Fail(const char* what) {
    *error_ = what;
    return false;
  }

  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }

  bool Value(int depth) {
    if (depth > kMaxDepth) return Fail("nested too deeply");
    if (p_ == end_) return Fail("unexpected end");
    switch (*p_) {
      case '"': ++p_; return String(nullptr);
      case '{': return Container(depth, '}', true);
      case '[': return Container(depth, ']', false);
      case 't': return Literal("true");
      case 'f': return Literal("false");
      case 'n': return Literal("null");
      default: return Number();
    }
  }

  bool Container(int depth, char close, bool object) {
    ++p_;
    SkipSpace();
    if (p_ < end_ && *p_ == close) {
      ++p_;
      return true;
    }
    for (;;) {
      SkipSpace();
      if (object) {
        if (p_ == end_ || *p_ != '"') return Fail("expected a member name");
        ++p_;
        if (!String(nullptr)) return false;
        SkipSpace();
        if (p_ == end_ || *p_ != ':') return Fail("expected ':'");
        ++p_;
        SkipSpace();
      }
      if (!Value(depth + 1)) return false;
      SkipSpace();
      if (p_ < end_ && *p_ == ',') {
        ++p_;
        continue;
      }
      if (p_ < end_ && *p_ == close) {
        ++p_;
        return true;
      }
      return Fail(object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
  }

  bool Literal(const char* word) {
    size_t n = strlen(word);
    if (static_cast<size_t>(end_ - p_) < n || memcmp(p_, word, n) != 0) return Fail("invalid literal");
    p_ += n;
    return true;
  }

  bool Digits() {
    const char* start = p_;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    return p_ > start;
  }

  bool Number() {
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ < end_ && *p_ == '0') {
      ++p_;
    } else if (!Digits()) {
      return Fail("invalid value");
    }
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (!Digits()) return Fail("invalid number");
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (!Digits()) return Fail("invalid number");
    }
    return true;
  }

  static void AppendUtf8(std::string* out, uint32_t cp) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  bool Hex4(uint32_t* v) {
    if (end_ - p_ < 4) return Fail("invalid \\u escape");
    *v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = *p_++;
      *v <<= 4;
      if (c >= '0' && c <= '9') {
        *v |= c - '0';
      } else if (c >= 'a' && c <= 'f') {
        *v |= c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        *v |= c - 'A' + 10;
      } else {
        return Fail("invalid \\u escape");
      }
    }
    return true;
  }

  // After the opening quote; appends the decoded string to *out when given.
  bool String(std::string* out) {
    for (;;) {
      // Copy the run up to the next quote, backslash or control character.
      const char* run = p_;
      while (p_ < end_) {
        unsigned char c = static_cast<unsigned char>(*p_);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++p_;
      }
      if (out) out->append(run, p_ - run);
      if (p_ == end_) return Fail("unterminated string");
      char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return Fail("control character in a string");
      if (p_ == end_) return Fail("unterminated string");
      char e = *p_++;
      char plain = 0;
      switch (e) {
        case '"': plain = '"'; break;
        case '\\': plain = '\\'; break;
        case '/': plain = '/'; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u') {
            const char* save = p_;
            p_ += 2;
            uint32_t low;
            if (!Hex4(&low)) return false;
            if (low >= 0xDC00 && low < 0xE000) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else {
              p_ = save;  // not a pair: the high half stands alone
            }
          }
          if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;  // a lone surrogate
          if (out) AppendUtf8(out, cp);
          continue;
        }
        default: return Fail("invalid escape in a string");
      }
      if (out) out->push_back(plain);
    }
  }

  const char* p_;
  const char* end_;
  std::string* error_;
};

}  // namespace

bool ScanJsonObject(std::string_view text, const std::function<std::string*(std::string_view name)>& slot,
                    std::string* error) {
  return Scanner(text, error).Document(slot);
}

}  // namespace newsgraph::io
