// Pictures drawn by Chafa from decoded pixels, behind an interface without
// glib's types, so that Swift never imports glib's headers.
#ifndef PICTURES_H
#define PICTURES_H

#include <stddef.h>
#include <stdint.h>

enum picture_form {
  /// Unicode block symbols in the 240 fixed colours of the 256-colour palette.
  PICTURE_SYMBOLS_256 = 0,
  /// Unicode block symbols in the 8 basic colours.
  PICTURE_SYMBOLS_8 = 1,
  /// A DEC sixel image.
  PICTURE_SIXEL = 2,
  /// The kitty graphics protocol.
  PICTURE_KITTY = 3,
};

/// Draws `rgba` (width x height pixels, RGBA, not premultiplied) as symbols
/// in `columns` x `rows` cells: for each cell, row by row, its character and
/// its foreground and background colour numbers (-1: the terminal's own).
/// Returns 0, or -1 when Chafa could not draw it.
int picture_symbols(const uint8_t *rgba, int width, int height, int columns, int rows, int form,
                    uint32_t *characters, int16_t *foregrounds, int16_t *backgrounds);

/// Draws `rgba` as a sixel or kitty image `columns` x `rows` cells of
/// `cell_width` x `cell_height` pixels: the bytes to send, which the caller
/// frees with `picture_free`, and their count in `length`; NULL on failure.
char *picture_graphics(const uint8_t *rgba, int width, int height, int columns, int rows,
                       int cell_width, int cell_height, int form, size_t *length);

void picture_free(char *bytes);

/// Large blocks come from the kernel and go back to it when freed: glibc
/// would otherwise raise its threshold after the first decoded photo and
/// keep the next ones' pixels in its heap.
void pictures_return_large_blocks(void);

/// Gives memory the decoder freed back to the system.
void pictures_trim(void);

#endif
