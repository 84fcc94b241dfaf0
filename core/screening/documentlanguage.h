#pragma once

namespace bw {

// The language of a document for people: Dutch (the source texts), or the language of the
// installed translator (English when the app runs in English).
enum class DocumentLanguage { Dutch, Interface };

} // namespace bw
