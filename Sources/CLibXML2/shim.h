#ifndef HERALD_CLIBXML2_SHIM_H
#define HERALD_CLIBXML2_SHIM_H
// libxml2's headers pull in the system ICU headers, which clash with Foundation's own ICU
// module; Herald needs none of libxml2's ICU support, so switch it off before the includes.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

static inline const char *herald_xml_version(void) { return xmlParserVersion; }

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void herald_xml_free(void *pointer) { xmlFree(pointer); }
#endif
