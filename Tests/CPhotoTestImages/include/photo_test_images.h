// Writes small PNG and JPEG files in the forms PhotoDecodingTests decode:
// the tests make their own images, with libpng and libjpeg-turbo.
#ifndef IOM_HISTORY_PHOTO_TEST_IMAGES_H
#define IOM_HISTORY_PHOTO_TEST_IMAGES_H

#include <stdint.h>

// PNG colour types, as libpng numbers them.
enum {
  TEST_PNG_GRAY = 0, TEST_PNG_RGB = 2, TEST_PNG_PALETTE = 3, TEST_PNG_GRAY_ALPHA = 4,
  TEST_PNG_RGBA = 6
};

// `rgba` (width x height, 8 bits a channel) written as a PNG of `color_type`
// (grey takes the red channel), `bit_depth` 8 or 16, Adam7-interlaced or not.
// A palette holds each colour once (at most 256). 0 on success.
int test_png_write(const char *path, uint32_t width, uint32_t height, const uint8_t *rgba,
                   int color_type, int bit_depth, int interlaced);

// A PNG's signature, its IHDR chunk (8-bit RGBA) of any size, and an
// empty IDAT chunk: the header alone.
int test_png_header(const char *path, uint32_t width, uint32_t height);

// JPEG kinds.
enum { TEST_JPEG_RGB = 0, TEST_JPEG_GRAY = 1, TEST_JPEG_PROGRESSIVE = 2, TEST_JPEG_CMYK = 3 };

// `rgba` written as a JPEG of `kind` at quality 95 (alpha dropped; grey
// takes the red channel; CMYK as Photoshop writes it, inverted with an
// Adobe marker), with EXIF data of one tag, Orientation, where
// `orientation` is not 0 (a camera's way of saying how to turn it). 0 on
// success.
int test_jpeg_write(const char *path, uint32_t width, uint32_t height, const uint8_t *rgba,
                    int kind, int orientation);

#endif
