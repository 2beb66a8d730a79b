// PNG and JPEG decoding with libpng and libjpeg-turbo, for PhotoDecoding.
// In C because libjpeg reports errors by longjmp, which Swift cannot take.
// Every call works on its own decoder: no global state, any thread.
// No library message reaches stderr: errors and warnings land in `message`.
#ifndef IOM_HISTORY_PHOTO_DECODE_H
#define IOM_HISTORY_PHOTO_DECODE_H

#include <stddef.h>
#include <stdint.h>

// A photo being decoded: opened, its header read.
typedef struct photo_decoder photo_decoder;

enum { PHOTO_MESSAGE_SIZE = 256 };

// Opens the file at `path`, tells PNG from JPEG by its first bytes and reads
// its header. `width` and `height` are the photo's own size as it is shown
// (a JPEG turned as its EXIF Orientation says, which a phone's photos
// need); `out_width` and `out_height` the size `photo_decode_finish` will
// deliver, turned the same way. With a target (both above 0, as shown), a
// JPEG is scaled by libjpeg (n/8, the smallest n that still gives at least
// the target); a PNG is delivered whole. Returns NULL with `message` set
// (NUL-terminated) when it cannot.
photo_decoder *photo_decode_begin(
    const char *path, int target_width, int target_height, uint32_t *width, uint32_t *height,
    uint32_t *out_width, uint32_t *out_height, char message[PHOTO_MESSAGE_SIZE]);

// Decodes into `rgba` (out_width * out_height * 4 bytes: RGBA, 8 bits a
// channel, not premultiplied, rows top to bottom). 0 on success, else -1
// with `message` set.
int photo_decode_finish(photo_decoder *decoder, uint8_t *rgba, char message[PHOTO_MESSAGE_SIZE]);

// 1 when the decoder scales to the target itself (JPEG), 0 when the
// caller must (PNG).
int photo_decode_is_scaled_by_decoder(const photo_decoder *decoder);

// Closes the file and frees the decoder (NULL is fine).
void photo_decode_end(photo_decoder *decoder);

// `source` (width x height RGBA) reduced `factor` times in each direction
// into `target` (ceil(width / factor) x ceil(height / factor)): each pixel
// the mean of its box, colours weighted by their alpha so that transparent
// pixels lend no colour.
void photo_box_reduce(
    const uint8_t *source, uint32_t width, uint32_t height, uint32_t factor, uint8_t *target);

#endif
