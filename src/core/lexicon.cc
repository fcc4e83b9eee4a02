#include "core/lexicon.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/embedded_data.h"

namespace newsgraph {

std::vector<std::string_view> LexiconLines(std::string_view name) {
  std::string_view data = EmbeddedData(name);
  if (data.empty()) {
    fprintf(stderr, "newsgraph: data file %s is missing from the build\n", std::string(name).c_str());
    abort();
  }
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

}  // namespace newsgraph
