#include "printablecontent.h"

#include "imageconversion.h"

namespace bw::documents {

PrintableDocument printable(const DocumentContent &content)
{
    PrintableDocument document{content.title, content.html, {}};
    for (const auto &[name, image] : content.images)
        document.images.emplace(name, ImageConversion::toQImage(image));
    return document;
}

} // namespace bw::documents
