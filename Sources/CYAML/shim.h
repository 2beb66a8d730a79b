// libyaml (Debian's libyaml-dev), read event by event by HistoryContent's
// YAMLComposer. It is linked statically (see Package.swift), so the binary
// needs no libyaml on the kiosk.
#ifndef IOM_HISTORY_CYAML_SHIM_H
#define IOM_HISTORY_CYAML_SHIM_H

#include <yaml.h>

#endif
