#include "io/encoding.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/utf8.h"

namespace newsgraph::io {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsUtf8Name(std::string_view name) {
  std::string n = Lower(name);
  return n == "utf-8" || n == "utf8" || n == "unicode-1-1-utf-8";
}

// Converts with ICU; returns false when ICU does not know the charset.
bool Convert(std::string_view bytes, const std::string& charset, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status)) return false;
  // Substitute U+FFFD for undecodable bytes rather than failing.
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> utf16(bytes.size() + 16);
  status = U_ZERO_ERROR;
  int32_t len = ucnv_toUChars(conv, utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                              static_cast<int32_t>(bytes.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    utf16.resize(len + 1);
    status = U_ZERO_ERROR;
    len = ucnv_toUChars(conv, utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                        static_cast<int32_t>(bytes.size()), &status);
  }
  ucnv_close(conv);
  if (U_FAILURE(status)) return false;
  out->clear();
  out->reserve(len * 2);
  for (int32_t i = 0; i < len; ++i) {
    char32_t c = utf16[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len && utf16[i + 1] >= 0xDC00 && utf16[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    }
    utf8::Append(c, out);
  }
  return true;
}

std::string Detect(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  // A sample is enough and keeps detection cheap on large inputs.
  size_t n = std::min<size_t>(bytes.size(), 64 * 1024);
  std::string name;
  if (uchardet_handle_data(ud, bytes.data(), n) == 0) {
    uchardet_data_end(ud);
    const char* cs = uchardet_get_charset(ud);
    if (cs) name = cs;
  }
  uchardet_delete(ud);
  return name;
}

}  // namespace

std::string DecodeToUtf8(std::string_view bytes, std::string_view declared, std::string* used) {
  auto set_used = [&](std::string_view name) {
    if (used) *used = std::string(name);
  };
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    set_used("UTF-8");
    return utf8::Repair(bytes.substr(3));
  }
  std::string out;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    std::string cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (Convert(bytes.substr(2), cs, &out)) {
      set_used(cs);
      return out;
    }
  }
  // Valid UTF-8 beyond plain ASCII is almost never an accident, so it wins
  // over a declaration that says otherwise.
  if (utf8::IsValid(bytes)) {
    set_used("UTF-8");
    return std::string(bytes);
  }
  if (!declared.empty() && !IsUtf8Name(declared)) {
    std::string cs = Lower(declared);
    // Browsers treat these labels as windows-1252; so do we.
    if (cs == "iso-8859-1" || cs == "latin1" || cs == "us-ascii" || cs == "ascii") cs = "windows-1252";
    if (Convert(bytes, cs, &out)) {
      set_used(cs);
      return out;
    }
  }
  std::string detected = Detect(bytes);
  if (!detected.empty() && !IsUtf8Name(detected) && Lower(detected) != "ascii" &&
      Convert(bytes, detected, &out)) {
    set_used(detected);
    return out;
  }
  if (Convert(bytes, "windows-1252", &out)) {
    set_used("windows-1252");
    return out;
  }
  set_used("UTF-8");
  return utf8::Repair(bytes);
}

}  // namespace newsgraph::io
