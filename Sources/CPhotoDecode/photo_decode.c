#include "photo_decode.h"

#include <errno.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jerror.h>
#include <jpeglib.h>
#include <libexif/exif-data.h>

enum photo_format { PHOTO_PNG, PHOTO_JPEG };

// libjpeg's error manager, with where to jump back to and the message.
struct jpeg_failure {
  struct jpeg_error_mgr manager;
  jmp_buf jump;
  char *message;
};

struct photo_decoder {
  enum photo_format format;
  FILE *file;
  png_image png;
  struct jpeg_decompress_struct jpeg;
  struct jpeg_failure failure;
  int jpeg_started;
  // How the stored pixels are turned to be shown: EXIF's Orientation, 1-8.
  int orientation;
};

static void set_message(char *message, const char *text) {
  snprintf(message, PHOTO_MESSAGE_SIZE, "%s", text);
}

// An error, or a warning (level -1: the data is damaged, or ends early,
// and libjpeg would go on with grey): both end the decoding, with a message.
static void jpeg_fail(j_common_ptr info) {
  struct jpeg_failure *failure = (struct jpeg_failure *)info->err;
  int code = failure->manager.msg_code;
  if (code == JWRN_JPEG_EOF || code == JERR_INPUT_EOF || code == JERR_INPUT_EMPTY) {
    set_message(failure->message, "the JPEG data ends too early");
  } else {
    char text[JMSG_LENGTH_MAX];
    failure->manager.format_message(info, text);
    snprintf(failure->message, PHOTO_MESSAGE_SIZE, "the JPEG data is damaged (libjpeg: %s)", text);
  }
  longjmp(failure->jump, 1);
}

static void jpeg_message(j_common_ptr info, int level) {
  // Trace messages (level > 0) are dropped; warnings fail.
  if (level < 0) jpeg_fail(info);
}

static void jpeg_silent(j_common_ptr info) { (void)info; }

// libpng's simplified API keeps its messages in the image; its own ones
// are wrapped so that a curator knows which file is at fault.
static void png_failure(photo_decoder *decoder, char *message) {
  if (decoder->file && feof(decoder->file)) {
    set_message(message, "the PNG data ends too early");
  } else {
    snprintf(message, PHOTO_MESSAGE_SIZE, "the PNG data is damaged (libpng: %s)",
             decoder->png.message);
  }
}

// The smallest n/8 that leaves the photo at least as large as the target.
static void jpeg_choose_scale(struct jpeg_decompress_struct *jpeg, int width, int height) {
  jpeg->scale_denom = 8;
  for (unsigned int n = 1; n <= 8; n++) {
    jpeg->scale_num = n;
    jpeg_calc_output_dimensions(jpeg);
    if (n == 8 || ((int)jpeg->output_width >= width && (int)jpeg->output_height >= height)) return;
  }
}

// The Orientation tag of a JPEG's EXIF data (an APP1 marker), read by
// libexif; 1 (as stored) where there is none or it makes no sense.
static int jpeg_orientation(struct jpeg_decompress_struct *jpeg) {
  static const unsigned char exif_header[6] = {'E', 'x', 'i', 'f', 0, 0};
  for (jpeg_saved_marker_ptr marker = jpeg->marker_list; marker; marker = marker->next) {
    if (marker->marker != JPEG_APP0 + 1 || marker->data_length < sizeof exif_header ||
        memcmp(marker->data, exif_header, sizeof exif_header) != 0) {
      continue;
    }
    ExifData *exif = exif_data_new_from_data(marker->data, marker->data_length);
    if (!exif) return 1;
    int orientation = 1;
    ExifEntry *entry = exif_data_get_entry(exif, EXIF_TAG_ORIENTATION);
    if (entry && entry->format == EXIF_FORMAT_SHORT && entry->components == 1 && entry->data) {
      orientation = exif_get_short(entry->data, exif_data_get_byte_order(exif));
    }
    exif_data_unref(exif);
    return orientation >= 1 && orientation <= 8 ? orientation : 1;
  }
  return 1;
}

// Orientations 5 to 8 turn the photo a quarter: width and height trade places.
static int is_quarter_turn(int orientation) { return orientation >= 5; }

static void swap(uint32_t *a, uint32_t *b) {
  uint32_t kept = *a;
  *a = *b;
  *b = kept;
}

// Row `y` of the stored pixels (`width` of them, RGBA, of `height` rows)
// put where EXIF `orientation` shows it in `target`.
static void place_row(const uint8_t *row, uint32_t y, uint32_t width, uint32_t height,
                      int orientation, uint8_t *target) {
  uint32_t shown_width = is_quarter_turn(orientation) ? height : width;
  for (uint32_t x = 0; x < width; x++) {
    uint32_t to_x = x, to_y = y;
    switch (orientation) {
      case 2: to_x = width - 1 - x; break;                            // mirrored left to right
      case 3: to_x = width - 1 - x, to_y = height - 1 - y; break;     // upside down
      case 4: to_y = height - 1 - y; break;                           // mirrored top to bottom
      case 5: to_x = y, to_y = x; break;                              // transposed
      case 6: to_x = height - 1 - y, to_y = x; break;                 // a quarter clockwise
      case 7: to_x = height - 1 - y, to_y = width - 1 - x; break;     // transversed
      case 8: to_x = y, to_y = width - 1 - x; break;                  // a quarter anticlockwise
    }
    memcpy(target + ((size_t)to_y * shown_width + to_x) * 4, row + (size_t)x * 4, 4);
  }
}

static int begin_jpeg(photo_decoder *decoder, int target_width, int target_height,
                      uint32_t *width, uint32_t *height, uint32_t *out_width,
                      uint32_t *out_height, char *message) {
  struct jpeg_decompress_struct *jpeg = &decoder->jpeg;
  jpeg->err = jpeg_std_error(&decoder->failure.manager);
  decoder->failure.manager.error_exit = jpeg_fail;
  decoder->failure.manager.emit_message = jpeg_message;
  decoder->failure.manager.output_message = jpeg_silent;
  decoder->failure.message = message;
  if (setjmp(decoder->failure.jump)) return -1;
  jpeg_create_decompress(jpeg);
  jpeg_stdio_src(jpeg, decoder->file);
  jpeg_save_markers(jpeg, JPEG_APP0 + 1, 0xFFFF);
  jpeg_read_header(jpeg, TRUE);
  decoder->orientation = jpeg_orientation(jpeg);
  // From here on, sizes are the photo's as shown: the stored ones turned.
  int turned = is_quarter_turn(decoder->orientation);
  *width = turned ? jpeg->image_height : jpeg->image_width;
  *height = turned ? jpeg->image_width : jpeg->image_height;
  // CMYK (Photoshop's, often inverted) is converted here, row by row;
  // everything else libjpeg-turbo delivers as RGBA itself.
  int cmyk = jpeg->jpeg_color_space == JCS_CMYK || jpeg->jpeg_color_space == JCS_YCCK;
  jpeg->out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
  if (target_width > 0 && target_height > 0 && *width > 0 && *height > 0) {
    if (turned) {
      jpeg_choose_scale(jpeg, target_height, target_width);
    } else {
      jpeg_choose_scale(jpeg, target_width, target_height);
    }
  } else {
    jpeg_calc_output_dimensions(jpeg);
  }
  *out_width = jpeg->output_width;
  *out_height = jpeg->output_height;
  if (turned) swap(out_width, out_height);
  return 0;
}

// In place: a row of four CMYK bytes a pixel becomes RGBA.
static void cmyk_to_rgba(uint8_t *row, size_t stride, int inverted) {
  for (size_t x = 0; x < stride; x += 4) {
    unsigned c = row[x], m = row[x + 1], y = row[x + 2], k = row[x + 3];
    if (!inverted) c = 255 - c, m = 255 - m, y = 255 - y, k = 255 - k;
    row[x] = (uint8_t)(c * k / 255);
    row[x + 1] = (uint8_t)(m * k / 255);
    row[x + 2] = (uint8_t)(y * k / 255);
    row[x + 3] = 255;
  }
}

// Decodes into `rgba` as the photo is shown: each row straight into its
// place, or, where EXIF turns the photo, through `turning` (a row's bytes)
// to where it is shown.
static int decode_jpeg(photo_decoder *decoder, uint8_t *rgba, uint8_t *turning, char *message) {
  struct jpeg_decompress_struct *jpeg = &decoder->jpeg;
  decoder->failure.message = message;
  if (setjmp(decoder->failure.jump)) return -1;
  jpeg_start_decompress(jpeg);
  decoder->jpeg_started = 1;
  size_t stride = (size_t)jpeg->output_width * 4;
  int cmyk = jpeg->out_color_space == JCS_CMYK;
  int inverted = jpeg->saw_Adobe_marker;
  while (jpeg->output_scanline < jpeg->output_height) {
    JDIMENSION y = jpeg->output_scanline;
    JSAMPROW row = turning ? turning : rgba + stride * y;
    jpeg_read_scanlines(jpeg, &row, 1);
    if (cmyk) cmyk_to_rgba(row, stride, inverted);
    if (turning) {
      place_row(row, y, jpeg->output_width, jpeg->output_height, decoder->orientation, rgba);
    }
  }
  jpeg_finish_decompress(jpeg);
  decoder->jpeg_started = 0;
  return 0;
}

static int finish_jpeg(photo_decoder *decoder, uint8_t *rgba, char *message) {
  if (decoder->orientation == 1) return decode_jpeg(decoder, rgba, NULL, message);
  uint8_t *turning = malloc((size_t)decoder->jpeg.output_width * 4);
  if (!turning) {
    set_message(message, "not enough memory to read the photo");
    return -1;
  }
  int status = decode_jpeg(decoder, rgba, turning, message);
  free(turning);
  return status;
}

photo_decoder *photo_decode_begin(const char *path, int target_width, int target_height,
                                  uint32_t *width, uint32_t *height, uint32_t *out_width,
                                  uint32_t *out_height, char message[PHOTO_MESSAGE_SIZE]) {
  static const unsigned char png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  message[0] = 0;
  FILE *file = fopen(path, "rbe");
  if (!file) {
    snprintf(message, PHOTO_MESSAGE_SIZE, "the file cannot be read (%s)", strerror(errno));
    return NULL;
  }
  unsigned char start[8] = {0};
  size_t got = fread(start, 1, sizeof start, file);
  rewind(file);
  enum photo_format format;
  if (got == 8 && memcmp(start, png_signature, 8) == 0) {
    format = PHOTO_PNG;
  } else if (got >= 3 && start[0] == 0xFF && start[1] == 0xD8 && start[2] == 0xFF) {
    format = PHOTO_JPEG;
  } else {
    fclose(file);
    set_message(message, "not a PNG or JPEG file");
    return NULL;
  }
  photo_decoder *decoder = calloc(1, sizeof *decoder);
  if (!decoder) {
    fclose(file);
    set_message(message, "not enough memory to read the photo");
    return NULL;
  }
  decoder->format = format;
  decoder->file = file;
  if (format == PHOTO_JPEG) {
    if (begin_jpeg(decoder, target_width, target_height, width, height, out_width, out_height,
                   message) != 0) {
      photo_decode_end(decoder);
      return NULL;
    }
    return decoder;
  }
  decoder->png.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_stdio(&decoder->png, file)) {
    png_failure(decoder, message);
    photo_decode_end(decoder);
    return NULL;
  }
  decoder->png.format = PNG_FORMAT_RGBA;
  // A 16-bit PNG without gamma information is taken as sRGB, as image
  // programs write it, not as linear light (libpng's default). Set after
  // the header: reading it starts the image afresh.
  decoder->png.flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
  *width = *out_width = decoder->png.width;
  *height = *out_height = decoder->png.height;
  return decoder;
}

int photo_decode_finish(photo_decoder *decoder, uint8_t *rgba, char message[PHOTO_MESSAGE_SIZE]) {
  message[0] = 0;
  if (decoder->format == PHOTO_JPEG) return finish_jpeg(decoder, rgba, message);
  if (!png_image_finish_read(&decoder->png, NULL, rgba, 0, NULL)) {
    png_failure(decoder, message);
    return -1;
  }
  return 0;
}

int photo_decode_is_scaled_by_decoder(const photo_decoder *decoder) {
  return decoder->format == PHOTO_JPEG;
}

void photo_decode_end(photo_decoder *decoder) {
  if (!decoder) return;
  if (decoder->format == PHOTO_JPEG) {
    // jpeg_destroy_decompress cannot fail: no jump needed.
    jpeg_destroy_decompress(&decoder->jpeg);
  } else {
    png_image_free(&decoder->png);
  }
  if (decoder->file) fclose(decoder->file);
  free(decoder);
}

void photo_box_reduce(const uint8_t *source, uint32_t width, uint32_t height, uint32_t factor,
                      uint8_t *target) {
  uint32_t target_width = (width + factor - 1) / factor;
  uint32_t target_height = (height + factor - 1) / factor;
  for (uint32_t ty = 0; ty < target_height; ty++) {
    uint32_t y_end = (ty + 1) * factor < height ? (ty + 1) * factor : height;
    for (uint32_t tx = 0; tx < target_width; tx++) {
      uint32_t x_end = (tx + 1) * factor < width ? (tx + 1) * factor : width;
      uint64_t red = 0, green = 0, blue = 0, alpha = 0, count = 0;
      for (uint32_t y = ty * factor; y < y_end; y++) {
        const uint8_t *pixel = source + ((size_t)y * width + tx * factor) * 4;
        for (uint32_t x = tx * factor; x < x_end; x++, pixel += 4) {
          red += (uint64_t)pixel[0] * pixel[3];
          green += (uint64_t)pixel[1] * pixel[3];
          blue += (uint64_t)pixel[2] * pixel[3];
          alpha += pixel[3];
          count++;
        }
      }
      uint8_t *out = target + ((size_t)ty * target_width + tx) * 4;
      out[0] = alpha ? (uint8_t)((red + alpha / 2) / alpha) : 0;
      out[1] = alpha ? (uint8_t)((green + alpha / 2) / alpha) : 0;
      out[2] = alpha ? (uint8_t)((blue + alpha / 2) / alpha) : 0;
      out[3] = (uint8_t)((alpha + count / 2) / count);
    }
  }
}
