#ifndef NEWSGRAPH_HTML_CHARSET_H_
#define NEWSGRAPH_HTML_CHARSET_H_

#include <string>
#include <string_view>

namespace newsgraph::html {

// The charset a page declares in its first bytes: <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">, as the HTML
// prescan finds it (comments skipped, first 16 KiB). Returns the label
// lower-cased and trimmed, or empty when none. Does not validate the label.
std::string ScanMetaCharset(std::string_view bytes);

// Decodes a page to UTF-8: byte-order mark, then the HTTP charset, then the
// <meta> declaration, then detection (see io::DecodeToUtf8 for how a lying
// declaration is overruled). Always returns valid UTF-8.
std::string DecodePage(std::string_view bytes, std::string_view http_charset,
                       std::string* used = nullptr);

// As DecodePage, but returns `bytes` itself, uncopied, when it is already
// valid UTF-8 without a byte-order mark (the common case); otherwise the
// decoded text, kept in *storage.
std::string_view DecodePageView(std::string_view bytes, std::string_view http_charset,
                                std::string* storage);

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_CHARSET_H_
