#include "core/embedded_data.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>

namespace newsgraph {

std::string_view EmbeddedData(std::string_view name) {
  static const char* const override_dir = std::getenv("NEWSGRAPH_DATA_DIR");
  if (override_dir == nullptr || *override_dir == '\0') return CompiledData(name);
  // Files read from disk live as long as the program, like compiled ones.
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<std::string>, std::less<>> loaded;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = loaded.find(name); it != loaded.end()) {
    return it->second ? std::string_view(*it->second) : CompiledData(name);
  }
  std::unique_ptr<std::string> bytes;
  std::ifstream in(std::string(override_dir) + "/" + std::string(name), std::ios::binary);
  if (in) {
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = std::make_unique<std::string>(ss.str());
  }
  auto& slot = loaded[std::string(name)];
  slot = std::move(bytes);
  return slot ? std::string_view(*slot) : CompiledData(name);
}

}  // namespace newsgraph
