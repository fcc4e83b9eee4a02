#include "io/container.h"

namespace newsgraph::io {

// WARC and JSON Lines readers arrive with the ingest work (issue 5); until
// then each such file answers with one clear per-document error.
void ReadContainer(InputKind kind, const std::string& path, ByteStream* stream,
                   const InputOptions& options, const DocumentSink& sink) {
  Document doc;
  doc.source.path = path;
  doc.source.kind = kind;
  doc.error = kind == InputKind::kWarc ? "WARC input is not supported yet" : "JSON Lines input is not supported yet";
  sink(std::move(doc));
}

}  // namespace newsgraph::io
