#pragma once

#include "pdfdocument.h"
#include "screening/documentcontent.h"

namespace bw::documents {

// Core's document content (pictures as cv::Mat) as a document this library prints.
PrintableDocument printable(const DocumentContent &content);

} // namespace bw::documents
