#include "pictures.h"

#include <chafa.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

// A canvas for `columns` x `rows` cells in `form`, or NULL.
static ChafaCanvas *new_canvas(int columns, int rows, int cell_width, int cell_height, int form) {
  // Chafa would start a pool of threads for each picture; the kiosk draws
  // one at a time on its own worker, and idle threads would wake it.
  chafa_set_n_threads(1);
  ChafaCanvasConfig *config = chafa_canvas_config_new();
  chafa_canvas_config_set_geometry(config, columns, rows);
  chafa_canvas_config_set_cell_geometry(config, cell_width, cell_height);
  switch (form) {
  case PICTURE_SYMBOLS_8:
    chafa_canvas_config_set_canvas_mode(config, CHAFA_CANVAS_MODE_INDEXED_8);
    break;
  case PICTURE_SIXEL:
    chafa_canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_SIXELS);
    break;
  case PICTURE_KITTY:
    chafa_canvas_config_set_canvas_mode(config, CHAFA_CANVAS_MODE_TRUECOLOR);
    chafa_canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_KITTY);
    break;
  default:
    // Not the first 16 colours, which each terminal sets to its own taste.
    chafa_canvas_config_set_canvas_mode(config, CHAFA_CANVAS_MODE_INDEXED_240);
  }
  // Blocks and halves only: every terminal font has them, one column each.
  ChafaSymbolMap *symbols = chafa_symbol_map_new();
  chafa_symbol_map_add_by_tags(symbols, CHAFA_SYMBOL_TAG_BLOCK | CHAFA_SYMBOL_TAG_SPACE);
  chafa_symbol_map_remove_by_tags(symbols, CHAFA_SYMBOL_TAG_WIDE | CHAFA_SYMBOL_TAG_AMBIGUOUS);
  chafa_canvas_config_set_symbol_map(config, symbols);
  chafa_symbol_map_unref(symbols);
  ChafaCanvas *canvas = chafa_canvas_new(config);
  chafa_canvas_config_unref(config);
  return canvas;
}

// The sequences of the two image protocols, the standard ones, set here
// rather than guessed from a terminal's name: the kiosk has already asked
// the real terminal which one it takes.
static ChafaTermInfo *graphics_terminal(void) {
  static const struct {
    ChafaTermSeq seq;
    const char *text;
  } sequences[] = {
      {CHAFA_TERM_SEQ_BEGIN_SIXELS, "\033P%1;%2;%3q"},
      {CHAFA_TERM_SEQ_END_SIXELS, "\033\\"},
      // C=1: the cursor stays where it was; no reply is asked for.
      {CHAFA_TERM_SEQ_BEGIN_KITTY_IMMEDIATE_IMAGE_V1, "\033_Ga=T,f=%1,s=%2,v=%3,c=%4,r=%5,C=1,q=2,m=1\033\\"},
      {CHAFA_TERM_SEQ_END_KITTY_IMAGE, "\033_Gm=0\033\\"},
      {CHAFA_TERM_SEQ_BEGIN_KITTY_IMAGE_CHUNK, "\033_Gm=1;"},
      {CHAFA_TERM_SEQ_END_KITTY_IMAGE_CHUNK, "\033\\"},
  };
  ChafaTermInfo *terminal = chafa_term_info_new();
  for (size_t i = 0; i < sizeof sequences / sizeof sequences[0]; i++)
    chafa_term_info_set_seq(terminal, sequences[i].seq, sequences[i].text, NULL);
  return terminal;
}

int picture_symbols(const uint8_t *rgba, int width, int height, int columns, int rows, int form,
                    uint32_t *characters, int16_t *foregrounds, int16_t *backgrounds) {
  ChafaCanvas *canvas = new_canvas(columns, rows, 8, 16, form);
  if (!canvas) return -1;
  chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, rgba, width, height,
                               width * 4);
  for (int y = 0; y < rows; y++) {
    for (int x = 0; x < columns; x++) {
      int index = y * columns + x, foreground = -1, background = -1;
      characters[index] = chafa_canvas_get_char_at(canvas, x, y);
      chafa_canvas_get_raw_colors_at(canvas, x, y, &foreground, &background);
      foregrounds[index] = (int16_t)(foreground < 0 ? -1 : foreground);
      backgrounds[index] = (int16_t)(background < 0 ? -1 : background);
    }
  }
  chafa_canvas_unref(canvas);
  return 0;
}

char *picture_graphics(const uint8_t *rgba, int width, int height, int columns, int rows,
                       int cell_width, int cell_height, int form, size_t *length) {
  ChafaCanvas *canvas = new_canvas(columns, rows, cell_width, cell_height, form);
  if (!canvas) return NULL;
  chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, rgba, width, height,
                               width * 4);
  ChafaTermInfo *terminal = graphics_terminal();
  GString *printed = chafa_canvas_print(canvas, terminal);
  chafa_term_info_unref(terminal);
  chafa_canvas_unref(canvas);
  if (!printed) return NULL;
  *length = printed->len;
  char *bytes = malloc(printed->len ? printed->len : 1);
  if (bytes) memcpy(bytes, printed->str, printed->len);
  g_string_free(printed, TRUE);
  return bytes;
}

void picture_free(char *bytes) { free(bytes); }

void pictures_return_large_blocks(void) { mallopt(M_MMAP_THRESHOLD, 256 * 1024); }

void pictures_trim(void) { malloc_trim(0); }
