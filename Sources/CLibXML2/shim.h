#ifndef HERALD_CLIBXML2_SHIM_H
#define HERALD_CLIBXML2_SHIM_H
// libxml2's headers pull in the system ICU headers, which clash with Foundation's own ICU
// module; Herald needs none of libxml2's ICU support, so switch it off before the includes.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>

static inline const char *herald_xml_version(void) { return xmlParserVersion; }
#endif
