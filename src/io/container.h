#ifndef NEWSGRAPH_IO_CONTAINER_H_
#define NEWSGRAPH_IO_CONTAINER_H_

#include <cstdint>
#include <string>

#include "core/document.h"
#include "io/byte_stream.h"
#include "io/input.h"

namespace newsgraph::io {

// Reads a file that holds many documents (kind kWarc or kJsonl) record by
// record from `stream`, handing each document to `sink`. A corrupt record
// yields one error document and reading resumes at the next record. A
// gzip-compressed file named by `path` is reopened and decompressed member by
// member so that corruption in one member loses only the records inside it.
void ReadContainer(InputKind kind, const std::string& path, ByteStream* stream,
                   const InputOptions& options, const DocumentSink& sink);

// Bytes of container files read so far by this process (compressed bytes for
// compressed files), summed over all threads; for progress reports.
uint64_t ContainerBytesRead();

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_CONTAINER_H_
