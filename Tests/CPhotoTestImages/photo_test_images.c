#include "photo_test_images.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include <jpeglib.h>

static void put32(unsigned char *to, uint32_t value) {
  to[0] = value >> 24, to[1] = value >> 16, to[2] = value >> 8, to[3] = value;
}

int test_png_header(const char *path, uint32_t width, uint32_t height) {
  unsigned char bytes[45] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
                             'I',  'H', 'D', 'R'};
  put32(bytes + 16, width);
  put32(bytes + 20, height);
  bytes[24] = 8, bytes[25] = 6;  // 8 bits, RGBA; compression, filter, interlace 0
  put32(bytes + 29, (uint32_t)crc32(crc32(0, NULL, 0), bytes + 12, 17));
  // An empty IDAT chunk: libpng reads the header up to the image data.
  memcpy(bytes + 33, "\0\0\0\0IDAT", 8);
  put32(bytes + 41, (uint32_t)crc32(crc32(0, NULL, 0), bytes + 37, 4));
  FILE *file = fopen(path, "wb");
  if (!file) return -1;
  size_t written = fwrite(bytes, 1, sizeof bytes, file);
  return fclose(file) == 0 && written == sizeof bytes ? 0 : -1;
}

static int channels(int color_type) {
  switch (color_type) {
    case TEST_PNG_GRAY: case TEST_PNG_PALETTE: return 1;
    case TEST_PNG_GRAY_ALPHA: return 2;
    case TEST_PNG_RGB: return 3;
    default: return 4;
  }
}

int test_png_write(const char *path, uint32_t width, uint32_t height, const uint8_t *rgba,
                   int color_type, int bit_depth, int interlaced) {
  FILE *file = fopen(path, "wb");
  if (!file) return -1;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png_create_info_struct(png);
  int count = channels(color_type), bytes = bit_depth / 8;
  size_t stride = (size_t)width * count * bytes;
  unsigned char *rows = calloc(height, stride);
  png_bytep *pointers = calloc(height, sizeof *pointers);
  png_color palette[256];
  png_byte alphas[256];
  int colours = 0;
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    free(rows), free(pointers), fclose(file);
    return -1;
  }
  for (uint32_t y = 0; y < height; y++) {
    pointers[y] = rows + stride * y;
    for (uint32_t x = 0; x < width; x++) {
      const uint8_t *pixel = rgba + ((size_t)y * width + x) * 4;
      unsigned char *out = pointers[y] + (size_t)x * count * bytes;
      if (color_type == TEST_PNG_PALETTE) {
        int index = 0;
        while (index < colours && (palette[index].red != pixel[0] ||
                                   palette[index].green != pixel[1] ||
                                   palette[index].blue != pixel[2] || alphas[index] != pixel[3]))
          index++;
        if (index == colours) {
          if (colours == 256) png_error(png, "more than 256 colours");
          palette[index] = (png_color){pixel[0], pixel[1], pixel[2]};
          alphas[index] = pixel[3];
          colours++;
        }
        out[0] = (unsigned char)index;
        continue;
      }
      uint8_t values[4] = {pixel[0], pixel[1], pixel[2], pixel[3]};
      if (color_type == TEST_PNG_GRAY_ALPHA) values[1] = pixel[3];
      for (int c = 0; c < count; c++) {
        // 16 bits: the byte twice, big-endian, so that it reads back the same.
        for (int b = 0; b < bytes; b++) out[c * bytes + b] = values[c];
      }
    }
  }
  png_init_io(png, file);
  png_set_IHDR(png, info, width, height, bit_depth, color_type,
               interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  if (color_type == TEST_PNG_PALETTE) {
    png_set_PLTE(png, info, palette, colours);
    png_set_tRNS(png, info, alphas, colours, NULL);
  }
  png_write_info(png, info);
  if (interlaced) png_set_interlace_handling(png);
  png_write_image(png, pointers);
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  free(rows), free(pointers);
  return fclose(file) == 0 ? 0 : -1;
}

struct failure {
  struct jpeg_error_mgr manager;
  jmp_buf jump;
};

static void fail(j_common_ptr info) { longjmp(((struct failure *)info->err)->jump, 1); }

// APP1 data: "Exif", then a big-endian TIFF header and one directory of
// one entry, Orientation (0x0112), a SHORT whose value is filled in.
static void write_orientation(struct jpeg_compress_struct *jpeg, int orientation) {
  unsigned char exif[] = {'E', 'x', 'i', 'f', 0, 0,                 // APP1's EXIF header
                          'M', 'M', 0, 42, 0, 0, 0, 8,              // TIFF: big-endian, IFD at 8
                          0, 1,                                     // one entry
                          0x01, 0x12, 0, 3, 0, 0, 0, 1,             // Orientation, SHORT, 1 of them
                          0, (unsigned char)orientation, 0, 0,      // its value
                          0, 0, 0, 0};                              // no next directory
  jpeg_write_marker(jpeg, JPEG_APP0 + 1, exif, sizeof exif);
}

int test_jpeg_write(const char *path, uint32_t width, uint32_t height, const uint8_t *rgba,
                    int kind, int orientation) {
  FILE *file = fopen(path, "wb");
  if (!file) return -1;
  struct jpeg_compress_struct jpeg;
  struct failure failure;
  jpeg.err = jpeg_std_error(&failure.manager);
  failure.manager.error_exit = fail;
  int count = kind == TEST_JPEG_GRAY ? 1 : kind == TEST_JPEG_CMYK ? 4 : 3;
  unsigned char *row = malloc((size_t)width * count);
  if (setjmp(failure.jump)) {
    jpeg_destroy_compress(&jpeg);
    free(row), fclose(file);
    return -1;
  }
  jpeg_create_compress(&jpeg);
  jpeg_stdio_dest(&jpeg, file);
  jpeg.image_width = width;
  jpeg.image_height = height;
  jpeg.input_components = count;
  jpeg.in_color_space = count == 1 ? JCS_GRAYSCALE : count == 4 ? JCS_CMYK : JCS_RGB;
  jpeg_set_defaults(&jpeg);
  jpeg_set_quality(&jpeg, 95, TRUE);
  if (kind == TEST_JPEG_PROGRESSIVE) jpeg_simple_progression(&jpeg);
  jpeg_start_compress(&jpeg, TRUE);
  if (orientation) write_orientation(&jpeg, orientation);
  while (jpeg.next_scanline < height) {
    const uint8_t *pixels = rgba + (size_t)jpeg.next_scanline * width * 4;
    for (uint32_t x = 0; x < width; x++) {
      const uint8_t *pixel = pixels + (size_t)x * 4;
      unsigned char *out = row + (size_t)x * count;
      if (count == 1) {
        out[0] = pixel[0];
      } else if (count == 3) {
        memcpy(out, pixel, 3);
      } else {
        // Inverted CMYK with no black: C' = 255 - C = R, and so on; K' = 255.
        out[0] = pixel[0], out[1] = pixel[1], out[2] = pixel[2], out[3] = 255;
      }
    }
    JSAMPROW pointer = row;
    jpeg_write_scanlines(&jpeg, &pointer, 1);
  }
  jpeg_finish_compress(&jpeg);
  jpeg_destroy_compress(&jpeg);
  free(row);
  return fclose(file) == 0 ? 0 : -1;
}
