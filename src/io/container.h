#ifndef NEWSGRAPH_IO_CONTAINER_H_
#define NEWSGRAPH_IO_CONTAINER_H_

#include <string>

#include "core/document.h"
#include "io/byte_stream.h"
#include "io/input.h"

namespace newsgraph::io {

// Reads a file that holds many documents (kind kWarc or kJsonl) record by
// record from `stream`, handing each document to `sink`. A corrupt record
// yields one error document and reading resumes at the next record.
void ReadContainer(InputKind kind, const std::string& path, ByteStream* stream,
                   const InputOptions& options, const DocumentSink& sink);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_CONTAINER_H_
