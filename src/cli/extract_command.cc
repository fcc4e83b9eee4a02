#include <cstdio>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/document_json.h"
#include "core/pipeline.h"
#include "io/input.h"

namespace newsgraph::cli {

int RunExtract(int argc, char** argv) {
  Args args(argc, argv, {"verbatim", "help"}, {"url"});
  if (!args.error().empty() || args.Has("help") || args.positional().empty()) {
    if (!args.error().empty()) fprintf(stderr, "newsgraph extract: %s\n", args.error().c_str());
    fprintf(stderr, "usage: newsgraph extract [--verbatim] [--url URL] PATH... | -\n");
    return args.Has("help") ? 0 : 2;
  }
  io::InputOptions options;
  options.verbatim = args.Has("verbatim");
  options.url = args.Get("url");
  const Pipeline pipeline;
  std::string line;
  io::ReadInputs(args.positional(), options, [&](Document&& doc) {
    pipeline.Process(doc);
    if (!doc.ok()) fprintf(stderr, "newsgraph: %s: %s\n", doc.source.path.c_str(), doc.error.c_str());
    line.clear();
    AppendDocumentJson(doc, &line);
    line.push_back('\n');
    fwrite(line.data(), 1, line.size(), stdout);
  });
  return fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace newsgraph::cli
