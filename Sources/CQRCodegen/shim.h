// Nayuki's QR Code generator (Debian's libqrcodegen-dev), linked statically
// (see Package.swift) so that the binary needs no library on the kiosk.
#ifndef IOM_HISTORY_CQRCODEGEN_SHIM_H
#define IOM_HISTORY_CQRCODEGEN_SHIM_H

#include <qrcodegen/qrcodegen.h>

// The buffer size for any QR code: a macro Swift cannot import.
static const int shim_qrcodegen_buffer_len_max = qrcodegen_BUFFER_LEN_MAX;

#endif
